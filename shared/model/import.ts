import { articleId, z } from '../api/zod';
import type { CalendarDate } from '../text/dateline';
import type { DocNode } from './document';

export type { CalendarDate } from '../text/dateline';

/** Limits of `import.files`. */
export const importLimits = {
  /** Bytes of one imported file. */
  fileBytes: 50 * 1024 * 1024,
  /** Files in one call. */
  files: 50,
  /** Bytes a .docx may expand to once unpacked (a guard against ZIP bombs). */
  docxExpandedBytes: 300 * 1024 * 1024,
} as const;

/** The formats Newsdesk imports, named by their usual file extension. */
export const importFormats = ['txt', 'html', 'docx'] as const;
export type ImportFormat = (typeof importFormats)[number];

/** The file extensions (lower case, without the dot) of each format: the file pickers offer these. */
export const importExtensions: Readonly<Record<ImportFormat, readonly string[]>> = {
  txt: ['txt', 'text'],
  html: ['html', 'htm', 'xhtml'],
  docx: ['docx'],
};

/** Every extension Newsdesk imports. */
export const allImportExtensions: readonly string[] = importFormats.flatMap((format) => importExtensions[format]);

/** The format a file claims by its extension, or null for an extension Newsdesk does not import. */
export function claimedImportFormat(fileName: string): ImportFormat | null {
  const extension = /\.([^./\\]+)$/u.exec(fileName.toLowerCase())?.[1] ?? '';
  return importFormats.find((format) => importExtensions[format].includes(extension)) ?? null;
}

/**
 * What an import detected or guessed, for the user to confirm. The code is stable: the interface
 * words it in its language (renderer/i18n), the CLI in English (shared/messages/english.ts).
 */
export const importWarningCodes = [
  'dateline-detected',
  'headline-guessed',
  'headline-missing',
  'source-prefix-detected',
  'lead-detected',
  'lead-missing',
  'byline-detected',
  'byline-guessed',
  'caption-guessed',
  'caption-without-image',
  'image-not-embedded',
  'image-data-malformed',
  'image-too-large',
  'image-type-unsupported',
  'chrome-removed',
  'unrecognised-kept',
  'markup-removed',
  'link-removed',
  'table-flattened',
  'legacy-encoding-converted',
  'text-decoded',
  'nfd-normalised',
  'html-without-markup',
  'docx-message',
] as const;
export const importWarningCodeSchema = z.enum(importWarningCodes);
export type ImportWarningCode = z.infer<typeof importWarningCodeSchema>;

/** A warning: its code and, when there is one, what was detected or guessed (shortened), never words. */
export const importWarningSchema = z.strictObject({
  code: importWarningCodeSchema,
  subject: z.string().optional(),
});
export type ImportWarning = z.infer<typeof importWarningSchema>;

/** How each warning code is put into words in one language; `subject` is '' when the warning has none. */
export type ImportWarningWording = { readonly [Code in ImportWarningCode]: (subject: string) => string };

/** The words for one warning, from one language's table. */
export function wordImportWarning(wording: ImportWarningWording, warning: ImportWarning): string {
  return wording[warning.code](warning.subject ?? '');
}


/** An image found in an imported file, not yet in the media store. */
export interface ImportedImage {
  bytes: Uint8Array;
  fileName?: string;
}

/** A figure of an imported article: its caption, credit ("Ảnh: ...") and alt text, with the image when the file held one. */
export interface ImportedFigure {
  caption: string;
  credit: string;
  alt: string;
  image?: ImportedImage;
}

/**
 * An article read from a file, before it is stored. `body` is valid against `articleSchema()`;
 * its `figure` nodes are, in document order, the entries of `figures`, with an empty `hash` until
 * their images are stored.
 */
export interface ImportedArticle {
  headline: string;
  sapo: string;
  sourcePrefix: string;
  /** The date of the dateline line ("Thứ Sáu, ngày 29 tháng 3 năm 2024") or of the page's publication date. */
  dateline: CalendarDate | null;
  bylines: string[];
  body: DocNode;
  figures: ImportedFigure[];
  warnings: ImportWarning[];
}

/** One imported article as `import.files` reports it. */
export const importedArticleSummarySchema = z.strictObject({
  id: articleId,
  headline: z.string(),
  sapo: z.string(),
  sourcePrefix: z.string(),
  bylines: z.array(z.string()),
  figures: z.array(z.strictObject({ caption: z.string(), credit: z.string() })),
  warnings: z.array(importWarningSchema),
});
export type ImportedArticleSummary = z.infer<typeof importedArticleSummarySchema>;

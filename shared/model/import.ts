import { articleId, z } from '../api/zod';
import type { CalendarDate } from '../text/dateline';
import type { DocNode } from './document';

export type { CalendarDate } from '../text/dateline';

/**
 * Limits of `import.files`, each far beyond a real article (README, "Import limits"): a file over
 * one is refused before it is parsed, naming the file and the limit.
 */
export const importLimits = {
  /** Bytes of one imported file (a Word file with a dozen photos is a few MB). */
  fileBytes: 50 * 1024 * 1024,
  /** Files in one call. */
  files: 50,
  /** Bytes a .docx may expand to once unpacked, photos included (a guard against ZIP bombs). */
  docxExpandedBytes: 100 * 1024 * 1024,
  /** Bytes the XML parts of a .docx (its text and layout) may expand to: a long article's are well under 1 MB. */
  docxMarkupBytes: 16 * 1024 * 1024,
  /** Characters of a .txt file: twice what an article body may hold. */
  textCharacters: 4_000_000,
  /** Characters of an .html file, markup, scripts and inline images included: a saved article page is 0.1 to 5 million. */
  htmlCharacters: 20_000_000,
  /** Elements of an .html file (counted by their start tags before parsing), paragraphs of a .docx: a portal's article page has 2,000 to 10,000. */
  elements: 50_000,
} as const;

/** Characters of the base64 text of `bytes` bytes, padding included. */
export function base64Length(bytes: number): number {
  return Math.ceil(bytes / 3) * 4;
}

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
  'text-left-out',
  'duplicate-of-existing',
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

/** The subject of a 'text-left-out' warning: the share of the source's text missing from the import, and an excerpt of it. */
export function textLeftOutSubject(percent: number, excerpt: string): string {
  return `${percent}%: ${excerpt}`;
}

/** The share (e.g. '23%') and the excerpt of a 'text-left-out' subject. */
export function readTextLeftOutSubject(subject: string): { share: string; excerpt: string } {
  const match = /^(\d+%): ([\s\S]*)$/u.exec(subject);
  return match ? { share: match[1]!, excerpt: match[2]! } : { share: '', excerpt: subject };
}

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

/** A file `import.files` left out because its headline and text are already an article (`ifDuplicate: 'ask'`). */
export const importDuplicateSchema = z.strictObject({
  fileName: z.string(),
  articleId,
  headline: z.string(),
});
export type ImportDuplicate = z.infer<typeof importDuplicateSchema>;

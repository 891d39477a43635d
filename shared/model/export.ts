import { articleId, isoTimestamp, z } from '../api/zod';
import { articleStatusSchema } from './article';

/**
 * How images leave with an exported article:
 * - 'embed': one .html file, each image inside it as a data: URI (original bytes);
 * - 'folder': `<slug>/index.html`, `<slug>/images/…` (downscaled to the "Chiều rộng ảnh tối đa"
 *   setting) and `<slug>/article.json` (an IPTC ninjs-style record).
 */
export const exportImageModes = ['embed', 'folder'] as const;
export const exportImageModeSchema = z.enum(exportImageModes);
export type ExportImageMode = z.infer<typeof exportImageModeSchema>;

/**
 * What to do when the file (or folder) an export would write already exists:
 * - 'ask': write nothing and answer `{ outcome: 'exists' }`, so the user can choose;
 * - 'replace': replace it (atomically: the new file is complete before it takes the name);
 * - 'rename': write beside it under the first free numbered name, "slug-2.html", "slug-3.html"…
 */
export const exportConflictPolicies = ['ask', 'replace', 'rename'] as const;
export const exportConflictPolicySchema = z.enum(exportConflictPolicies);
export type ExportConflictPolicy = z.infer<typeof exportConflictPolicySchema>;

/** Which articles a batch export takes: chosen ids, every article of a status, or all (never those in the trash). */
export const exportSelectionSchema = z.union([
  z.strictObject({ ids: z.array(articleId).min(1).max(10_000) }),
  z.strictObject({ status: articleStatusSchema }),
  z.strictObject({ all: z.literal(true) }),
]);
export type ExportSelection = z.infer<typeof exportSelectionSchema>;

/**
 * What the checklist before an export warns about (it never blocks). `figure` is the figure's
 * number in reading order, from 1; `text` the placeholder or the link address found.
 */
export const exportWarningSchema = z.discriminatedUnion('code', [
  z.strictObject({ code: z.literal('missing-headline') }),
  z.strictObject({ code: z.literal('missing-sapo') }),
  z.strictObject({ code: z.literal('missing-byline') }),
  z.strictObject({ code: z.literal('missing-date') }),
  z.strictObject({ code: z.literal('figure-without-caption'), figure: z.number().int().positive() }),
  z.strictObject({ code: z.literal('figure-without-alt'), figure: z.number().int().positive() }),
  z.strictObject({ code: z.literal('figure-without-image'), figure: z.number().int().positive() }),
  z.strictObject({ code: z.literal('placeholder'), text: z.string(), field: z.enum(['headline', 'sapo', 'body']) }),
  z.strictObject({ code: z.literal('link-not-web'), text: z.string() }),
]);
export type ExportWarning = z.infer<typeof exportWarningSchema>;
export type ExportWarningCode = ExportWarning['code'];

/** One article of a batch as `export.plan` lists it: what it would be named and what the checklist found. */
export const exportPlanEntrySchema = z.strictObject({
  id: articleId,
  headline: z.string(),
  /** The file name's stem: the headline's slug, or "bai-viet-<id>" when the headline has no letter. */
  slug: z.string(),
  warnings: z.array(exportWarningSchema),
});
export type ExportPlanEntry = z.infer<typeof exportPlanEntrySchema>;

export const exportArticleResultSchema = z.discriminatedUnion('outcome', [
  z.strictObject({
    outcome: z.literal('written'),
    /** The .html file written (in 'folder' mode, `<slug>/index.html`). */
    path: z.string(),
    /** Every file written, the .html first. */
    files: z.array(z.string()),
    exportedAt: isoTimestamp,
  }),
  /** Only with `ifExists: 'ask'`: nothing was written because `path` exists. */
  z.strictObject({ outcome: z.literal('exists'), path: z.string() }),
]);
export type ExportArticleResult = z.infer<typeof exportArticleResultSchema>;

import { isoTimestamp, articleId, z } from '../api/zod';
import { articleBodySchema } from './document';
import { articleStatusSchema } from './article';
import { articleMetadataSchema } from './article-metadata';
import { bylinesFieldSchema } from './byline';

/**
 * 'tone-style': the version made by `articles.applyToneStyle` (tone marks moved to the house style);
 * 'export': the version made by `export.article` (status "Đã xuất", text unchanged).
 */
export const revisionKinds = ['autosave', 'explicit', 'restore', 'create', 'tone-style', 'export'] as const;
export const revisionKindSchema = z.enum(revisionKinds);
export type RevisionKind = z.infer<typeof revisionKindSchema>;

export const revisionSummarySchema = z.strictObject({
  id: z.number().int().positive(),
  articleId,
  /** The version's number within its article: 1, 2, 3… in the order taken, without gaps, never renumbered. */
  number: z.number().int().positive(),
  /** The article version this snapshot holds. */
  articleVersion: z.number().int().positive(),
  kind: revisionKindSchema,
  headline: z.string(),
  wordCount: z.number().int().nonnegative(),
  /** When the version was first taken (an autosave version: the start of its two minutes). */
  createdAt: isoTimestamp,
  /** When the text this version holds was last changed: the time shown in the history. */
  updatedAt: isoTimestamp,
  /** Who made the change ("Tên người duyệt" in Cài đặt, else the computer's user name); '' when not known (versions from before it was recorded). */
  author: z.string(),
});
export type RevisionSummary = z.infer<typeof revisionSummarySchema>;

export const revisionSchema = revisionSummarySchema.extend({
  sapo: z.string(),
  sourcePrefix: z.string(),
  body: articleBodySchema,
  status: articleStatusSchema,
  /** The bylines this version keeps (author ids and roles, team, source); null for a version saved before bylines were versioned. */
  bylines: bylinesFieldSchema.nullable(),
  /** The date, dateline place and tags this version keeps; null for a version saved before they were versioned. */
  metadata: articleMetadataSchema.nullable(),
});
export type Revision = z.infer<typeof revisionSchema>;

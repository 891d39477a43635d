import { limits } from '../api/limits';
import { articleId, isoTimestamp, text, z } from '../api/zod';
import { articleDateSchema, datelinePlaceSchema, relatedArticleSchema, relatedSchema, tagsSchema } from './article-metadata';
import { articleBylinesSchema, bylinesFieldSchema } from './byline';
import { articleBodySchema } from './document';

export const articleStatuses = ['draft', 'submitted', 'approved', 'exported'] as const;
export const articleStatusSchema = z.enum(articleStatuses);
export type ArticleStatus = z.infer<typeof articleStatusSchema>;

export const articleSchema = z.strictObject({
  id: articleId,
  headline: z.string(),
  sapo: z.string(),
  /** The source prefix written before the lead, e.g. "(Thanhuytphcm.vn)". */
  sourcePrefix: z.string(),
  body: articleBodySchema,
  status: articleStatusSchema,
  categoryId: z.number().int().positive().nullable(),
  /** Increases by one on every committed save; a save must name the version it started from. */
  version: z.number().int().positive(),
  wordCount: z.number().int().nonnegative(),
  createdAt: isoTimestamp,
  updatedAt: isoTimestamp,
  trashedAt: isoTimestamp.nullable(),
  /** When the article was last exported (`export.article`), or null if never. Exporting does not change `updatedAt`. */
  exportedAt: isoTimestamp.nullable(),
  /** Tác giả: the authors in byline order, with "Nhóm PV" and "Theo <nguồn>". */
  bylines: articleBylinesSchema,
  /** Ngày: the article's date, 'YYYY-MM-DD', or null for none. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  /** Nơi viết: the dateline place, '' for none. */
  datelinePlace: z.string(),
  /** Từ khóa: the tags, in order. */
  tags: z.array(z.string()),
  /** Tin khác: the related articles, in order (those that no longer exist are left out). */
  related: z.array(relatedArticleSchema),
});
export type Article = z.infer<typeof articleSchema>;

export const articleSummarySchema = z.strictObject({
  id: articleId,
  headline: z.string(),
  status: articleStatusSchema,
  version: z.number().int().positive(),
  wordCount: z.number().int().nonnegative(),
  createdAt: isoTimestamp,
  updatedAt: isoTimestamp,
  trashedAt: isoTimestamp.nullable(),
});
export type ArticleSummary = z.infer<typeof articleSummarySchema>;

/** The editable fields of an article, as a save sends them. Absent fields are left unchanged. */
export const articleFieldsSchema = z.strictObject({
  headline: text(limits.headline).optional(),
  sapo: text(limits.sapo).optional(),
  sourcePrefix: text(limits.sourcePrefix).optional(),
  body: articleBodySchema.optional(),
  status: articleStatusSchema.optional(),
  categoryId: z.number().int().positive().nullable().optional(),
  /** The whole byline: authors in order (each an id from the author directory), team, source. */
  bylines: bylinesFieldSchema.optional(),
  /** Ngày: 'YYYY-MM-DD' of a real calendar date, or null to clear it. */
  date: articleDateSchema.nullable().optional(),
  /** Nơi viết, trimmed; '' for none. */
  datelinePlace: datelinePlaceSchema.optional(),
  /** Từ khóa: the whole list, replacing the stored one (trimmed, duplicates dropped). */
  tags: tagsSchema.optional(),
  /** Tin khác: the ids of the related articles, replacing the stored list. */
  related: relatedSchema.optional(),
});
export type ArticleFields = z.infer<typeof articleFieldsSchema>;

export const saveKinds = ['autosave', 'explicit'] as const;
export const saveKindSchema = z.enum(saveKinds);
export type SaveKind = z.infer<typeof saveKindSchema>;

/**
 * How `articles.list` orders: by update time, newest or oldest first; by the article's date
 * (Ngày), newest first, articles without one last; or by headline (Vietnamese alphabetical order).
 */
export const articleListSorts = ['updated-desc', 'updated-asc', 'date-desc', 'headline-asc'] as const;
export const articleListSortSchema = z.enum(articleListSorts);
export type ArticleListSort = z.infer<typeof articleListSortSchema>;

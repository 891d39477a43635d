import { limits } from '../api/limits';
import { articleId, z } from '../api/zod';
import { foldForSearch } from '../text/fold';

/** 'YYYY-MM-DD' of a date that exists in the calendar (no 2023-02-29). */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1000 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Ngày: the article's date, 'YYYY-MM-DD', a real calendar date. */
export const articleDateSchema = z.string().refine(isCalendarDate, { message: 'must be a date written YYYY-MM-DD that exists' });

/** Nơi viết: where the article was written, e.g. "TP.HCM"; '' for none. */
export const datelinePlaceSchema = z
  .string()
  .max(limits.datelinePlace, { message: `must be at most ${limits.datelinePlace} characters` })
  .refine((value) => !value.includes('\u0000'), { message: 'must not contain NUL characters' })
  .transform((value) => value.trim().replace(/\s+/gu, ' '));

const tagSchema = z
  .string()
  .refine((value) => !value.includes('\u0000'), { message: 'must not contain NUL characters' })
  .transform((value) => value.trim().replace(/\s+/gu, ' '))
  .pipe(
    z
      .string()
      .min(1, { message: 'must not be empty' })
      .max(limits.tag, { message: `must be at most ${limits.tag} characters` }),
  );

/** The tags in order, each kept once: a later tag equal to an earlier one ignoring case and accents is dropped. */
export function distinctTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  return tags.filter((tag) => {
    const key = foldForSearch(tag);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Từ khóa: at most 30 tags, each trimmed, not empty, at most 100 characters; duplicates (ignoring case and accents) dropped, order kept. */
export const tagsSchema = z
  .array(tagSchema)
  .max(limits.tags, { message: `must hold at most ${limits.tags} tags` })
  .transform((tags) => distinctTags(tags));

/** The metadata a revision keeps (`article_revisions.metadata_json`). */
export const articleMetadataSchema = z.strictObject({
  date: z.string().nullable(),
  datelinePlace: z.string(),
  tags: z.array(z.string()),
  /** Chuyên mục; absent from snapshots that did not record it. */
  categoryId: z.number().int().positive().nullable().optional(),
  /** Tin khác: the ids of the related articles; absent from snapshots that did not record them. */
  related: z.array(articleId).optional(),
});
export type ArticleMetadata = z.infer<typeof articleMetadataSchema>;

/** Tin khác: other local articles shown as related, in order, each once; at most `limits.related`. */
export const relatedSchema = z
  .array(articleId)
  .max(limits.related, { message: `must hold at most ${limits.related} articles` })
  .transform((ids) => [...new Set(ids)]);

/** A related article as an article names it: its id and headline. */
export const relatedArticleSchema = z.strictObject({ id: articleId, headline: z.string() });
export type RelatedArticle = z.infer<typeof relatedArticleSchema>;

import { articleId, isoTimestamp, z } from '../api/zod';
import { articleStatusSchema } from './article';

/** Limits of a search request. */
export const searchLimits = {
  /** Characters of the query text. */
  query: 500,
  /** Results of one page. */
  pageSize: 100,
  /** Results when the caller gives no limit. */
  defaultPageSize: 20,
  /** How far a caller may page. */
  offset: 10_000,
} as const;

/**
 * One piece of a snippet or headline: `match` is true where the text matched the query.
 * The UI renders matches as `<mark>` elements built from text, never as HTML.
 */
export const snippetPartSchema = z.strictObject({
  text: z.string(),
  match: z.boolean(),
});
export type SnippetPart = z.infer<typeof snippetPartSchema>;

export const searchArgumentsSchema = z.strictObject({
  /**
   * What the user typed. Accents, tone style and case do not matter; every word must match
   * (AND); "a quoted phrase" matches the words in that order; a trailing * on a word of two
   * letters or more matches words starting with it. Any text is accepted: no input is a syntax error.
   */
  query: z.string().max(searchLimits.query, { message: `must be at most ${searchLimits.query} characters` }),
  status: articleStatusSchema.optional(),
  categoryId: z.number().int().positive().optional(),
  authorId: z.number().int().positive().optional(),
  /** Only articles updated at or after this moment. */
  updatedFrom: isoTimestamp.optional(),
  /** Only articles updated at or before this moment. */
  updatedTo: isoTimestamp.optional(),
  limit: z.number().int().positive().max(searchLimits.pageSize).optional(),
  offset: z.number().int().nonnegative().max(searchLimits.offset).optional(),
});
export type SearchArguments = z.infer<typeof searchArgumentsSchema>;

export const searchHitSchema = z.strictObject({
  id: articleId,
  headline: z.string(),
  status: articleStatusSchema,
  updatedAt: isoTimestamp,
  /** A short passage of the lead or body around the matches, with "…" where it was cut. */
  snippet: z.array(snippetPartSchema),
  /** The whole headline, split so that its matches can be highlighted. */
  headlineParts: z.array(snippetPartSchema),
});
export type SearchHit = z.infer<typeof searchHitSchema>;

export const searchResultSchema = z.strictObject({
  /**
   * How many trashed-excluded articles match (with the filters). Null when the query matches so
   * many articles that only the most recent ones were ranked and counting them all was skipped.
   */
  total: z.number().int().nonnegative().nullable(),
  /** Best match first. */
  results: z.array(searchHitSchema),
});
export type SearchResult = z.infer<typeof searchResultSchema>;

/**
 * A snippet as one line of plain text with each match wrapped in `open` and `close`
 * (by default « and », which do not occur in normal Vietnamese prose).
 */
export function markSnippetText(parts: readonly SnippetPart[], open = '«', close = '»'): string {
  return parts.map((part) => (part.match ? `${open}${part.text}${close}` : part.text)).join('');
}

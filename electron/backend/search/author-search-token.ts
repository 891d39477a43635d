/**
 * The character that starts every token the index keeps for something other than text: a
 * private-use character (a token character to the FTS5 `unicode61` tokenizer, like letters and
 * numbers), which search treats as a separator in what is typed and in indexed text, so that no
 * query and no article text can produce such a token.
 */
export const reservedTokenMark = '\uE000';

/**
 * The token that stands for an author in the `authors` column of both search indexes (migration 0150):
 * the reserved mark, `a`, and the author's id. A search filtered by author adds it to the MATCH
 * expression, so that FTS5 walks the author's few articles and skips through the query's matches
 * (see search-service.ts), instead of testing every match against the author's set.
 */
export function authorSearchToken(authorId: number): string {
  return `${reservedTokenMark}a${authorId}`;
}

/** Text to index with the reserved mark made a separator (see `reservedTokenMark`). */
export function withoutReservedMark(folded: string): string {
  return folded.includes(reservedTokenMark) ? folded.replaceAll(reservedTokenMark, ' ') : folded;
}

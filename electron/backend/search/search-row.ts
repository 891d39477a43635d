/** A row of `article_plain_texts`: the plain text of an article's body, from which snippets are cut. */
export interface ArticlePlainTextRow {
  article_id: number;
  plain_text: string;
}

/** A row of `search_index_queue`: an article whose plain text and index entry lag behind its saved text. */
export interface SearchIndexQueueRow {
  article_id: number;
}

/**
 * A row of the FTS5 table `articles_fts` as written (rowid = article id, folded text). The table
 * is contentless: only `rowid` (and functions of the match, such as bm25) can be read back.
 */
export interface SearchEntryRow {
  rowid: number;
  headline: string;
  sapo: string;
  body: string;
  bylines: string;
}

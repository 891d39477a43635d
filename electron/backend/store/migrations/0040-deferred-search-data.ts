import type { Migration } from './migration';
import { runStatements } from './migration';

/**
 * Lets a save answer without waiting for its search data (electron/backend/search/search-index.ts).
 *
 * - The plain text of each article moves from `articles.plain_text` to `article_plain_texts`: it
 *   is derived from the body for search (snippets, index), and written with the index entry after
 *   the save has answered, so a save writes the body once instead of the body and its text.
 * - `search_index_queue` lists the articles whose plain text and index entry lag behind their
 *   saved text: the save's transaction queues the article, and indexing takes it off. What a
 *   crash leaves queued is indexed when the backend next opens, and in any case before a search.
 */
export const migration0040DeferredSearchData: Migration = {
  version: 40,
  name: 'deferred-search-data',
  up(database) {
    runStatements(database, [
      `CREATE TABLE article_plain_texts (
        article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        plain_text TEXT NOT NULL
      ) STRICT`,
      'INSERT INTO article_plain_texts (article_id, plain_text) SELECT id, plain_text FROM articles',
      'ALTER TABLE articles DROP COLUMN plain_text',
      `CREATE TABLE search_index_queue (
        article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE
      ) STRICT`,
    ]);
  },
};

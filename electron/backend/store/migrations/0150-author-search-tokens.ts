import { foldForSearch0020 as foldForSearch } from './0020-fold-for-search';
import type { Migration } from './migration';
import { runStatements } from './migration';

const batchSize = 1000;

/** Frozen copies of electron/backend/search/author-search-token.ts as of this step. */
const reservedTokenMark = '\uE000';
const authorSearchToken = (authorId: number) => `${reservedTokenMark}a${authorId}`;
const indexedText = (value: string) => foldForSearch(value).replaceAll(reservedTokenMark, ' ');

/**
 * Both search indexes (`articles_fts` and `articles_head_fts`) gain a last column, `authors`: a
 * token per author of the article's bylines (the reserved mark U+E000, `a`, the author's id), so
 * that a search filtered by author is one FTS5 query that walks the author's articles instead of
 * testing each match of the query against them (for a common query over 100,000 articles, tens of
 * thousands of matches). FTS5 tables cannot gain a column, so the tables are made again and every
 * live article indexed from its stored plain text (about 35 s for 100,000 articles of 800
 * syllables on two cores); articles still waiting in `search_index_queue` keep their place there
 * and are indexed again by the app as before. The reserved mark becomes a separator in indexed
 * text, so that no article can hold an author's token. The fold has not changed since migration
 * 0020, whose frozen copy it uses.
 */
export const migration0150AuthorSearchTokens: Migration = {
  version: 150,
  name: 'author-search-tokens',
  up(database) {
    runStatements(database, [
      'DROP TABLE articles_fts',
      'DROP TABLE articles_head_fts',
      `CREATE VIRTUAL TABLE articles_fts USING fts5(
        headline, sapo, body, bylines, authors,
        content = '',
        contentless_delete = 1,
        tokenize = 'unicode61 remove_diacritics 2',
        prefix = '2 3'
      )`,
      `CREATE VIRTUAL TABLE articles_head_fts USING fts5(
        headline, sapo, authors,
        content = '',
        contentless_delete = 1,
        tokenize = 'unicode61 remove_diacritics 2',
        prefix = '2 3'
      )`,
    ]);
    const bylines = database.prepare(`
      SELECT article_bylines.article_id AS article_id, authors.id AS author_id, authors.name AS name, authors.pen_name AS pen_name
      FROM article_bylines JOIN authors ON authors.id = article_bylines.author_id
      ORDER BY article_bylines.article_id, article_bylines.position`);
    const bylinesOf = new Map<number, { names: string[]; tokens: string[] }>();
    for (const row of bylines.all() as Array<{ article_id: number; author_id: number; name: string; pen_name: string | null }>) {
      const of = bylinesOf.get(row.article_id) ?? { names: [], tokens: [] };
      of.names.push(row.pen_name ? `${row.name} ${row.pen_name}` : row.name);
      const token = authorSearchToken(row.author_id);
      if (!of.tokens.includes(token)) of.tokens.push(token);
      bylinesOf.set(row.article_id, of);
    }
    const articles = database.prepare(`
      SELECT articles.id AS id, headline, sapo, plain_text FROM articles
      LEFT JOIN article_plain_texts ON article_plain_texts.article_id = articles.id
      WHERE trashed_at IS NULL AND articles.id > ? ORDER BY articles.id LIMIT ?`);
    const insert = database.prepare('INSERT INTO articles_fts (rowid, headline, sapo, body, bylines, authors) VALUES (?, ?, ?, ?, ?, ?)');
    const insertHead = database.prepare('INSERT INTO articles_head_fts (rowid, headline, sapo, authors) VALUES (?, ?, ?, ?)');
    // An article without plain text (none should be) is indexed without its body and queued, so that the app derives it.
    const queue = database.prepare('INSERT OR IGNORE INTO search_index_queue (article_id) VALUES (?)');
    let lastId = 0;
    for (;;) {
      const batch = articles.all(lastId, batchSize) as Array<{ id: number; headline: string; sapo: string; plain_text: string | null }>;
      if (batch.length === 0) return;
      for (const row of batch) {
        const of = bylinesOf.get(row.id);
        const [headline, sapo, authors] = [indexedText(row.headline), indexedText(row.sapo), of?.tokens.join(' ') ?? ''];
        insert.run(row.id, headline, sapo, indexedText(row.plain_text ?? ''), indexedText(of?.names.join('\n') ?? ''), authors);
        insertHead.run(row.id, headline, sapo, authors);
        if (row.plain_text === null) queue.run(row.id);
      }
      lastId = batch.at(-1)!.id;
    }
  },
};

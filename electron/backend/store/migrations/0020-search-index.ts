import { foldForSearch0020 as foldForSearch } from './0020-fold-for-search';
import type { Migration } from './migration';
import { runStatements } from './migration';

const batchSize = 1000;

/**
 * The full-text search index: a contentless FTS5 table over the folded text (no accents, đ as d,
 * lower case) of each article's headline, lead, body and bylines; rowid = article id; articles in
 * the trash are left out. `unicode61 remove_diacritics 2` also folds letters with two marks (ấ ộ ự)
 * should unfolded text ever reach it. `contentless_delete=1` lets a save replace an article's
 * entry by rowid. Prefix indexes of 2 and 3 characters keep short prefix queries ("ng*") fast.
 * The index is written by electron/backend/search/search-index.ts; this step indexes the existing
 * articles, folding with its own frozen copy of the fold (0020-fold-for-search.ts). Also an index
 * of articles by category, for the search's category filter.
 */
export const migration0020SearchIndex: Migration = {
  version: 20,
  name: 'search-index',
  up(database) {
    runStatements(database, [
      `CREATE VIRTUAL TABLE articles_fts USING fts5(
        headline, sapo, body, bylines,
        content = '',
        contentless_delete = 1,
        tokenize = 'unicode61 remove_diacritics 2',
        prefix = '2 3'
      )`,
      'CREATE INDEX articles_by_category_updated ON articles (category_id, updated_at)',
    ]);
    const articles = database.prepare('SELECT id, headline, sapo, plain_text FROM articles WHERE trashed_at IS NULL AND id > ? ORDER BY id LIMIT ?');
    const bylines = database.prepare(`
      SELECT article_bylines.article_id AS article_id, authors.name AS name, authors.pen_name AS pen_name
      FROM article_bylines JOIN authors ON authors.id = article_bylines.author_id
      ORDER BY article_bylines.article_id, article_bylines.position`);
    const insert = database.prepare('INSERT INTO articles_fts (rowid, headline, sapo, body, bylines) VALUES (?, ?, ?, ?, ?)');

    const bylinesOf = new Map<number, string[]>();
    for (const row of bylines.all() as Array<{ article_id: number; name: string; pen_name: string | null }>) {
      const names = bylinesOf.get(row.article_id) ?? [];
      names.push(row.pen_name ? `${row.name} ${row.pen_name}` : row.name);
      bylinesOf.set(row.article_id, names);
    }
    let lastId = 0;
    for (;;) {
      const batch = articles.all(lastId, batchSize) as Array<{ id: number; headline: string; sapo: string; plain_text: string }>;
      if (batch.length === 0) return;
      for (const row of batch) {
        insert.run(row.id, foldForSearch(row.headline), foldForSearch(row.sapo), foldForSearch(row.plain_text), foldForSearch((bylinesOf.get(row.id) ?? []).join('\n')));
      }
      lastId = batch.at(-1)!.id;
    }
  },
};

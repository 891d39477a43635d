import { foldForSearch0020 as foldForSearch } from './0020-fold-for-search';
import type { Migration } from './migration';
import { runStatements } from './migration';

const batchSize = 1000;

/**
 * A second, small full-text index over the headline and lead only: `articles_head_fts`, built
 * like `articles_fts` (contentless, folded text, rowid = article id, the trash left out). Search
 * orders results by where the whole query matched (headline, then headline and lead, then
 * elsewhere); asking `articles_fts` with a column filter decodes the positions of every body
 * match (an article of 800 syllables holds a common word dozens of times), while this index holds
 * a few dozen syllables per article. This step indexes the existing articles; the fold has not
 * changed since migration 0020, whose frozen copy it uses.
 */
export const migration0140HeadlineLeadIndex: Migration = {
  version: 140,
  name: 'headline-lead-index',
  up(database) {
    runStatements(database, [
      `CREATE VIRTUAL TABLE articles_head_fts USING fts5(
        headline, sapo,
        content = '',
        contentless_delete = 1,
        tokenize = 'unicode61 remove_diacritics 2',
        prefix = '2 3'
      )`,
    ]);
    const articles = database.prepare('SELECT id, headline, sapo FROM articles WHERE trashed_at IS NULL AND id > ? ORDER BY id LIMIT ?');
    const insert = database.prepare('INSERT INTO articles_head_fts (rowid, headline, sapo) VALUES (?, ?, ?)');
    let lastId = 0;
    for (;;) {
      const batch = articles.all(lastId, batchSize) as Array<{ id: number; headline: string; sapo: string }>;
      if (batch.length === 0) return;
      for (const row of batch) insert.run(row.id, foldForSearch(row.headline), foldForSearch(row.sapo));
      lastId = batch.at(-1)!.id;
    }
  },
};

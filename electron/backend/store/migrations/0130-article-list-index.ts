import type { Migration } from './migration';
import { runStatements } from './migration';

/**
 * The article list (`articles.list`, `newsdesk list`, the first screen) reads its summaries from an
 * index holding every column of `articleSummaryColumns`, never the rows themselves: a row carries
 * its body (kilobytes, often on overflow pages), which the columns after it made SQLite walk
 * through. Measured on 10,000 articles: listing them all went from 50 ms to a few.
 */
export const migration0130ArticleListIndex: Migration = {
  version: 130,
  name: 'article-list-index',
  up(database) {
    runStatements(database, [
      'CREATE INDEX articles_summaries_by_trashed_updated ON articles (trashed_at, updated_at, id, headline, status, version, word_count, created_at)',
    ]);
  },
};

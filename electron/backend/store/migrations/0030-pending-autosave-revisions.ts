import type { Migration } from './migration';
import { runStatements } from './migration';

/**
 * Lets the running autosave snapshot of an article stay "pending": while a typing session
 * lasts, its text is the article's current text, so it is not copied on every autosave (a
 * 20,000-word article would be written twice per save). The snapshot is written out when the
 * session ends: at the next explicit save, restore, or autosave after the coalescing window.
 * `revision_snapshots` reads every revision as it is, resolving pending ones from `articles`;
 * read revisions through it, never from `article_revisions` directly.
 */
export const migration0030PendingAutosaveRevisions: Migration = {
  version: 30,
  name: 'pending-autosave-revisions',
  up(database) {
    runStatements(database, [
      'ALTER TABLE article_revisions ADD COLUMN pending INTEGER NOT NULL DEFAULT 0 CHECK (pending IN (0, 1))',
      `CREATE VIEW revision_snapshots AS
        SELECT
          revision.id AS id,
          revision.article_id AS article_id,
          revision.kind AS kind,
          revision.pending AS pending,
          revision.created_at AS created_at,
          CASE WHEN revision.pending = 1 THEN article.version ELSE revision.article_version END AS article_version,
          CASE WHEN revision.pending = 1 THEN article.headline ELSE revision.headline END AS headline,
          CASE WHEN revision.pending = 1 THEN article.sapo ELSE revision.sapo END AS sapo,
          CASE WHEN revision.pending = 1 THEN article.source_prefix ELSE revision.source_prefix END AS source_prefix,
          CASE WHEN revision.pending = 1 THEN article.body_json ELSE revision.body_json END AS body_json,
          CASE WHEN revision.pending = 1 THEN article.status ELSE revision.status END AS status,
          CASE WHEN revision.pending = 1 THEN article.word_count ELSE revision.word_count END AS word_count,
          CASE WHEN revision.pending = 1 THEN article.updated_at ELSE revision.updated_at END AS updated_at
        FROM article_revisions AS revision
        JOIN articles AS article ON article.id = revision.article_id`,
    ]);
  },
};

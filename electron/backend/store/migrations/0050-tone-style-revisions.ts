import type { Migration } from './migration';
import { runStatements } from './migration';

/**
 * Allows revisions of kind 'tone-style', the version `articles.applyToneStyle` makes when it moves
 * an article's tone marks to the house style. SQLite cannot change a CHECK constraint, so
 * `article_revisions` is rebuilt the documented way (https://sqlite.org/lang_altertable.html,
 * "Making Other Kinds Of Table Schema Changes"), inside the runner's transaction: the view
 * `revision_snapshots` that reads it is dropped, a new table with the wider CHECK receives every
 * row, the old table is dropped, the new one renamed, and its index and the view are created again
 * exactly as migrations 0010 and 0030 defined them. Foreign keys stay on (they cannot be switched
 * off inside a transaction); nothing refers to `article_revisions`, and `foreign_key_check`
 * confirms that its rows still refer to existing articles.
 */
export const migration0050ToneStyleRevisions: Migration = {
  version: 50,
  name: 'tone-style-revisions',
  up(database) {
    runStatements(database, [
      'DROP VIEW revision_snapshots',
      `CREATE TABLE article_revisions_new (
        id INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        article_version INTEGER NOT NULL CHECK (article_version >= 1),
        kind TEXT NOT NULL CHECK (kind IN ('autosave', 'explicit', 'restore', 'create', 'tone-style')),
        headline TEXT NOT NULL,
        sapo TEXT NOT NULL,
        source_prefix TEXT NOT NULL,
        body_json TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('draft', 'submitted', 'approved', 'exported')),
        word_count INTEGER NOT NULL CHECK (word_count >= 0),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        pending INTEGER NOT NULL DEFAULT 0 CHECK (pending IN (0, 1))
      ) STRICT`,
      `INSERT INTO article_revisions_new
        (id, article_id, article_version, kind, headline, sapo, source_prefix, body_json, status, word_count, created_at, updated_at, pending)
        SELECT id, article_id, article_version, kind, headline, sapo, source_prefix, body_json, status, word_count, created_at, updated_at, pending
        FROM article_revisions`,
      'DROP TABLE article_revisions',
      'ALTER TABLE article_revisions_new RENAME TO article_revisions',
      'CREATE INDEX article_revisions_by_article ON article_revisions (article_id, id)',
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
    const problems = database.prepare("SELECT * FROM pragma_foreign_key_check('article_revisions')").all();
    if (problems.length > 0) {
      throw new Error(`Migration 0050: ${problems.length} saved version(s) refer to articles that do not exist; the database was left unchanged.`);
    }
  },
};

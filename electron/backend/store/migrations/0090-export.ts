import type { Migration } from './migration';
import { runStatements } from './migration';

/**
 * Export (issue 8).
 *
 * - `articles` gains `exported_at`: when the article was last exported (ISO timestamp), NULL if never.
 *   Exporting does not change `updated_at`: the exported file's dateModified is the last edit.
 * - `article_revisions` allows revisions of kind 'export', the version recorded when an export
 *   marks the article "Đã xuất". SQLite cannot change a CHECK constraint, so the table is rebuilt
 *   as migration 0050 did it (https://sqlite.org/lang_altertable.html, "Making Other Kinds Of
 *   Table Schema Changes"), with the columns added since (0070 `bylines_json`, 0080
 *   `metadata_json`); its index and the view `revision_snapshots` are created again exactly as
 *   migration 0080 defined them.
 * - `media_renditions`: the downscaled copies of images that 'folder' exports write, keyed by the
 *   original's hash and the maximum width, so a second export reuses them instead of resizing.
 */
export const migration0090Export: Migration = {
  version: 90,
  name: 'export',
  up(database) {
    runStatements(database, [
      'ALTER TABLE articles ADD COLUMN exported_at TEXT',
      'DROP VIEW revision_snapshots',
      `CREATE TABLE article_revisions_new (
        id INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        article_version INTEGER NOT NULL CHECK (article_version >= 1),
        kind TEXT NOT NULL CHECK (kind IN ('autosave', 'explicit', 'restore', 'create', 'tone-style', 'export')),
        headline TEXT NOT NULL,
        sapo TEXT NOT NULL,
        source_prefix TEXT NOT NULL,
        body_json TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('draft', 'submitted', 'approved', 'exported')),
        word_count INTEGER NOT NULL CHECK (word_count >= 0),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        pending INTEGER NOT NULL DEFAULT 0 CHECK (pending IN (0, 1)),
        bylines_json TEXT CHECK (bylines_json IS NULL OR json_valid(bylines_json)),
        metadata_json TEXT CHECK (metadata_json IS NULL OR json_valid(metadata_json))
      ) STRICT`,
      `INSERT INTO article_revisions_new
        (id, article_id, article_version, kind, headline, sapo, source_prefix, body_json, status, word_count, created_at, updated_at, pending, bylines_json, metadata_json)
        SELECT id, article_id, article_version, kind, headline, sapo, source_prefix, body_json, status, word_count, created_at, updated_at, pending, bylines_json, metadata_json
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
          CASE WHEN revision.pending = 1 THEN article.updated_at ELSE revision.updated_at END AS updated_at,
          CASE WHEN revision.pending = 1 THEN json_object(
            'authors', json((SELECT json_group_array(json_object('authorId', byline.author_id, 'role', byline.role) ORDER BY byline.position)
                             FROM article_bylines AS byline WHERE byline.article_id = article.id)),
            'team', json(CASE WHEN article.byline_team = 1 THEN 'true' ELSE 'false' END),
            'source', article.byline_source
          ) ELSE revision.bylines_json END AS bylines_json,
          CASE WHEN revision.pending = 1 THEN json_object(
            'date', article.date,
            'datelinePlace', article.dateline_place,
            'tags', json(article.tags_json),
            'categoryId', article.category_id,
            'related', json(article.related_json)
          ) ELSE revision.metadata_json END AS metadata_json
        FROM article_revisions AS revision
        JOIN articles AS article ON article.id = revision.article_id`,
      `CREATE TABLE media_renditions (
        hash TEXT NOT NULL REFERENCES media(hash) ON DELETE CASCADE,
        max_width INTEGER NOT NULL CHECK (max_width > 0),
        mime TEXT NOT NULL CHECK (mime IN ('image/jpeg', 'image/png', 'image/webp')),
        width INTEGER NOT NULL CHECK (width > 0),
        height INTEGER NOT NULL CHECK (height > 0),
        bytes BLOB NOT NULL,
        PRIMARY KEY (hash, max_width)
      ) STRICT`,
    ]);
    const problems = database.prepare("SELECT * FROM pragma_foreign_key_check('article_revisions')").all();
    if (problems.length > 0) {
      throw new Error(`Migration 0090: ${problems.length} saved version(s) refer to articles that do not exist; the database was left unchanged.`);
    }
  },
};

import type { Migration } from './migration';
import { runStatements } from './migration';

/**
 * Bylines (Tác giả): the author directory and the article's byline options, versioned.
 *
 * - `authors` gains `role` ('reporter' | 'editor' | 'contributor' | 'photographer', worded by the
 *   interface) and `active` (1, or 0 for an author no longer offered).
 * - `articles` gains `byline_team` (1: the byline reads "Nhóm PV") and `byline_source` (the
 *   "Theo <nguồn>" source, '' for none).
 * - `article_bylines.role` is now 'writer' or 'photographer'; the imported bylines written as
 *   'author' before this step become 'writer'.
 * - `article_revisions` gains `bylines_json`, the article's bylines when the snapshot was taken
 *   (`{"authors":[{"authorId":1,"role":"writer"}],"team":false,"source":""}`), NULL for snapshots
 *   taken before this step (restoring one of those keeps the article's bylines).
 * - The view `revision_snapshots` is created again exactly as migration 0050 defined it, plus
 *   `bylines_json`, which a pending autosave snapshot reads from its article as it now is. This
 *   migration keeps its own copy of that JSON expression.
 */
export const migration0070Bylines: Migration = {
  version: 70,
  name: 'bylines',
  up(database) {
    runStatements(database, [
      `ALTER TABLE authors ADD COLUMN role TEXT NOT NULL DEFAULT 'reporter' CHECK (role IN ('reporter', 'editor', 'contributor', 'photographer'))`,
      'ALTER TABLE authors ADD COLUMN active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))',
      'ALTER TABLE articles ADD COLUMN byline_team INTEGER NOT NULL DEFAULT 0 CHECK (byline_team IN (0, 1))',
      "ALTER TABLE articles ADD COLUMN byline_source TEXT NOT NULL DEFAULT ''",
      "UPDATE article_bylines SET role = 'writer' WHERE role NOT IN ('writer', 'photographer')",
      'ALTER TABLE article_revisions ADD COLUMN bylines_json TEXT CHECK (bylines_json IS NULL OR json_valid(bylines_json))',
      'DROP VIEW revision_snapshots',
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
          ) ELSE revision.bylines_json END AS bylines_json
        FROM article_revisions AS revision
        JOIN articles AS article ON article.id = revision.article_id`,
    ]);
  },
};

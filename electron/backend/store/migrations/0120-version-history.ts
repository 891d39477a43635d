import { deflateRawSync } from 'node:zlib';
import type { Migration } from './migration';
import { runStatements } from './migration';

/**
 * Version history you can compare (issue 12).
 *
 * - `article_revisions` gains `number`: the version's number within its article, 1, 2, 3… in the
 *   order the versions were taken, given once and never changed or reused (unique per article).
 *   Existing versions are numbered in the order of their ids. No version is ever deleted on its
 *   own (only with its article), so the numbers have no gaps.
 * - `author`: who made the change (Cài đặt "Tên người duyệt", else this computer's user name); ''
 *   for versions from before this step (shown as unknown).
 * - `body_deflated`: the body JSON compressed with raw DEFLATE (revision-compression.ts); a
 *   written-out version keeps '' in `body_json` (the same format, written here by this step's own
 *   call so that the step never changes). A pending autosave snapshot has NULL (it reads its
 *   article's text). Every existing written-out version is compressed here.
 * - The view `revision_snapshots` is created again as migration 0090 defined it, plus these columns.
 */
export const migration0120VersionHistory: Migration = {
  version: 120,
  name: 'version-history',
  up(database) {
    runStatements(database, [
      'ALTER TABLE article_revisions ADD COLUMN number INTEGER NOT NULL DEFAULT 0',
      "ALTER TABLE article_revisions ADD COLUMN author TEXT NOT NULL DEFAULT ''",
      'ALTER TABLE article_revisions ADD COLUMN body_deflated BLOB',
      `UPDATE article_revisions SET number = numbered.position
        FROM (SELECT id, row_number() OVER (PARTITION BY article_id ORDER BY id) AS position FROM article_revisions) AS numbered
        WHERE numbered.id = article_revisions.id`,
      'CREATE UNIQUE INDEX article_revisions_by_number ON article_revisions (article_id, number)',
    ]);
    const written = database.prepare('SELECT id, body_json FROM article_revisions WHERE pending = 0').iterate() as Iterable<{ id: number; body_json: string }>;
    const compress = database.prepare("UPDATE article_revisions SET body_json = '', body_deflated = ? WHERE id = ?");
    const updates: Array<[Buffer, number]> = [];
    for (const row of written) updates.push([deflateRawSync(Buffer.from(row.body_json, 'utf8'), { level: 6 }), row.id]);
    for (const [blob, id] of updates) compress.run(blob, id);
    runStatements(database, [
      'DROP VIEW revision_snapshots',
      `CREATE VIEW revision_snapshots AS
        SELECT
          revision.id AS id,
          revision.article_id AS article_id,
          revision.number AS number,
          revision.author AS author,
          revision.kind AS kind,
          revision.pending AS pending,
          revision.created_at AS created_at,
          CASE WHEN revision.pending = 1 THEN article.version ELSE revision.article_version END AS article_version,
          CASE WHEN revision.pending = 1 THEN article.headline ELSE revision.headline END AS headline,
          CASE WHEN revision.pending = 1 THEN article.sapo ELSE revision.sapo END AS sapo,
          CASE WHEN revision.pending = 1 THEN article.source_prefix ELSE revision.source_prefix END AS source_prefix,
          CASE WHEN revision.pending = 1 THEN article.body_json ELSE revision.body_json END AS body_json,
          CASE WHEN revision.pending = 1 THEN NULL ELSE revision.body_deflated END AS body_deflated,
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
    ]);
  },
};

import type { Migration } from './migration';
import { runStatements } from './migration';

/**
 * The article's metadata (issue 7): Ngày (date), Nơi viết (dateline place), Từ khóa (tags), versioned.
 *
 * - `articles` gains `date` ('YYYY-MM-DD', a real calendar date, or NULL for none),
 *   `dateline_place` ('' for none) and `tags_json` (a JSON array of strings, '[]' for none).
 * - `article_revisions` gains `metadata_json`, the article's metadata when the snapshot was taken
 *   (`{"date":"2024-03-29","datelinePlace":"TP.HCM","tags":["Quận 3"]}`), NULL for snapshots taken
 *   before this step (restoring one of those keeps the article's metadata).
 * - The view `revision_snapshots` is created again exactly as migration 0070 defined it, plus
 *   `metadata_json`, which a pending autosave snapshot reads from its article as it now is. This
 *   migration keeps its own copy of the view.
 */
export const migration0080ArticleMetadata: Migration = {
  version: 80,
  name: 'article-metadata',
  up(database) {
    runStatements(database, [
      `ALTER TABLE articles ADD COLUMN date TEXT CHECK (date IS NULL OR (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' AND date(date) IS date))`,
      "ALTER TABLE articles ADD COLUMN dateline_place TEXT NOT NULL DEFAULT ''",
      "ALTER TABLE articles ADD COLUMN tags_json TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(tags_json) AND json_type(tags_json) = 'array')",
      "ALTER TABLE articles ADD COLUMN related_json TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(related_json) AND json_type(related_json) = 'array')",
      'ALTER TABLE article_revisions ADD COLUMN metadata_json TEXT CHECK (metadata_json IS NULL OR json_valid(metadata_json))',
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

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Database, openDatabase, readSchemaVersion } from '../../../../../../electron/backend/store/database';
import { migrate } from '../../../../../../electron/backend/store/migrations/runner';
import { backendFixture } from '../../backend-fixture';

const revisionColumns =
  'id, article_id, article_version, kind, headline, sapo, source_prefix, body_json, status, word_count, created_at, updated_at, pending, bylines_json, metadata_json';
const snapshotColumns =
  'id, article_id, kind, pending, created_at, article_version, headline, sapo, source_prefix, body_json, status, word_count, updated_at, bylines_json, metadata_json';

describe('migration 0090-export', () => {
  const fixture = backendFixture();

  function migratedTo(version: number): Database {
    const database = openDatabase(path.join(fixture.folder(), 'newsdesk.sqlite'));
    migrate(database, { targetVersion: version });
    return database;
  }

  function seed(database: Database) {
    const first = Number(
      database
        .prepare(
          "INSERT INTO articles (headline, sapo, body_json, word_count, version, created_at, updated_at, tags_json) VALUES ('Quận ủy Quận 3', 'Sapo', '{\"type\":\"doc\"}', 3, 3, '2024-03-29T08:00:00.000Z', '2024-03-29T08:20:00.000Z', '[\"Quận 3\"]')",
        )
        .run().lastInsertRowid,
    );
    const insertRevision = database.prepare(
      `INSERT INTO article_revisions (article_id, article_version, kind, headline, sapo, source_prefix, body_json, status, word_count, created_at, updated_at, pending, bylines_json, metadata_json)
       VALUES (?, ?, ?, ?, 'Sapo', '', ?, 'draft', 2, '2024-03-29T08:00:00.000Z', '2024-03-29T08:00:00.000Z', ?, ?, ?)`,
    );
    insertRevision.run(first, 1, 'create', 'Bản 1', '{"type":"doc"}', 0, null, null);
    insertRevision.run(first, 2, 'tone-style', 'Bản 2', '{"type":"doc"}', 0, '{"authors":[],"team":true,"source":""}', '{"date":null,"datelinePlace":"","tags":[]}');
    insertRevision.run(first, 3, 'autosave', '', '', 1, null, null);
    return { first };
  }

  it('keeps every article, revision and snapshot, adds exported_at and the rendition cache, and allows export revisions', () => {
    const database = migratedTo(80);
    try {
      const { first } = seed(database);
      const revisionsBefore = database.prepare(`SELECT ${revisionColumns} FROM article_revisions ORDER BY id`).all();
      const snapshotsBefore = database.prepare(`SELECT ${snapshotColumns} FROM revision_snapshots ORDER BY id`).all();
      const articlesBefore = database.prepare('SELECT * FROM articles ORDER BY id').all() as object[];

      migrate(database, { targetVersion: 90 });
      expect(readSchemaVersion(database)).toBe(90);
      expect(database.prepare(`SELECT ${revisionColumns} FROM article_revisions ORDER BY id`).all()).toEqual(revisionsBefore);
      expect(database.prepare(`SELECT ${snapshotColumns} FROM revision_snapshots ORDER BY id`).all()).toEqual(snapshotsBefore);
      expect(database.prepare('SELECT * FROM articles ORDER BY id').all()).toEqual(articlesBefore.map((row) => ({ ...row, exported_at: null })));

      database
        .prepare(
          `INSERT INTO article_revisions (article_id, article_version, kind, headline, sapo, source_prefix, body_json, status, word_count, created_at, updated_at)
           VALUES (?, 4, 'export', 'Bản 4', '', '', '{}', 'exported', 0, '2024-04-01T00:00:00.000Z', '2024-04-01T00:00:00.000Z')`,
        )
        .run(first);
      expect(() => database.prepare("UPDATE article_revisions SET kind = 'printed' WHERE id = 1").run()).toThrow(/CHECK constraint/);
      expect(() => database.prepare("UPDATE article_revisions SET metadata_json = '{' WHERE id = 1").run()).toThrow(/CHECK constraint/);
      expect(database.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'article_revisions'").all()).toEqual([
        { name: 'article_revisions_by_article' },
      ]);
      expect(database.prepare("SELECT name FROM sqlite_master WHERE name = 'media_renditions'").get()).toEqual({ name: 'media_renditions' });
      expect(database.prepare('PRAGMA integrity_check').get()).toEqual({ integrity_check: 'ok' });
      expect(database.prepare('PRAGMA foreign_key_check').all()).toEqual([]);
    } finally {
      database.close();
    }
  });
});

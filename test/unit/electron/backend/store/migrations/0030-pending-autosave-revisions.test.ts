import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Database, openDatabase, readSchemaVersion } from '../../../../../../electron/backend/store/database';
import { migrate } from '../../../../../../electron/backend/store/migrations/runner';
import { backendFixture } from '../../backend-fixture';

const revisionColumns = 'id, article_id, article_version, kind, headline, sapo, source_prefix, body_json, status, word_count, created_at, updated_at';

describe('migration 0030-pending-autosave-revisions', () => {
  const fixture = backendFixture();

  function migratedTo(version: number): Database {
    const database = openDatabase(path.join(fixture.folder(), 'newsdesk.sqlite'));
    migrate(database, { targetVersion: version });
    return database;
  }

  function seed(database: Database) {
    const articleId = Number(
      database
        .prepare("INSERT INTO articles (headline, sapo, body_json, plain_text, word_count, version, created_at, updated_at) VALUES ('Bản 3', 'Sapo', '{\"type\":\"doc\"}', '', 3, 3, '2024-03-29T08:00:00.000Z', '2024-03-29T08:20:00.000Z')")
        .run().lastInsertRowid,
    );
    const insertRevision = database.prepare(
      `INSERT INTO article_revisions (article_id, article_version, kind, headline, sapo, source_prefix, body_json, status, word_count, created_at, updated_at)
       VALUES (?, ?, ?, ?, '', '', '{"type":"doc"}', 'draft', 2, ?, ?)`,
    );
    insertRevision.run(articleId, 1, 'create', 'Bản 1', '2024-03-29T08:00:00.000Z', '2024-03-29T08:00:00.000Z');
    insertRevision.run(articleId, 2, 'autosave', 'Bản 2', '2024-03-29T08:05:00.000Z', '2024-03-29T08:09:00.000Z');
    return articleId;
  }

  it('keeps every existing revision as it was, readable through revision_snapshots', () => {
    const database = migratedTo(20);
    try {
      const articleId = seed(database);
      const before = database.prepare(`SELECT ${revisionColumns} FROM article_revisions ORDER BY id`).all();

      migrate(database, { targetVersion: 30 });
      expect(readSchemaVersion(database)).toBe(30);
      expect(database.prepare(`SELECT ${revisionColumns} FROM article_revisions ORDER BY id`).all()).toEqual(before);
      expect(database.prepare(`SELECT ${revisionColumns} FROM revision_snapshots ORDER BY id`).all()).toEqual(before);
      expect(database.prepare('SELECT pending FROM article_revisions').all()).toEqual([{ pending: 0 }, { pending: 0 }]);

      database.prepare("UPDATE article_revisions SET pending = 1, body_json = '' WHERE id = 2").run();
      expect(database.prepare('SELECT article_version, headline, sapo, body_json, word_count, updated_at FROM revision_snapshots WHERE id = 2').get()).toEqual({
        article_version: 3,
        headline: 'Bản 3',
        sapo: 'Sapo',
        body_json: '{"type":"doc"}',
        word_count: 3,
        updated_at: '2024-03-29T08:20:00.000Z',
      });
      expect(() => database.prepare('UPDATE article_revisions SET pending = 2 WHERE article_id = ?').run(articleId)).toThrow(/CHECK constraint/);
    } finally {
      database.close();
    }
  });
});

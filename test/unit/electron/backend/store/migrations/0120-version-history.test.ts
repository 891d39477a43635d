import path from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { type Database, openDatabase, readSchemaVersion } from '../../../../../../electron/backend/store/database';
import { migrate } from '../../../../../../electron/backend/store/migrations/runner';
import { backendFixture } from '../../backend-fixture';

const unchangedColumns =
  'id, article_id, article_version, kind, headline, sapo, source_prefix, status, word_count, created_at, updated_at, pending, bylines_json, metadata_json';
const snapshotColumns =
  'id, article_id, kind, pending, created_at, article_version, headline, sapo, source_prefix, status, word_count, updated_at, bylines_json, metadata_json';

describe('migration 0120-version-history', () => {
  const fixture = backendFixture();

  function migratedTo(version: number): Database {
    const database = openDatabase(path.join(fixture.folder(), 'newsdesk.sqlite'));
    migrate(database, { targetVersion: version });
    return database;
  }

  function seed(database: Database) {
    const insertArticle = database.prepare(
      "INSERT INTO articles (headline, body_json, word_count, version, created_at, updated_at) VALUES (?, ?, 2, 3, '2024-03-29T08:00:00.000Z', '2024-03-29T08:20:00.000Z')",
    );
    const first = Number(insertArticle.run('Quận ủy Quận 3', '{"type":"doc","content":[{"type":"paragraph","content":[{"type":"text","text":"bây giờ"}]}]}').lastInsertRowid);
    const second = Number(insertArticle.run('Bài hai', '{"type":"doc"}').lastInsertRowid);
    const insertRevision = database.prepare(
      `INSERT INTO article_revisions (article_id, article_version, kind, headline, sapo, source_prefix, body_json, status, word_count, created_at, updated_at, pending)
       VALUES (?, ?, ?, ?, '', '', ?, 'draft', 2, '2024-03-29T08:00:00.000Z', '2024-03-29T08:05:00.000Z', ?)`,
    );
    const bodies = ['{"type":"doc","content":[{"type":"paragraph","content":[{"type":"text","text":"Thành ủy"}]}]}', '{"type":"doc","content":[]}'];
    // Ids interleave between the two articles: numbers follow each article's own order.
    insertRevision.run(first, 1, 'create', 'Bản 1', bodies[0], 0);
    insertRevision.run(second, 1, 'create', 'Bài hai', bodies[1], 0);
    insertRevision.run(first, 2, 'explicit', 'Bản 2', bodies[1], 0);
    insertRevision.run(first, 3, 'autosave', '', '', 1);
    return { bodies };
  }

  it('numbers existing versions per article in order, compresses their bodies, keeps everything else, and the view reads them', () => {
    const database = migratedTo(110);
    try {
      const { bodies } = seed(database);
      const revisionsBefore = database.prepare(`SELECT ${unchangedColumns} FROM article_revisions ORDER BY id`).all();
      const snapshotsBefore = database.prepare(`SELECT ${snapshotColumns} FROM revision_snapshots ORDER BY id`).all();

      migrate(database, { targetVersion: 120 });
      expect(readSchemaVersion(database)).toBe(120);
      expect(database.prepare(`SELECT ${unchangedColumns} FROM article_revisions ORDER BY id`).all()).toEqual(revisionsBefore);
      expect(database.prepare(`SELECT ${snapshotColumns} FROM revision_snapshots ORDER BY id`).all()).toEqual(snapshotsBefore);

      const rows = database.prepare('SELECT id, article_id, number, author, body_json, body_deflated FROM revision_snapshots ORDER BY id').all() as Array<{
        id: number; article_id: number; number: number; author: string; body_json: string; body_deflated: Buffer | null;
      }>;
      expect(rows.map(({ id, article_id, number, author }) => [id, article_id, number, author])).toEqual([
        [1, 1, 1, ''],
        [2, 2, 1, ''],
        [3, 1, 2, ''],
        [4, 1, 3, ''],
      ]);
      expect(rows.slice(0, 3).map((row) => [row.body_json, inflateRawSync(row.body_deflated!).toString('utf8')])).toEqual([
        ['', bodies[0]],
        ['', bodies[1]],
        ['', bodies[1]],
      ]);
      // The pending snapshot still reads its article's text.
      expect(rows[3]!.body_deflated).toBeNull();
      expect(rows[3]!.body_json).toContain('bây giờ');

      expect(() => database.prepare('UPDATE article_revisions SET number = 1 WHERE id = 3').run()).toThrow(/UNIQUE constraint/);
      expect(database.prepare('PRAGMA integrity_check').get()).toEqual({ integrity_check: 'ok' });
      expect(database.prepare('PRAGMA foreign_key_check').all()).toEqual([]);
    } finally {
      database.close();
    }
  });
});

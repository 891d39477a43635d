import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Database, openDatabase, readSchemaVersion } from '../../../../../../electron/backend/store/database';
import { migrate } from '../../../../../../electron/backend/store/migrations/runner';
import { backendFixture } from '../../backend-fixture';

const revisionColumns = 'id, article_id, article_version, kind, headline, sapo, source_prefix, body_json, status, word_count, created_at, updated_at, pending, bylines_json';
const snapshotColumns = 'id, article_id, kind, pending, created_at, article_version, headline, sapo, source_prefix, body_json, status, word_count, updated_at, bylines_json';

describe('migration 0080-article-metadata', () => {
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
          "INSERT INTO articles (headline, sapo, body_json, word_count, version, created_at, updated_at, byline_source) VALUES ('Quận ủy Quận 3', 'Sapo', '{\"type\":\"doc\"}', 3, 3, '2024-03-29T08:00:00.000Z', '2024-03-29T08:20:00.000Z', 'TTXVN')",
        )
        .run().lastInsertRowid,
    );
    const insertRevision = database.prepare(
      `INSERT INTO article_revisions (article_id, article_version, kind, headline, sapo, source_prefix, body_json, status, word_count, created_at, updated_at, pending, bylines_json)
       VALUES (?, ?, ?, ?, 'Sapo', '', ?, 'draft', 2, '2024-03-29T08:00:00.000Z', '2024-03-29T08:00:00.000Z', ?, ?)`,
    );
    insertRevision.run(first, 1, 'create', 'Bản 1', '{"type":"doc"}', 0, null);
    insertRevision.run(first, 2, 'explicit', 'Bản 2', '{"type":"doc"}', 0, '{"authors":[],"team":true,"source":""}');
    insertRevision.run(first, 3, 'autosave', '', '', 1, null);
    return { first };
  }

  it('keeps every article and revision, adding the metadata columns with their defaults', () => {
    const database = migratedTo(70);
    try {
      const { first } = seed(database);
      const revisionsBefore = database.prepare(`SELECT ${revisionColumns} FROM article_revisions ORDER BY id`).all();
      const snapshotsBefore = database.prepare(`SELECT ${snapshotColumns} FROM revision_snapshots ORDER BY id`).all();
      const articlesBefore = database.prepare('SELECT * FROM articles ORDER BY id').all() as object[];

      migrate(database, { targetVersion: 80 });
      expect(readSchemaVersion(database)).toBe(80);
      expect(database.prepare(`SELECT ${revisionColumns} FROM article_revisions ORDER BY id`).all()).toEqual(revisionsBefore);
      expect(database.prepare(`SELECT ${snapshotColumns} FROM revision_snapshots ORDER BY id`).all()).toEqual(snapshotsBefore);
      expect(database.prepare('SELECT * FROM articles ORDER BY id').all()).toEqual(
        articlesBefore.map((row) => ({ ...row, date: null, dateline_place: '', tags_json: '[]', related_json: '[]' })),
      );
      // Snapshots taken before have no metadata; the pending one reads its article's.
      const metadata = database.prepare('SELECT metadata_json FROM revision_snapshots ORDER BY id').all() as { metadata_json: string | null }[];
      expect(metadata.slice(0, 2).map((row) => row.metadata_json)).toEqual([null, null]);
      expect(JSON.parse(metadata[2]!.metadata_json!)).toEqual({ date: null, datelinePlace: '', tags: [], categoryId: null, related: [] });
      database.prepare("UPDATE articles SET date = '2024-03-29', dateline_place = 'TP.HCM', tags_json = '[\"Quận 3\",\"hội quần chúng\"]' WHERE id = ?").run(first);
      expect(JSON.parse((database.prepare('SELECT metadata_json FROM revision_snapshots WHERE id = 3').get() as { metadata_json: string }).metadata_json)).toEqual({
        date: '2024-03-29',
        datelinePlace: 'TP.HCM',
        tags: ['Quận 3', 'hội quần chúng'],
        categoryId: null,
        related: [],
      });
      expect(database.prepare('PRAGMA integrity_check').get()).toEqual({ integrity_check: 'ok' });
    } finally {
      database.close();
    }
  });

  it('refuses a malformed or impossible date, tags that are not a JSON array and bad metadata JSON', () => {
    const database = migratedTo(70);
    try {
      const { first } = seed(database);
      migrate(database, { targetVersion: 80 });
      const setDate = (date: string | null) => database.prepare('UPDATE articles SET date = ? WHERE id = ?').run(date, first);
      expect(() => setDate('2024-02-29')).not.toThrow();
      expect(() => setDate(null)).not.toThrow();
      expect(() => setDate('2023-02-29')).toThrow(/CHECK constraint/);
      expect(() => setDate('2024-3-29')).toThrow(/CHECK constraint/);
      expect(() => setDate('29/03/2024')).toThrow(/CHECK constraint/);
      expect(() => setDate('2024-03-29T00:00')).toThrow(/CHECK constraint/);
      const setTags = (json: string) => database.prepare('UPDATE articles SET tags_json = ? WHERE id = ?').run(json, first);
      expect(() => setTags('["a"]')).not.toThrow();
      expect(() => setTags('{"a":1}')).toThrow(/CHECK constraint/);
      expect(() => setTags('[')).toThrow(/CHECK constraint/);
      expect(() => database.prepare("UPDATE article_revisions SET metadata_json = '{' WHERE id = 1").run()).toThrow(/CHECK constraint/);
    } finally {
      database.close();
    }
  });
});

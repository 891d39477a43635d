import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Database, openDatabase, readSchemaVersion } from '../../../../../../electron/backend/store/database';
import { migrate } from '../../../../../../electron/backend/store/migrations/runner';
import { backendFixture } from '../../backend-fixture';

const revisionColumns = 'id, article_id, article_version, kind, headline, sapo, source_prefix, body_json, status, word_count, created_at, updated_at, pending';

describe('migration 0050-tone-style-revisions', () => {
  const fixture = backendFixture();

  function migratedTo(version: number): Database {
    const database = openDatabase(path.join(fixture.folder(), 'newsdesk.sqlite'));
    migrate(database, { targetVersion: version });
    return database;
  }

  function seed(database: Database) {
    const insertArticle = database.prepare(
      "INSERT INTO articles (headline, sapo, body_json, word_count, version, created_at, updated_at) VALUES (?, 'Sapo', '{\"type\":\"doc\"}', 3, ?, '2024-03-29T08:00:00.000Z', '2024-03-29T08:20:00.000Z')",
    );
    const first = Number(insertArticle.run('Quận ủy Quận 3', 3).lastInsertRowid);
    const second = Number(insertArticle.run('Thành ủy', 1).lastInsertRowid);
    const insertRevision = database.prepare(
      `INSERT INTO article_revisions (article_id, article_version, kind, headline, sapo, source_prefix, body_json, status, word_count, created_at, updated_at, pending)
       VALUES (?, ?, ?, ?, 'Sapo', '(Thanhuytphcm.vn)', ?, ?, 2, ?, ?, ?)`,
    );
    insertRevision.run(first, 1, 'create', 'Bản 1', '{"type":"doc"}', 'draft', '2024-03-29T08:00:00.000Z', '2024-03-29T08:00:00.000Z', 0);
    insertRevision.run(first, 2, 'explicit', 'Bản 2', '{"type":"doc","content":[]}', 'submitted', '2024-03-29T08:05:00.000Z', '2024-03-29T08:09:00.000Z', 0);
    insertRevision.run(second, 1, 'create', 'Thành ủy', '{"type":"doc"}', 'draft', '2024-03-29T08:10:00.000Z', '2024-03-29T08:10:00.000Z', 0);
    insertRevision.run(first, 3, 'autosave', '', '', 'draft', '2024-03-29T08:15:00.000Z', '2024-03-29T08:15:00.000Z', 1);
    return { first, second };
  }

  const schemaOf = (database: Database, name: string) =>
    (database.prepare('SELECT sql FROM sqlite_schema WHERE name = ?').get(name) as { sql: string } | undefined)?.sql;

  it('keeps every revision and its id, and the view and index as they were', () => {
    const database = migratedTo(40);
    try {
      const { first } = seed(database);
      const before = database.prepare(`SELECT ${revisionColumns} FROM article_revisions ORDER BY id`).all();
      const snapshotsBefore = database.prepare('SELECT * FROM revision_snapshots ORDER BY id').all();
      const viewBefore = schemaOf(database, 'revision_snapshots');
      const indexBefore = schemaOf(database, 'article_revisions_by_article');
      expect(snapshotsBefore).toHaveLength(4);

      migrate(database, { targetVersion: 50 });
      expect(readSchemaVersion(database)).toBe(50);
      expect(database.prepare(`SELECT ${revisionColumns} FROM article_revisions ORDER BY id`).all()).toEqual(before);
      expect(database.prepare('SELECT * FROM revision_snapshots ORDER BY id').all()).toEqual(snapshotsBefore);
      expect(schemaOf(database, 'revision_snapshots')).toBe(viewBefore);
      expect(schemaOf(database, 'article_revisions_by_article')).toBe(indexBefore);
      expect(schemaOf(database, 'article_revisions_new')).toBeUndefined();
      expect(database.prepare('PRAGMA integrity_check').get()).toEqual({ integrity_check: 'ok' });

      // The new row id continues after the old ones, and the pending snapshot still reads its article.
      const added = database
        .prepare(
          `INSERT INTO article_revisions (article_id, article_version, kind, headline, sapo, source_prefix, body_json, status, word_count, created_at, updated_at)
           VALUES (?, 4, 'tone-style', 'Quận uỷ Quận 3', '', '', '{"type":"doc"}', 'draft', 3, 'now', 'now')`,
        )
        .run(first);
      expect(Number(added.lastInsertRowid)).toBe(5);
      expect(database.prepare('SELECT headline FROM revision_snapshots WHERE id = 4').get()).toEqual({ headline: 'Quận ủy Quận 3' });
    } finally {
      database.close();
    }
  });

  it("accepts the kind 'tone-style' and still refuses unknown kinds, bad pendings and missing articles", () => {
    const database = migratedTo(40);
    try {
      const { first } = seed(database);
      const insert = (kind: string, pending = 0, articleId = first) =>
        database
          .prepare(
            `INSERT INTO article_revisions (article_id, article_version, kind, headline, sapo, source_prefix, body_json, status, word_count, created_at, updated_at, pending)
             VALUES (?, 4, ?, '', '', '', '{"type":"doc"}', 'draft', 0, 'now', 'now', ?)`,
          )
          .run(articleId, kind, pending);
      expect(() => insert('tone-style')).toThrow(/CHECK constraint/);

      migrate(database, { targetVersion: 50 });
      expect(() => insert('tone-style')).not.toThrow();
      expect(() => insert('spelling')).toThrow(/CHECK constraint/);
      expect(() => insert('explicit', 2)).toThrow(/CHECK constraint/);
      expect(() => insert('explicit', 0, first + 100)).toThrow(/FOREIGN KEY/);

      database.prepare('DELETE FROM articles WHERE id = ?').run(first);
      expect(database.prepare('SELECT count(*) AS left FROM article_revisions WHERE article_id = ?').get(first)).toEqual({ left: 0 });
    } finally {
      database.close();
    }
  });
});

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Database, openDatabase } from '../../../../../../electron/backend/store/database';
import { migrate } from '../../../../../../electron/backend/store/migrations/runner';
import { backendFixture } from '../../backend-fixture';

const tables = ['article_bylines', 'article_revisions', 'articles', 'authors', 'categories', 'media', 'settings'];

function columnsOf(database: Database, table: string): string[] {
  return (database.prepare('SELECT name FROM pragma_table_info(?) ORDER BY cid').all(table) as Array<{ name: string }>).map((row) => row.name);
}

describe('migration 0010-initial', () => {
  const fixture = backendFixture();

  function migratedTo(version: number): Database {
    const database = openDatabase(path.join(fixture.folder(), 'newsdesk.sqlite'));
    migrate(database, { targetVersion: version });
    return database;
  }

  it('creates the tables, all STRICT, from an empty database', () => {
    const database = migratedTo(0);
    try {
      expect(database.prepare("SELECT count(*) AS count FROM sqlite_schema WHERE type = 'table'").get()).toEqual({ count: 0 });
      migrate(database, { targetVersion: 10 });
      const listed = database.prepare("SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as Array<{ name: string; strict: number }>;
      expect(listed.map((row) => row.name)).toEqual(tables);
      expect(listed.every((row) => row.strict === 1)).toBe(true);
      expect(columnsOf(database, 'articles')).toEqual([
        'id', 'headline', 'sapo', 'source_prefix', 'body_json', 'plain_text', 'word_count', 'status', 'category_id', 'version', 'created_at', 'updated_at', 'trashed_at',
      ]);
      expect(columnsOf(database, 'media')).toEqual(['hash', 'mime', 'size', 'width', 'height', 'file_name', 'data', 'created_at']);
      const indexes = (database.prepare("SELECT name FROM pragma_index_list('articles') ORDER BY name").all() as Array<{ name: string }>).map((row) => row.name);
      expect(indexes).toEqual(expect.arrayContaining(['articles_by_status_updated', 'articles_by_trashed_updated']));
    } finally {
      database.close();
    }
  });

  it('enforces statuses, revision kinds, types and references', () => {
    const database = migratedTo(10);
    const insertArticle = database.prepare(
      "INSERT INTO articles (headline, body_json, status, category_id, created_at, updated_at) VALUES (?, '{}', ?, ?, 'now', 'now')",
    );
    try {
      const id = Number(insertArticle.run('Tin', 'draft', null).lastInsertRowid);
      expect(() => insertArticle.run('Tin', 'published', null)).toThrow(/CHECK constraint/);
      expect(() => insertArticle.run('Tin', 'draft', 42)).toThrow(/FOREIGN KEY/);
      expect(() => insertArticle.run(Buffer.from('Tin'), 'draft', null)).toThrow(/cannot store BLOB value in TEXT column/);
      const insertRevision = database.prepare(
        "INSERT INTO article_revisions (article_id, article_version, kind, headline, sapo, source_prefix, body_json, status, word_count, created_at, updated_at) VALUES (?, 1, ?, '', '', '', '{}', 'draft', 0, 'now', 'now')",
      );
      insertRevision.run(id, 'autosave');
      expect(() => insertRevision.run(id, 'manual')).toThrow(/CHECK constraint/);
      expect(() => database.prepare("INSERT INTO settings (key, value) VALUES ('language', 'not json')").run()).toThrow(/CHECK constraint/);
      database.prepare('DELETE FROM articles WHERE id = ?').run(id);
      expect(database.prepare('SELECT count(*) AS count FROM article_revisions').get()).toEqual({ count: 0 });
    } finally {
      database.close();
    }
  });
});

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSearchService } from '../../../../../../electron/backend/search/search-service';
import { type Database, openDatabase, readSchemaVersion } from '../../../../../../electron/backend/store/database';
import { migrate } from '../../../../../../electron/backend/store/migrations/runner';
import { Queries } from '../../../../../../electron/backend/store/sql';
import { backendFixture } from '../../backend-fixture';

describe('migration 0040-deferred-search-data', () => {
  const fixture = backendFixture();

  function migratedTo(version: number): Database {
    const database = openDatabase(path.join(fixture.folder(), 'newsdesk.sqlite'));
    migrate(database, { targetVersion: version });
    return database;
  }

  const columnsOf = (database: Database, table: string) =>
    (database.prepare('SELECT name FROM pragma_table_info(?) ORDER BY cid').all(table) as Array<{ name: string }>).map((row) => row.name);

  it('moves each article plain text to article_plain_texts, keeping everything else, and adds an empty queue', () => {
    const database = migratedTo(30);
    try {
      const insert = database.prepare(
        "INSERT INTO articles (headline, sapo, body_json, plain_text, word_count, trashed_at, created_at, updated_at) VALUES (?, '', '{\"type\":\"doc\"}', ?, 3, ?, '2024-03-29T08:00:00.000Z', '2024-03-29T08:00:00.000Z')",
      );
      const live = Number(insert.run('Hội nghị Thành ủy', 'Đảng ủy phường họp.', null).lastInsertRowid);
      const trashed = Number(insert.run('Tin cũ', 'Đảng ủy xã.', '2024-03-30T08:00:00.000Z').lastInsertRowid);
      database.prepare("INSERT INTO articles_fts (rowid, headline, sapo, body, bylines) VALUES (?, 'hoi nghi thanh uy', '', 'dang uy phuong hop.', '')").run(live);
      const before = database.prepare('SELECT id, headline, sapo, body_json, word_count, version, trashed_at FROM articles ORDER BY id').all();

      migrate(database, { targetVersion: 40 });
      expect(readSchemaVersion(database)).toBe(40);
      expect(columnsOf(database, 'articles')).not.toContain('plain_text');
      expect(database.prepare('SELECT id, headline, sapo, body_json, word_count, version, trashed_at FROM articles ORDER BY id').all()).toEqual(before);
      expect(database.prepare('SELECT article_id, plain_text FROM article_plain_texts ORDER BY article_id').all()).toEqual([
        { article_id: live, plain_text: 'Đảng ủy phường họp.' },
        { article_id: trashed, plain_text: 'Đảng ủy xã.' },
      ]);
      expect(database.prepare('SELECT count(*) AS queued FROM search_index_queue').get()).toEqual({ queued: 0 });

      // Today's search reads the index of migration 0140 too.
      migrate(database);
      const search = createSearchService({ queries: new Queries(database) });
      const hits = search.articles({ query: 'dang uy' }).results;
      expect(hits.map((hit) => [hit.id, hit.snippet.map((part) => part.text).join('')])).toEqual([[live, 'Đảng ủy phường họp.']]);
    } finally {
      database.close();
    }
  });

  it('ties plain texts and queue entries to their article', () => {
    const database = migratedTo(40);
    try {
      const id = Number(
        database.prepare("INSERT INTO articles (body_json, created_at, updated_at) VALUES ('{\"type\":\"doc\"}', 'now', 'now')").run().lastInsertRowid,
      );
      database.prepare("INSERT INTO article_plain_texts (article_id, plain_text) VALUES (?, 'x')").run(id);
      database.prepare('INSERT INTO search_index_queue (article_id) VALUES (?)').run(id);
      expect(() => database.prepare('INSERT INTO search_index_queue (article_id) VALUES (?)').run(id + 1)).toThrow(/FOREIGN KEY/);
      expect(() => database.prepare("INSERT INTO article_plain_texts (article_id, plain_text) VALUES (?, 'y')").run(id + 1)).toThrow(/FOREIGN KEY/);
      database.prepare('DELETE FROM articles WHERE id = ?').run(id);
      expect(database.prepare('SELECT (SELECT count(*) FROM article_plain_texts) AS texts, (SELECT count(*) FROM search_index_queue) AS queued').get()).toEqual({ texts: 0, queued: 0 });
    } finally {
      database.close();
    }
  });
});

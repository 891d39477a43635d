import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSearchService } from '../../../../../../electron/backend/search/search-service';
import { type Database, openDatabase, readSchemaVersion } from '../../../../../../electron/backend/store/database';
import { migrate } from '../../../../../../electron/backend/store/migrations/runner';
import { Queries } from '../../../../../../electron/backend/store/sql';
import { backendFixture } from '../../backend-fixture';

describe('migration 0020-search-index', () => {
  const fixture = backendFixture();

  function migratedTo(version: number): Database {
    const database = openDatabase(path.join(fixture.folder(), 'newsdesk.sqlite'));
    migrate(database, { targetVersion: version });
    return database;
  }

  function seed(database: Database) {
    const insertArticle = database.prepare(
      "INSERT INTO articles (headline, sapo, body_json, plain_text, trashed_at, created_at, updated_at) VALUES (?, ?, '{}', ?, ?, '2024-03-29T08:00:00.000Z', '2024-03-29T08:00:00.000Z')",
    );
    const live = Number(insertArticle.run('Hội nghị Thành ủy', 'Chiều 3/6, Quận ủy Quận 3 họp.', 'Đảng ủy phường.', null).lastInsertRowid);
    const trashed = Number(insertArticle.run('Hội nghị cũ', '', 'Đảng ủy xã.', '2024-03-30T08:00:00.000Z').lastInsertRowid);
    const authorId = Number(database.prepare("INSERT INTO authors (name, pen_name, created_at, updated_at) VALUES ('Hồng Ngọc', 'Ngọc Hà', 'now', 'now')").run().lastInsertRowid);
    database.prepare('INSERT INTO article_bylines (article_id, author_id, position) VALUES (?, ?, 0)').run(live, authorId);
    return { live, trashed };
  }

  const matches = (database: Database, expression: string) =>
    (database.prepare('SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rowid').all(expression) as Array<{ rowid: number }>).map((row) => row.rowid);

  it('creates the index and indexes the folded text of existing articles, leaving out the trash', () => {
    const database = migratedTo(10);
    try {
      const { live } = seed(database);
      expect(database.prepare("SELECT count(*) AS count FROM sqlite_schema WHERE name = 'articles_fts'").get()).toEqual({ count: 0 });

      migrate(database, { targetVersion: 20 });
      expect(readSchemaVersion(database)).toBe(20);
      const indexes = (database.prepare("SELECT name FROM pragma_index_list('articles')").all() as Array<{ name: string }>).map((row) => row.name);
      expect(indexes).toContain('articles_by_category_updated');
      expect(matches(database, '"hoi nghi"')).toEqual([live]);
      expect(matches(database, 'headline : "thanh uy"')).toEqual([live]);
      expect(matches(database, 'sapo : "quan uy quan 3"')).toEqual([live]);
      expect(matches(database, 'body : "dang uy"')).toEqual([live]);
      expect(matches(database, 'bylines : "hong ngoc"')).toEqual([live]);
      expect(matches(database, 'bylines : "ngoc ha"')).toEqual([live]);
      expect(matches(database, '"xa"')).toEqual([]);
      expect(matches(database, '"ng" *')).toEqual([live]);

      // Today's search service reads today's schema (snippets come from article_plain_texts since 0040).
      migrate(database);
      const search = createSearchService({ queries: new Queries(database) });
      expect(search.articles({ query: 'Đảng ủy' }).results.map((hit) => hit.id)).toEqual([live]);
    } finally {
      database.close();
    }
  });

  it('stores no copy of the text (contentless) and lets an entry be replaced by rowid', () => {
    const database = migratedTo(20);
    try {
      const { live } = seed(database);
      const create = database.prepare("SELECT sql FROM sqlite_schema WHERE name = 'articles_fts'").get() as { sql: string };
      expect(create.sql).toMatch(/content = ''/);
      expect(create.sql).toMatch(/remove_diacritics 2/);
      database.prepare('INSERT INTO articles_fts (rowid, headline, sapo, body, bylines) VALUES (?, ?, ?, ?, ?)').run(live, 'a', 'b', 'c', 'd');
      database.prepare('DELETE FROM articles_fts WHERE rowid = ?').run(live);
      expect(matches(database, '"a"')).toEqual([]);
      database.prepare("INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')").run();
    } finally {
      database.close();
    }
  });
});

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSearchService } from '../../../../../../electron/backend/search/search-service';
import { type Database, openDatabase, readSchemaVersion } from '../../../../../../electron/backend/store/database';
import { migrate } from '../../../../../../electron/backend/store/migrations/runner';
import { Queries } from '../../../../../../electron/backend/store/sql';
import { call, backendFixture } from '../../backend-fixture';

describe('migration 0140-headline-lead-index', () => {
  const fixture = backendFixture();

  /** A database of schema 110 with two live articles and a trashed one, indexed as the code of its day did. */
  function seededAt110(databasePath = path.join(fixture.folder(), 'newsdesk.sqlite')): { database: Database; inBody: number; inHeadline: number; trashed: number } {
    const database = openDatabase(databasePath);
    migrate(database, { targetVersion: 110 });
    const insertArticle = database.prepare(
      "INSERT INTO articles (headline, sapo, body_json, trashed_at, created_at, updated_at) VALUES (?, ?, '{\"type\":\"doc\"}', ?, '2024-03-29T08:00:00.000Z', '2024-03-29T08:00:00.000Z')",
    );
    const insertText = database.prepare('INSERT INTO article_plain_texts (article_id, plain_text) VALUES (?, ?)');
    const insertEntry = database.prepare('INSERT INTO articles_fts (rowid, headline, sapo, body, bylines) VALUES (?, ?, ?, ?, ?)');
    const add = (headline: string, sapo: string, body: string, folded: [string, string, string], trashedAt: string | null) => {
      const id = Number(insertArticle.run(headline, sapo, trashedAt).lastInsertRowid);
      insertText.run(id, body);
      if (trashedAt === null) insertEntry.run(id, ...folded, '');
      return id;
    };
    const inHeadline = add('Đảng ủy phường họp', 'Chiều 3/6.', 'Nội dung.', ['dang uy phuong hop', 'chieu 3/6.', 'noi dung.'], null);
    const inBody = add('Tin tức', 'Sáng nay.', 'Đảng ủy phường họp.', ['tin tuc', 'sang nay.', 'dang uy phuong hop.'], null);
    const trashed = add('Đảng ủy xã', '', '', ['dang uy xa', '', ''], '2024-03-30T08:00:00.000Z');
    return { database, inBody, inHeadline, trashed };
  }

  const headMatches = (database: Database, expression: string) =>
    (database.prepare('SELECT rowid FROM articles_head_fts WHERE articles_head_fts MATCH ? ORDER BY rowid').all(expression) as Array<{ rowid: number }>).map((row) => row.rowid);

  it('indexes the folded headline and lead of every live article, and search ranks with it', () => {
    const { database, inBody, inHeadline } = seededAt110();
    try {
      expect(database.prepare("SELECT count(*) AS count FROM sqlite_schema WHERE name = 'articles_head_fts'").get()).toEqual({ count: 0 });
      migrate(database, { targetVersion: 140 });
      expect(readSchemaVersion(database)).toBe(140);
      const create = database.prepare("SELECT sql FROM sqlite_schema WHERE name = 'articles_head_fts'").get() as { sql: string };
      expect(create.sql).toMatch(/content = ''/);
      expect(create.sql).toMatch(/remove_diacritics 2/);
      expect(headMatches(database, 'headline : "dang uy"')).toEqual([inHeadline]);
      expect(headMatches(database, 'sapo : "sang nay"')).toEqual([inBody]);
      expect(headMatches(database, '"noi dung"')).toEqual([]);
      expect(headMatches(database, '"xa"')).toEqual([]);
      database.prepare("INSERT INTO articles_head_fts (articles_head_fts) VALUES ('integrity-check')").run();

      // The newer article matches in its body only: the headline match comes first.
      const search = createSearchService({ queries: new Queries(database) });
      expect(search.articles({ query: 'đảng ủy' }).results.map((hit) => hit.id)).toEqual([inHeadline, inBody]);
    } finally {
      database.close();
    }
  });

  it('upgrades a database of the old index when the backend opens it, and search works on it', async () => {
    const databasePath = path.join(fixture.folder(), 'newsdesk.sqlite');
    const { database, inBody, inHeadline } = seededAt110(databasePath);
    database.close();
    const backend = fixture.open({ databasePath });
    expect(readSchemaVersion(backend.database)).toBeGreaterThanOrEqual(140);
    const result = await call(backend, 'search.articles', { query: 'dang uy phuong' });
    expect(result.total).toBe(2);
    expect(result.results.map((hit) => hit.id)).toEqual([inHeadline, inBody]);
  });
});

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Database, openDatabase, readSchemaVersion } from '../../../../../../electron/backend/store/database';
import { migrate } from '../../../../../../electron/backend/store/migrations/runner';
import { call, backendFixture } from '../../backend-fixture';

describe('migration 0150-author-search-tokens', () => {
  const fixture = backendFixture();

  interface Seeded {
    database: Database;
    byHong: number;
    byBoth: number;
    withoutPlainText: number;
    trashed: number;
  }

  /** A database of schema 140 with bylines, indexed as the code of its day did. */
  function seededAt140(databasePath = path.join(fixture.folder(), 'newsdesk.sqlite')): Seeded {
    const database = openDatabase(databasePath);
    migrate(database, { targetVersion: 140 });
    const insertAuthor = database.prepare("INSERT INTO authors (name, pen_name, created_at, updated_at) VALUES (?, ?, 'now', 'now')");
    const hong = Number(insertAuthor.run('Hồng Ngọc', null).lastInsertRowid);
    const minh = Number(insertAuthor.run('Trần Minh', 'Minh An').lastInsertRowid);
    const insertArticle = database.prepare(
      "INSERT INTO articles (headline, sapo, body_json, trashed_at, created_at, updated_at) VALUES (?, ?, '{\"type\":\"doc\"}', ?, '2024-03-29T08:00:00.000Z', '2024-03-29T08:00:00.000Z')",
    );
    const insertText = database.prepare('INSERT INTO article_plain_texts (article_id, plain_text) VALUES (?, ?)');
    const insertByline = database.prepare("INSERT INTO article_bylines (article_id, author_id, position, role) VALUES (?, ?, ?, 'writer')");
    const insertEntry = database.prepare('INSERT INTO articles_fts (rowid, headline, sapo, body, bylines) VALUES (?, ?, ?, ?, ?)');
    const add = (headline: string, body: string | null, authors: number[], trashedAt: string | null = null) => {
      const id = Number(insertArticle.run(headline, 'Sáng nay.', trashedAt).lastInsertRowid);
      if (body !== null) insertText.run(id, body);
      authors.forEach((author, position) => insertByline.run(id, author, position));
      if (trashedAt === null) insertEntry.run(id, headline.toLowerCase(), 'sang nay.', body ?? '', '');
      return id;
    };
    const byHong = add('Hội nghị phường', 'Đảng ủy phường họp.', [hong]);
    const byBoth = add('Hội nghị quận', 'Đảng ủy quận họp \uE000a2 giữa kỳ.', [minh, hong]);
    const withoutPlainText = add('Hội nghị xã', null, [minh]);
    const trashed = add('Hội nghị cũ', 'Đảng ủy họp.', [hong], '2024-03-30T08:00:00.000Z');
    return { database, byHong, byBoth, withoutPlainText, trashed };
  }

  const matches = (database: Database, expression: string) =>
    (database.prepare('SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rowid').all(expression) as Array<{ rowid: number }>).map((row) => row.rowid);
  const headMatches = (database: Database, expression: string) =>
    (database.prepare('SELECT rowid FROM articles_head_fts WHERE articles_head_fts MATCH ? ORDER BY rowid').all(expression) as Array<{ rowid: number }>).map((row) => row.rowid);

  it("indexes every live article again with its authors' tokens, and queues one without plain text", () => {
    const { database, byHong, byBoth, withoutPlainText } = seededAt140();
    try {
      migrate(database, { targetVersion: 150 });
      expect(readSchemaVersion(database)).toBe(150);
      const create = database.prepare("SELECT sql FROM sqlite_schema WHERE name = 'articles_fts'").get() as { sql: string };
      expect(create.sql).toMatch(/headline, sapo, body, bylines, authors/);
      const createHead = database.prepare("SELECT sql FROM sqlite_schema WHERE name = 'articles_head_fts'").get() as { sql: string };
      expect(createHead.sql).toMatch(/headline, sapo, authors/);
      expect(headMatches(database, '"\uE000a1"')).toEqual([byHong, byBoth]);
      expect(headMatches(database, 'headline : "hoi nghi" AND "\uE000a2"')).toEqual([byBoth, withoutPlainText]);
      expect(create.sql).toMatch(/content = ''/);
      expect(create.sql).toMatch(/remove_diacritics 2/);
      expect(matches(database, '"\uE000a1"')).toEqual([byHong, byBoth]);
      expect(matches(database, '"\uE000a2"')).toEqual([byBoth, withoutPlainText]);
      // Folded text, the bylines' names and pen names, as before.
      expect(matches(database, '"dang uy" AND "hoi nghi"')).toEqual([byHong, byBoth]);
      expect(matches(database, 'bylines : "minh an"')).toEqual([byBoth, withoutPlainText]);
      // The reserved mark in an article's text is a separator: the body cannot hold an author's token.
      expect(matches(database, 'body : "a2 giua"')).toEqual([byBoth]);
      expect(matches(database, 'body : "\uE000a2"')).toEqual([]);
      expect(database.prepare('SELECT article_id FROM search_index_queue').all()).toEqual([{ article_id: withoutPlainText }]);
      database.prepare("INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')").run();
      database.prepare("INSERT INTO articles_head_fts (articles_head_fts) VALUES ('integrity-check')").run();
    } finally {
      database.close();
    }
  });

  it('upgrades a database when the backend opens it, and the author filter works on it', async () => {
    const databasePath = path.join(fixture.folder(), 'newsdesk.sqlite');
    const { database, byHong, byBoth, withoutPlainText } = seededAt140(databasePath);
    database.close();
    const backend = fixture.open({ databasePath });
    expect(readSchemaVersion(backend.database)).toBeGreaterThanOrEqual(150);
    const found = async (authorId: number) => (await call(backend, 'search.articles', { query: 'hội nghị', authorId })).results.map((hit) => hit.id).sort((left, right) => left - right);
    expect(await found(1)).toEqual([byHong, byBoth]);
    expect(await found(2)).toEqual([byBoth, withoutPlainText]);
    expect(await found(3)).toEqual([]);
  });
});

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Database, openDatabase, readSchemaVersion } from '../../../../../../electron/backend/store/database';
import { migrate } from '../../../../../../electron/backend/store/migrations/runner';
import { backendFixture } from '../../backend-fixture';

const revisionColumns = 'id, article_id, article_version, kind, headline, sapo, source_prefix, body_json, status, word_count, created_at, updated_at, pending';
const snapshotColumns = 'id, article_id, kind, pending, created_at, article_version, headline, sapo, source_prefix, body_json, status, word_count, updated_at';

describe('migration 0070-bylines', () => {
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
    const insertAuthor = database.prepare("INSERT INTO authors (name, pen_name, created_at, updated_at) VALUES (?, ?, '2024-03-29T08:00:00.000Z', '2024-03-29T08:00:00.000Z')");
    const ngoc = Number(insertAuthor.run('Hồng Ngọc', null).lastInsertRowid);
    const huy = Number(insertAuthor.run('Quang Huy', 'Q.H').lastInsertRowid);
    database.prepare("INSERT INTO article_bylines (article_id, author_id, position, role) VALUES (?, ?, 0, 'author')").run(first, ngoc);
    database.prepare("INSERT INTO article_bylines (article_id, author_id, position, role) VALUES (?, ?, 1, 'photographer')").run(first, huy);
    const insertRevision = database.prepare(
      `INSERT INTO article_revisions (article_id, article_version, kind, headline, sapo, source_prefix, body_json, status, word_count, created_at, updated_at, pending)
       VALUES (?, ?, ?, ?, 'Sapo', '', ?, 'draft', 2, '2024-03-29T08:00:00.000Z', '2024-03-29T08:00:00.000Z', ?)`,
    );
    insertRevision.run(first, 1, 'create', 'Bản 1', '{"type":"doc"}', 0);
    insertRevision.run(first, 2, 'tone-style', 'Bản 2', '{"type":"doc"}', 0);
    insertRevision.run(first, 3, 'autosave', '', '', 1);
    return { first, ngoc, huy };
  }

  const schemaOf = (database: Database, name: string) =>
    (database.prepare('SELECT sql FROM sqlite_schema WHERE name = ?').get(name) as { sql: string } | undefined)?.sql;

  it('keeps every article, author, byline and revision, adding the new columns with their defaults', () => {
    const database = migratedTo(50);
    try {
      const { first, ngoc, huy } = seed(database);
      const revisionsBefore = database.prepare(`SELECT ${revisionColumns} FROM article_revisions ORDER BY id`).all();
      const snapshotsBefore = database.prepare(`SELECT ${snapshotColumns} FROM revision_snapshots ORDER BY id`).all();
      const authorsBefore = database.prepare('SELECT * FROM authors ORDER BY id').all() as object[];
      const articlesBefore = database.prepare('SELECT * FROM articles ORDER BY id').all() as object[];
      const indexBefore = schemaOf(database, 'article_revisions_by_article');

      migrate(database, { targetVersion: 70 });
      expect(readSchemaVersion(database)).toBe(70);
      expect(database.prepare(`SELECT ${revisionColumns} FROM article_revisions ORDER BY id`).all()).toEqual(revisionsBefore);
      expect(database.prepare(`SELECT ${snapshotColumns} FROM revision_snapshots ORDER BY id`).all()).toEqual(snapshotsBefore);
      expect(database.prepare('SELECT * FROM authors ORDER BY id').all()).toEqual(authorsBefore.map((row) => ({ ...row, role: 'reporter', active: 1 })));
      expect(database.prepare('SELECT * FROM articles ORDER BY id').all()).toEqual(articlesBefore.map((row) => ({ ...row, byline_team: 0, byline_source: '' })));
      expect(schemaOf(database, 'article_revisions_by_article')).toBe(indexBefore);
      // The old 'author' role is now 'writer'; other roles are kept.
      expect(database.prepare('SELECT author_id, position, role FROM article_bylines ORDER BY position').all()).toEqual([
        { author_id: ngoc, position: 0, role: 'writer' },
        { author_id: huy, position: 1, role: 'photographer' },
      ]);
      // Snapshots taken before have no bylines; the pending one reads its article's.
      const bylines = database.prepare('SELECT id, bylines_json FROM revision_snapshots ORDER BY id').all() as { id: number; bylines_json: string | null }[];
      expect(bylines.slice(0, 2).map((row) => row.bylines_json)).toEqual([null, null]);
      expect(JSON.parse(bylines[2]!.bylines_json!)).toEqual({
        authors: [
          { authorId: ngoc, role: 'writer' },
          { authorId: huy, role: 'photographer' },
        ],
        team: false,
        source: '',
      });
      database.prepare("UPDATE articles SET byline_team = 1, byline_source = 'TTXVN' WHERE id = ?").run(first);
      database.prepare('DELETE FROM article_bylines WHERE article_id = ?').run(first);
      expect(JSON.parse((database.prepare('SELECT bylines_json FROM revision_snapshots WHERE id = 3').get() as { bylines_json: string }).bylines_json)).toEqual({
        authors: [],
        team: true,
        source: 'TTXVN',
      });
      expect(database.prepare('PRAGMA integrity_check').get()).toEqual({ integrity_check: 'ok' });
    } finally {
      database.close();
    }
  });

  it('refuses bad roles, activities, team flags and byline JSON', () => {
    const database = migratedTo(50);
    try {
      const { first } = seed(database);
      migrate(database, { targetVersion: 70 });
      const author = (role: string, active: number) =>
        database.prepare("INSERT INTO authors (name, role, active, created_at, updated_at) VALUES ('X', ?, ?, 'now', 'now')").run(role, active);
      expect(() => author('photographer', 0)).not.toThrow();
      expect(() => author('writer', 1)).toThrow(/CHECK constraint/);
      expect(() => author('editor', 2)).toThrow(/CHECK constraint/);
      expect(() => database.prepare('UPDATE articles SET byline_team = 2 WHERE id = ?').run(first)).toThrow(/CHECK constraint/);
      expect(() => database.prepare("UPDATE article_revisions SET bylines_json = '{' WHERE id = 1").run()).toThrow(/CHECK constraint/);
    } finally {
      database.close();
    }
  });
});

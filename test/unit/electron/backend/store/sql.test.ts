import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../../electron/backend/store/database';
import { Queries, sql } from '../../../../../electron/backend/store/sql';
import { backendFixture } from '../backend-fixture';

describe('sql', () => {
  it('turns every interpolated value into a parameter', () => {
    const id = 7;
    const name = "Robert'); DROP TABLE articles;--";
    expect(sql`SELECT * FROM articles WHERE id = ${id} AND headline = ${name}`).toEqual([
      'SELECT * FROM articles WHERE id = ? AND headline = ?',
      [7, name],
    ]);
  });
});

describe('Queries', () => {
  const fixture = backendFixture();

  it('binds values, never splicing them, and prepares each query text once', () => {
    const database = openDatabase(path.join(fixture.folder(), 'queries.sqlite'));
    try {
      const queries = new Queries(database);
      queries.run(sql`CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL) STRICT`);
      const hostile = "x'); DROP TABLE notes; --";
      queries.run(sql`INSERT INTO notes (text) VALUES (${hostile})`);
      queries.run(sql`INSERT INTO notes (text) VALUES (${'Thành ủy'})`);
      expect(queries.all<{ text: string }>(sql`SELECT text FROM notes ORDER BY id`).map((row) => row.text)).toEqual([hostile, 'Thành ủy']);
      expect(queries.statement('SELECT 1')).toBe(queries.statement('SELECT 1'));
      expect(queries.get(sql`SELECT text FROM notes WHERE id = ${99}`)).toBeUndefined();
    } finally {
      database.close();
    }
  });

  it('rolls a transaction back when the work throws', () => {
    const database = openDatabase(path.join(fixture.folder(), 'queries.sqlite'));
    try {
      const queries = new Queries(database);
      queries.run(sql`CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL) STRICT`);
      expect(() =>
        queries.transaction(() => {
          queries.run(sql`INSERT INTO notes (text) VALUES (${'a'})`);
          throw new Error('stop');
        }),
      ).toThrow('stop');
      expect(queries.get<{ count: number }>(sql`SELECT count(*) AS count FROM notes`)?.count).toBe(0);
    } finally {
      database.close();
    }
  });
});

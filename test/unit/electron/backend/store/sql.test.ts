import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../../../../../electron/backend/store/database';
import { Queries, sql, sqlFragment, sqlJoin } from '../../../../../electron/backend/store/sql';
import { backendFixture } from '../backend-fixture';

describe('sql', () => {
  it('turns every interpolated value into a parameter', () => {
    const id = 7;
    const name = "Robert'); DROP TABLE articles;--";
    const query = sql`SELECT * FROM articles WHERE id = ${id} AND headline = ${name}`;
    expect(query.text).toBe('SELECT * FROM articles WHERE id = ? AND headline = ?');
    expect(query.parameters).toEqual([7, name]);
  });

  it('gives the same text for every call of one template', () => {
    const byId = (id: number) => sql`SELECT * FROM articles WHERE id = ${id}`;
    expect(byId(1).text).toBe(byId(2).text);
    expect(byId(2).parameters).toEqual([2]);
  });

  it('splices a fragment in place, with its parameters in order among the others', () => {
    const status = sqlFragment`status = ${'draft'} AND category_id = ${3}`;
    const query = sql`SELECT id FROM articles WHERE id > ${10} AND ${status} LIMIT ${20}`;
    expect(query.text).toBe('SELECT id FROM articles WHERE id > ? AND status = ? AND category_id = ? LIMIT ?');
    expect(query.parameters).toEqual([10, 'draft', 3, 20]);
  });

  it('chooses keywords from fixed fragments, and splices an empty fragment as nothing', () => {
    const list = (ascending: boolean, status?: string) => {
      const direction = ascending ? sqlFragment`ASC` : sqlFragment`DESC`;
      const withStatus = status === undefined ? sqlFragment`` : sqlFragment` AND status = ${status}`;
      return sql`SELECT id FROM articles WHERE trashed_at IS NULL${withStatus} ORDER BY updated_at ${direction}, id ${direction} LIMIT ${5}`;
    };
    expect(list(true).text).toBe('SELECT id FROM articles WHERE trashed_at IS NULL ORDER BY updated_at ASC, id ASC LIMIT ?');
    expect(list(true).parameters).toEqual([5]);
    const filtered = list(false, 'approved');
    expect(filtered.text).toBe('SELECT id FROM articles WHERE trashed_at IS NULL AND status = ? ORDER BY updated_at DESC, id DESC LIMIT ?');
    expect(filtered.parameters).toEqual(['approved', 5]);
  });

  it('nests fragments in fragments, keeping every parameter in its place', () => {
    const inner = sqlFragment`author_id = ${4}`;
    const middle = sqlFragment`SELECT article_id FROM article_bylines WHERE ${inner} AND position < ${2}`;
    const outer = sqlFragment`id IN (${middle}) AND status = ${'draft'}`;
    const query = sql`SELECT id FROM articles WHERE version > ${1} AND ${outer} ORDER BY id LIMIT ${9}`;
    expect(query.text).toBe(
      'SELECT id FROM articles WHERE version > ? AND id IN (SELECT article_id FROM article_bylines WHERE author_id = ? AND position < ?) AND status = ? ORDER BY id LIMIT ?',
    );
    expect(query.parameters).toEqual([1, 4, 2, 'draft', 9]);
  });
});

describe('sqlJoin', () => {
  it('joins values as parameters with commas', () => {
    const query = sql`SELECT id FROM articles WHERE id IN (${sqlJoin([3, 1, 2])})`;
    expect(query.text).toBe('SELECT id FROM articles WHERE id IN (?, ?, ?)');
    expect(query.parameters).toEqual([3, 1, 2]);
  });

  it('joins fragments with a fragment between them, separators carrying their own parameters', () => {
    const selects = [sqlFragment`SELECT id FROM articles WHERE status = ${'draft'}`, sqlFragment`SELECT article_id FROM article_bylines WHERE author_id = ${7}`];
    const joined = sqlJoin(selects, sqlFragment` INTERSECT `);
    const query = sql`SELECT rowid FROM articles_fts WHERE articles_fts MATCH ${'"a"'} AND +rowid IN (${joined}) LIMIT ${10}`;
    expect(query.text).toBe(
      'SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? AND +rowid IN (SELECT id FROM articles WHERE status = ? INTERSECT SELECT article_id FROM article_bylines WHERE author_id = ?) LIMIT ?',
    );
    expect(query.parameters).toEqual(['"a"', 'draft', 7, 10]);

    const withParameter = sqlJoin([sqlFragment`a = ${1}`, sqlFragment`b = ${2}`], sqlFragment` OR x = ${0} OR `);
    expect(withParameter.text).toBe('a = ? OR x = ? OR b = ?');
    expect(withParameter.parameters).toEqual([1, 0, 2]);
  });

  it('mixes values and fragments, and joins nothing to an empty fragment', () => {
    const mixed = sqlJoin([1, sqlFragment`abs(${-2})`, null]);
    expect(mixed.text).toBe('?, abs(?), ?');
    expect(mixed.parameters).toEqual([1, -2, null]);
    const empty = sqlJoin([]);
    expect(empty.text).toBe('');
    expect(empty.parameters).toEqual([]);
  });
});

describe('what the type checker refuses', () => {
  it('runs only what sql builds: no string, tuple, object or fragment (checked by tsc, never run)', () => {
    const refused = (queries: Queries) => {
      // @ts-expect-error a query text is not a query
      queries.get('SELECT 1');
      // @ts-expect-error a [text, parameters] tuple is not a query
      queries.all(['SELECT ?', [1]]);
      // @ts-expect-error an object shaped like a query is not one
      queries.run({ text: 'SELECT 1', parameters: [] });
      // @ts-expect-error a fragment is not a whole query
      queries.get(sqlFragment`SELECT 1`);
      // @ts-expect-error a whole query is not a fragment to splice
      queries.get(sql`SELECT * FROM (${sql`SELECT 1`})`);
      // @ts-expect-error a string is a value, never a separator
      sqlJoin([1, 2], ' AND ');
      return queries.get(sql`SELECT 1`);
    };
    expect(typeof refused).toBe('function');
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
      const prepare = vi.spyOn(database, 'prepare');
      queries.run(sql`INSERT INTO notes (text) VALUES (${hostile})`);
      queries.run(sql`INSERT INTO notes (text) VALUES (${'Thành ủy'})`);
      expect(prepare).toHaveBeenCalledTimes(1);
      expect(queries.all<{ text: string }>(sql`SELECT text FROM notes ORDER BY id`).map((row) => row.text)).toEqual([hostile, 'Thành ủy']);
      expect(queries.get(sql`SELECT text FROM notes WHERE id = ${99}`)).toBeUndefined();
      const byIds = (ids: number[]) => queries.all<{ id: number }>(sql`SELECT id FROM notes WHERE id IN (${sqlJoin(ids)}) ORDER BY id`);
      expect(byIds([2, 1]).map((row) => row.id)).toEqual([1, 2]);
      prepare.mockClear();
      expect(byIds([1, 3]).map((row) => row.id)).toEqual([1]);
      expect(prepare).not.toHaveBeenCalled();
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

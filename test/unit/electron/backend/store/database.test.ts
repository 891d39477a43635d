import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../../../shared/api/errors';
import {
  openDatabase,
  pragmaProblems,
  readPragmas,
  requiredPragmas,
  runIntegrityCheck,
  runQuickCheck,
} from '../../../../../electron/backend/store/database';
import { backendFixture } from '../backend-fixture';

function expectStorageError(work: () => unknown, fileName: string): ApiError {
  try {
    work();
  } catch (error) {
    expect(error).toBeInstanceOf(ApiError);
    const apiError = error as ApiError;
    expect(apiError.code).toBe('storage');
    expect(apiError.message).toContain(fileName);
    return apiError;
  }
  throw new Error('expected a storage error');
}

describe('openDatabase', () => {
  const fixture = backendFixture();

  it('creates the file and its missing folders', () => {
    const databasePath = path.join(fixture.folder(), 'a', 'b', 'newsdesk.sqlite');
    const database = openDatabase(databasePath);
    database.close();
    expect(fs.existsSync(databasePath)).toBe(true);
  });

  it('sets every required pragma and reads it back', () => {
    const database = openDatabase(path.join(fixture.folder(), 'newsdesk.sqlite'));
    try {
      expect(readPragmas(database)).toEqual({ journal_mode: 'wal', synchronous: 2, foreign_keys: 1, busy_timeout: 5000, trusted_schema: 0 });
      expect(pragmaProblems(readPragmas(database))).toEqual([]);
    } finally {
      database.close();
    }
  });

  it('sets the pragmas again on every open, since SQLite keeps only journal_mode in the file', () => {
    const databasePath = path.join(fixture.folder(), 'newsdesk.sqlite');
    openDatabase(databasePath).close();
    const plain = new BetterSqlite3(databasePath);
    // better-sqlite3's own build defaults to NORMAL under WAL, and trusts the schema.
    expect(plain.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(plain.pragma('synchronous', { simple: true })).toBe(1);
    expect(plain.pragma('trusted_schema', { simple: true })).toBe(1);
    plain.close();
    const reopened = openDatabase(databasePath);
    try {
      expect(readPragmas(reopened)).toEqual(requiredPragmas);
    } finally {
      reopened.close();
    }
  });

  it('names every pragma that differs', () => {
    expect(pragmaProblems({ ...requiredPragmas, synchronous: 1, journal_mode: 'delete' })).toEqual([
      'journal_mode is delete, expected wal',
      'synchronous is 1, expected 2',
    ]);
  });

  it('refuses a file that is not SQLite, naming the file', () => {
    const databasePath = path.join(fixture.folder(), 'notes.sqlite');
    fs.writeFileSync(databasePath, 'Bài viết này không phải là cơ sở dữ liệu. '.repeat(200));
    const error = expectStorageError(() => openDatabase(databasePath), databasePath);
    expect(error.where).toBe(databasePath);
    expect(error.message).toMatch(/not a (usable SQLite )?database/);
  });

  it('refuses a damaged database that quick_check reports, and leaves it untouched', () => {
    const databasePath = path.join(fixture.folder(), 'damaged.sqlite');
    const setup = new BetterSqlite3(databasePath);
    setup.pragma('journal_mode = DELETE');
    setup.prepare('CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL)').run();
    setup.prepare('CREATE INDEX notes_by_text ON notes (text)').run();
    const insert = setup.prepare('INSERT INTO notes (text) VALUES (?)');
    setup.transaction(() => {
      for (let index = 0; index < 500; index += 1) insert.run(`ghi chú số ${index} `.repeat(10));
    })();
    const pageSize = Number(setup.pragma('page_size', { simple: true }));
    setup.close();
    const bytes = fs.readFileSync(databasePath);
    // Junk over the third page (a b-tree page) keeps the header valid but breaks the tree.
    bytes.fill(0x5a, pageSize * 2 + 8, pageSize * 3);
    fs.writeFileSync(databasePath, bytes);

    const error = expectStorageError(() => openDatabase(databasePath), databasePath);
    expect(error.message).toMatch(/damaged|malformed|not a database/);
    expect(fs.readFileSync(databasePath).equals(bytes)).toBe(true);
  });

  it('refuses a missing file when it must exist', () => {
    const databasePath = path.join(fixture.folder(), 'missing.sqlite');
    expectStorageError(() => openDatabase(databasePath, { mustExist: true }), databasePath);
    expect(fs.existsSync(databasePath)).toBe(false);
  });

  it('runs quick_check and integrity_check on a healthy database', () => {
    const database = openDatabase(path.join(fixture.folder(), 'newsdesk.sqlite'));
    try {
      expect(runQuickCheck(database)).toBe('ok');
      expect(runIntegrityCheck(database)).toBe('ok');
    } finally {
      database.close();
    }
  });
});

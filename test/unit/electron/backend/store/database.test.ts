import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../../../shared/api/errors';
import {
  checkFileHeader,
  openDatabase,
  pragmaProblems,
  quickCheckFile,
  readPragmas,
  requiredPragmas,
  runIntegrityCheck,
  runQuickCheck,
} from '../../../../../electron/backend/store/database';
import { migrate } from '../../../../../electron/backend/store/migrations/runner';
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

  /** A closed database of 500 indexed notes whose third page (a b-tree page) is junk: the header and the schema stay whole. */
  function databaseWithDamagedTable(): { databasePath: string; bytes: Buffer } {
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
    bytes.fill(0x5a, pageSize * 2 + 8, pageSize * 3);
    fs.writeFileSync(databasePath, bytes);
    return { databasePath, bytes };
  }

  it('opens a database whose tables are damaged without reading them (the check at open is cheap); quick_check finds the damage', () => {
    const { databasePath } = databaseWithDamagedTable();
    const database = openDatabase(databasePath);
    try {
      expect(runQuickCheck(database)).not.toBe('ok');
    } finally {
      database.close();
    }
  });

  it('quickCheckFile checks a file over a read-only connection of its own and reports damage as problems found', () => {
    const { databasePath, bytes } = databaseWithDamagedTable();
    expect(quickCheckFile(databasePath)).not.toBe('ok');
    expect(fs.readFileSync(databasePath).equals(bytes)).toBe(true);
    const healthy = path.join(fixture.folder(), 'healthy.sqlite');
    openDatabase(healthy).close();
    expect(quickCheckFile(healthy)).toBe('ok');
  });

  /** A real Newsdesk database, closed, as bytes to damage. */
  function newsdeskDatabase(): { databasePath: string; bytes: Buffer } {
    const databasePath = path.join(fixture.folder(), 'newsdesk.sqlite');
    const database = openDatabase(databasePath);
    migrate(database);
    database.pragma('wal_checkpoint(TRUNCATE)');
    database.close();
    return { databasePath, bytes: fs.readFileSync(databasePath) };
  }

  const damagedAtOpen: Record<string, (bytes: Buffer, pageSize: number) => Buffer> = {
    'a page size that is not a power of two': (bytes) => {
      bytes.writeUInt16BE(3000, 16);
      return bytes;
    },
    'garbled fixed header fields': (bytes) => {
      bytes.fill(0, 21, 24);
      return bytes;
    },
    'a file cut in the middle of a page': (bytes, pageSize) => bytes.subarray(0, bytes.length - Math.floor(pageSize / 2)),
    'a file shorter than its header says': (bytes, pageSize) => bytes.subarray(0, pageSize * 2),
    'a garbled schema page (page 1 after the header)': (bytes, pageSize) => {
      bytes.fill(0x5a, 100, pageSize);
      return bytes;
    },
  };

  for (const [damage, apply] of Object.entries(damagedAtOpen)) {
    it(`refuses at open ${damage}, as damage, and leaves the file as it was`, () => {
      const { databasePath, bytes } = newsdeskDatabase();
      const pageSize = bytes.readUInt16BE(16);
      const damaged = apply(Buffer.from(bytes), pageSize);
      fs.writeFileSync(databasePath, damaged);
      const error = expectStorageError(() => openDatabase(databasePath), databasePath);
      expect(['database-damaged', 'database-not-sqlite']).toContain(error.reason);
      expect(fs.readFileSync(databasePath).equals(damaged)).toBe(true);
    });
  }

  it('names the header problem: garbled page size, truncation', () => {
    const { databasePath, bytes } = newsdeskDatabase();
    const garbled = Buffer.from(bytes);
    garbled.writeUInt16BE(3000, 16);
    fs.writeFileSync(databasePath, garbled);
    expect(() => checkFileHeader(databasePath)).toThrow(/garbled/);
    fs.writeFileSync(databasePath, bytes.subarray(0, bytes.length - 100));
    expect(() => checkFileHeader(databasePath)).toThrow(/truncated/);
  });

  it('opens a database whose checkpoint was stopped midway: shorter than its header, the rest in the write-ahead log', () => {
    const { databasePath } = newsdeskDatabase();
    const raw = new BetterSqlite3(databasePath);
    raw.pragma('journal_mode = WAL');
    raw.pragma('wal_autocheckpoint = 0');
    const insert = raw.prepare("INSERT INTO settings (key, value) VALUES (?, ?)");
    raw.transaction(() => {
      for (let index = 0; index < 400; index += 1) insert.run(`test-${index}`, JSON.stringify('x'.repeat(200)));
    })();
    raw.pragma('wal_checkpoint(PASSIVE)');
    const pageSize = raw.pragma('page_size', { simple: true }) as number;
    const log = fs.readFileSync(`${databasePath}-wal`);
    const file = fs.readFileSync(databasePath);
    raw.close();
    // The copy a kill midway through that checkpoint would leave: the last pages not yet written.
    const crashed = path.join(fixture.folder(), 'crashed.sqlite');
    fs.writeFileSync(crashed, file.subarray(0, file.length - 3 * pageSize));
    fs.writeFileSync(`${crashed}-wal`, log);
    expect(file.readUInt32BE(28) * pageSize).toBeGreaterThan(file.length - 3 * pageSize);
    const database = openDatabase(crashed);
    expect(database.prepare("SELECT count(*) AS n FROM settings WHERE key LIKE 'test-%'").get()).toEqual({ n: 400 });
    expect(database.pragma('quick_check', { simple: true })).toBe('ok');
    database.close();
    // Without the log the same file is refused as truncated.
    fs.writeFileSync(crashed, file.subarray(0, file.length - 3 * pageSize));
    fs.rmSync(`${crashed}-wal`, { force: true });
    fs.rmSync(`${crashed}-shm`, { force: true });
    expect(() => checkFileHeader(crashed)).toThrow(/truncated/);
  });

  it('refuses at open a Newsdesk database whose schema lacks a required table, naming it', () => {
    const { databasePath } = newsdeskDatabase();
    const raw = new BetterSqlite3(databasePath);
    raw.pragma('foreign_keys = OFF');
    raw.prepare('DROP TABLE article_bylines').run();
    raw.close();
    const error = expectStorageError(() => openDatabase(databasePath), databasePath);
    expect(error.reason).toBe('database-damaged');
    expect(error.message).toContain('article_bylines');
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

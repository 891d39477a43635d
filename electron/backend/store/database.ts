import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { ApiError } from '../../../shared/api/errors';
import { migrations } from './migrations/index';

/** An open better-sqlite3 connection. */
export type Database = BetterSqlite3.Database;

export interface OpenDatabaseOptions {
  /** Path to a better_sqlite3.node built for another ABI (the Electron build). */
  nativeBinding?: string;
  /** Refuse to create the file when it does not exist (check, backup). */
  mustExist?: boolean;
  /**
   * Open read-only (`newsdesk check`): nothing is written, not even the switch to WAL; the
   * pragmas are not asserted (checkDatabase reports them). Implies `mustExist`.
   */
  readonly?: boolean;
}

/** Milliseconds a statement waits for another connection's lock before failing with SQLITE_BUSY. */
export const busyTimeoutMilliseconds = 5000;

/** The pragmas every connection runs with, as read back from SQLite. */
export interface PragmaReport {
  journal_mode: string;
  synchronous: number;
  foreign_keys: number;
  busy_timeout: number;
  trusted_schema: number;
}

/** The value each pragma must have (README, "Where the data lives"). */
export const requiredPragmas: PragmaReport = {
  journal_mode: 'wal',
  synchronous: 2,
  foreign_keys: 1,
  busy_timeout: busyTimeoutMilliseconds,
  trusted_schema: 0,
};

/**
 * Opens (creating the file and its folder when missing) a Newsdesk database: decides whether an
 * existing file is damaged (`checkDatabaseAtStart`), sets and reads back every pragma of
 * `requiredPragmas`.
 * A new database is created only when the file does not exist: an empty file is damaged. Failures
 * are ApiErrors that name the file: 'database-damaged' or 'database-not-sqlite' (restore from a
 * backup), 'database-permission-denied' (not damage: fix the permissions), 'database-unopenable'.
 */
export function openDatabase(databasePath: string, options: OpenDatabaseOptions = {}): Database {
  const resolvedPath = path.resolve(databasePath);
  const mustExist = (options.mustExist ?? false) || (options.readonly ?? false);
  const exists = fs.existsSync(resolvedPath);
  if (!exists && mustExist) {
    throw new ApiError('database-missing', { databasePath: resolvedPath }, { where: resolvedPath });
  }
  if (!exists) {
    try {
      fs.mkdirSync(path.dirname(resolvedPath), { recursive: true });
    } catch (error) {
      throw classifyDatabaseError(error, resolvedPath);
    }
  }

  let database: Database;
  try {
    database = options.readonly
      ? openReadOnly(resolvedPath, options.nativeBinding)
      : new BetterSqlite3(resolvedPath, { fileMustExist: exists, ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}) });
  } catch (error) {
    throw classifyDatabaseError(error, resolvedPath);
  }

  try {
    applyConnectionPragmas(database);
    if (exists) checkDatabaseAtStart(database, resolvedPath);
    if (options.readonly) return database;
    database.pragma('journal_mode = WAL');
    assertPragmas(database, resolvedPath);
    assertWritable(database);
    return database;
  } catch (error) {
    database.close();
    throw classifyDatabaseError(error, resolvedPath);
  }
}

/**
 * A read-only connection that creates no file: SQLite's read-only mode still creates the -wal and
 * -shm files of a WAL database (and cannot remove them), so when there is no -wal the file's bytes
 * are read into memory (marked as a rollback-journal file there, which SQLite needs to deserialize
 * it; `fileJournalMode` tells the file's own mode). With a -wal (the database is in use, or a crash
 * left one) the file is opened read-only, so that the committed pages in the -wal are read too.
 */
function openReadOnly(databasePath: string, nativeBinding: string | undefined): Database {
  const binding = nativeBinding ? { nativeBinding } : {};
  if (fs.existsSync(`${databasePath}-wal`)) return new BetterSqlite3(databasePath, { readonly: true, fileMustExist: true, ...binding });
  const bytes = fs.readFileSync(databasePath);
  if (bytes.length >= 20 && bytes[18] === 2 && bytes[19] === 2) {
    bytes[18] = 1;
    bytes[19] = 1;
  }
  return new BetterSqlite3(bytes, { readonly: true, ...binding });
}

/** The journal mode written in the file's header: 'wal', 'delete' (rollback journal), or '' when unreadable. */
export function fileJournalMode(databasePath: string): string {
  try {
    const descriptor = fs.openSync(databasePath, 'r');
    try {
      const header = Buffer.alloc(20);
      fs.readSync(descriptor, header, 0, 20, 0);
      return header[18] === 2 ? 'wal' : header[18] === 1 ? 'delete' : '';
    } finally {
      fs.closeSync(descriptor);
    }
  } catch {
    return '';
  }
}

/**
 * The one decision "is this file damaged?" at every open of an existing file, before anything is
 * written to it (the switch to WAL writes). Cheap whatever the file's size, so that start-up does
 * not grow with the database: the header and the size it promises (`checkFileHeader`), then the
 * schema (`checkSchema`). Throws 'database-damaged' or 'database-not-sqlite'. Damage inside the
 * tables is found by `quick_check`: `newsdesk check`, the check of every backup's copy, and the
 * background check at most once a day (electron/backend/maintenance/integrity-checks.ts), which
 * reports it through `database.status`.
 */
export function checkDatabaseAtStart(database: Database, databasePath: string): void {
  checkFileHeader(databasePath);
  checkSchema(database, databasePath);
}

/** The tables every Newsdesk database has from migration 0010 on (no later migration drops one). */
export const requiredTables = ['articles', 'article_revisions', 'media', 'settings', 'categories', 'authors', 'article_bylines'] as const;

/**
 * The schema part of `checkDatabaseAtStart`: the schema version can be read, and the schema itself
 * (SQLite reads and parses it whole here: a few pages) names every table of `requiredTables` once
 * migration 0010 is in (and the version is one this build knows). A schema SQLite cannot read is
 * damage.
 */
export function checkSchema(database: Database, databasePath: string): void {
  let tables: Set<string>;
  let schemaVersion: number;
  try {
    schemaVersion = readSchemaVersion(database);
    tables = new Set(database.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").pluck().all() as string[]);
  } catch (error) {
    throw classifyDatabaseError(error, databasePath);
  }
  // A schema from a newer Newsdesk is not damage: the migrations refuse it as 'database-too-new'.
  const latestKnown = migrations.reduce((latest, migration) => Math.max(latest, migration.version), 0);
  if (schemaVersion < 10 || schemaVersion > latestKnown) return;
  const missing = requiredTables.filter((table) => !tables.has(table));
  if (missing.length > 0) {
    throw new ApiError(
      'database-damaged',
      { databasePath, problem: `the schema (version ${schemaVersion}) lacks the table${missing.length > 1 ? 's' : ''} ${missing.join(', ')}` },
      { where: databasePath },
    );
  }
}

/** The first 16 bytes of every SQLite database file. */
const sqliteHeader = Buffer.from('SQLite format 3\0', 'latin1');

/** Whether the database has a write-ahead log with frames in it (more than its 32-byte header). */
function hasWriteAheadLog(databasePath: string): boolean {
  try {
    return fs.statSync(`${databasePath}-wal`).size > 32;
  } catch {
    return false;
  }
}

/**
 * The first part of `checkDatabaseAtStart`, from the first 100 bytes and the file's size: an empty
 * file, a file that is not SQLite, a garbled header (page size, fixed fields), and a file shorter than
 * its header says (unless a write-ahead log holds the rest) or not made of whole pages (truncated)
 * are damaged.
 */
export function checkFileHeader(databasePath: string): void {
  let header: Buffer;
  let size: number;
  try {
    size = fs.statSync(databasePath).size;
    header = Buffer.alloc(Math.min(100, size));
    const descriptor = fs.openSync(databasePath, 'r');
    try {
      fs.readSync(descriptor, header, 0, header.length, 0);
    } finally {
      fs.closeSync(descriptor);
    }
  } catch (error) {
    throw classifyDatabaseError(error, databasePath);
  }
  if (size === 0) {
    throw new ApiError('database-damaged', { databasePath, problem: 'the file is empty (0 bytes)' }, { where: databasePath });
  }
  if (size < 100 || !header.subarray(0, 16).equals(sqliteHeader)) {
    throw new ApiError('database-not-sqlite', { databasePath, problem: 'the file does not start with the SQLite header' }, { where: databasePath });
  }
  const pageSizeField = header.readUInt16BE(16);
  const pageSize = pageSizeField === 1 ? 65_536 : pageSizeField;
  // A power of two from 512 to 65536; the payload fractions at offsets 21-23 are fixed by the format.
  if (pageSize < 512 || (pageSize & (pageSize - 1)) !== 0 || header[21] !== 64 || header[22] !== 32 || header[23] !== 32) {
    throw new ApiError('database-damaged', { databasePath, problem: `the header is garbled (page size ${pageSize})` }, { where: databasePath });
  }
  // SQLite writes the file in whole pages: a part of a page at the end is a cut copy.
  if (size % pageSize !== 0) {
    throw new ApiError('database-damaged', { databasePath, problem: `the file is truncated: ${size} bytes, not a whole number of pages of ${pageSize} bytes` }, { where: databasePath });
  }
  const pageCount = header.readUInt32BE(28);
  // The page count in the header is valid only when its change counter matches (offsets 24 and 92).
  const pageCountValid = header.readUInt32BE(24) === header.readUInt32BE(92) && pageCount > 0;
  // A checkpoint stopped midway (the process killed) leaves the file shorter than its header while
  // the write-ahead log still holds every page: SQLite completes it from the log on open.
  if (pageCountValid && pageCount * pageSize > size && !hasWriteAheadLog(databasePath)) {
    throw new ApiError(
      'database-damaged',
      { databasePath, problem: `the file is truncated: ${size} bytes, its header says ${pageCount} pages of ${pageSize} bytes` },
      { where: databasePath },
    );
  }
}

const permissionCodes = /^(EACCES|EPERM|EROFS|SQLITE_READONLY|SQLITE_PERM|SQLITE_AUTH)/;
const damageCodes = /^(SQLITE_CORRUPT|SQLITE_NOTADB|SQLITE_IOERR_SHORT_READ)/;

/**
 * Words a failure to open or check a database file: permission problems (EACCES, EROFS,
 * SQLITE_READONLY, SQLITE_CANTOPEN where the folder or file may not be written) are not damage;
 * SQLITE_CORRUPT and SQLITE_NOTADB are. An ApiError passes through.
 */
export function classifyDatabaseError(error: unknown, databasePath: string, access: FileAccess = fileAccessOf(databasePath)): ApiError {
  if (error instanceof ApiError) return error;
  const problem = error instanceof Error ? error.message : String(error);
  const code = typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : '';
  const options = { where: databasePath, ...(code ? { details: { sqliteCode: code } } : {}) };
  if (permissionCodes.test(code) || (code.startsWith('SQLITE_CANTOPEN') && !(access.folderWritable && access.fileWritable))) {
    return new ApiError('database-permission-denied', { databasePath, problem: code ? `${code}: ${problem}` : problem }, options);
  }
  if (/^SQLITE_(BUSY|LOCKED)/.test(code)) return new ApiError('database-busy', { databasePath }, options);
  if (damageCodes.test(code)) return new ApiError('database-damaged', { databasePath, problem }, options);
  if (code.startsWith('SQLITE_')) return new ApiError('database-not-sqlite', { databasePath, problem }, options);
  return new ApiError('database-unopenable', { databasePath, problem }, options);
}

/** Whether this process may write the database file (when it exists) and its folder. */
export interface FileAccess {
  folderWritable: boolean;
  fileWritable: boolean;
}

function fileAccessOf(databasePath: string): FileAccess {
  const writable = (target: string) => {
    try {
      fs.accessSync(target, fs.constants.W_OK);
      return true;
    } catch (error) {
      return (error as NodeJS.ErrnoException).code === 'ENOENT';
    }
  };
  return { folderWritable: writable(path.dirname(databasePath)), fileWritable: writable(databasePath) };
}

/** The open failures that a backup can repair: the file is damaged or not SQLite at all. */
export function isDamagedDatabaseError(error: unknown): boolean {
  return error instanceof ApiError && (error.reason === 'database-damaged' || error.reason === 'database-not-sqlite');
}

/**
 * SQLite opens a file it may not write read-only without saying so; the first save would then
 * fail. Taking the write lock (which writes nothing in WAL mode) fails now instead, with
 * SQLITE_READONLY: a permission problem, named as such by classifyDatabaseError.
 */
function assertWritable(database: Database): void {
  database.exec('BEGIN IMMEDIATE');
  database.exec('ROLLBACK');
}

/** The pragmas that belong to the connection, not the file; journal_mode is set after the check at start. */
function applyConnectionPragmas(database: Database): void {
  // busy_timeout first, so that switching to WAL waits for another connection instead of failing.
  // Fixed text, busyTimeoutMilliseconds: assertPragmas fails the open should the two ever differ.
  database.pragma('busy_timeout = 5000');
  // better-sqlite3 is compiled to use NORMAL under WAL; every committed save must survive power loss.
  database.pragma('synchronous = FULL');
  database.pragma('foreign_keys = ON');
  database.pragma('trusted_schema = OFF');
}

function assertPragmas(database: Database, databasePath: string): void {
  const problems = pragmaProblems(readPragmas(database));
  if (problems.length > 0) {
    throw new ApiError('database-settings-refused', { databasePath, problem: problems.join('; ') }, { where: databasePath });
  }
}

/** Reads the current value of every required pragma. */
export function readPragmas(database: Database): PragmaReport {
  return {
    journal_mode: String(database.pragma('journal_mode', { simple: true })).toLowerCase(),
    synchronous: Number(database.pragma('synchronous', { simple: true })),
    foreign_keys: Number(database.pragma('foreign_keys', { simple: true })),
    busy_timeout: Number(database.pragma('busy_timeout', { simple: true })),
    trusted_schema: Number(database.pragma('trusted_schema', { simple: true })),
  };
}

/** One line per pragma whose value differs from `requiredPragmas`; empty when all are right. */
export function pragmaProblems(report: PragmaReport): string[] {
  const problems: string[] = [];
  for (const name of Object.keys(requiredPragmas) as Array<keyof PragmaReport>) {
    if (report[name] !== requiredPragmas[name]) {
      problems.push(`${name} is ${String(report[name])}, expected ${String(requiredPragmas[name])}`);
    }
  }
  return problems;
}

/** `PRAGMA quick_check`: 'ok', or the problems found, one per line. */
export function runQuickCheck(database: Database): string {
  return quickOrIntegrityCheck(database, 'quick_check');
}

/**
 * `PRAGMA quick_check` of a database file over a connection of its own, read-only (the background
 * check runs it in a worker thread; in WAL mode a reader never blocks a writer). SQLite stopping on
 * a damaged page (SQLITE_CORRUPT, SQLITE_NOTADB) is reported as a problem found, like quick_check's
 * own lines; any other failure (the file gone, the disk) is thrown.
 */
export function quickCheckFile(databasePath: string, nativeBinding?: string): string {
  let database: Database | null = null;
  try {
    database = new BetterSqlite3(databasePath, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
    database.pragma('busy_timeout = 5000');
    return runQuickCheck(database);
  } catch (error) {
    const code = typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : '';
    if (/^(SQLITE_CORRUPT|SQLITE_NOTADB)/.test(code)) return error instanceof Error ? error.message : String(error);
    throw error;
  } finally {
    database?.close();
  }
}

/** `PRAGMA integrity_check`: 'ok', or the problems found, one per line. */
export function runIntegrityCheck(database: Database): string {
  return quickOrIntegrityCheck(database, 'integrity_check');
}

function quickOrIntegrityCheck(database: Database, pragma: 'quick_check' | 'integrity_check'): string {
  const rows = database.pragma(pragma) as Array<Record<string, unknown>>;
  return rows.map((row) => String(Object.values(row)[0])).join('\n');
}

/** `PRAGMA user_version`, the schema version the migrations have reached. */
export function readSchemaVersion(database: Database): number {
  return Number(database.pragma('user_version', { simple: true }));
}

/** The first three lines of a check's report, and how many more there are. */
export function firstLines(text: string): string {
  const lines = text.split('\n');
  return lines.length > 3 ? `${lines.slice(0, 3).join('; ')}; and ${lines.length - 3} more` : lines.join('; ');
}

/** Rows inserted, changed or deleted through this connection since it opened: what "in use" means to automatic backups. */
export function totalChanges(database: Database): number {
  return Number(database.prepare('SELECT total_changes()').pluck().get());
}

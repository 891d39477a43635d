import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { ApiError } from '../../../shared/api/errors';

/** An open better-sqlite3 connection. */
export type Database = BetterSqlite3.Database;

export interface OpenDatabaseOptions {
  /** Path to a better_sqlite3.node built for another ABI (the Electron build). */
  nativeBinding?: string;
  /** Refuse to create the file when it does not exist (check, backup). */
  mustExist?: boolean;
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
 * Opens (creating the file and its folder when missing) a Newsdesk database: sets and reads back
 * every pragma of `requiredPragmas`, then runs `PRAGMA quick_check`. A file that is not SQLite, is
 * damaged, or refuses a pragma is an ApiError with code 'storage' that names the file.
 */
export function openDatabase(databasePath: string, options: OpenDatabaseOptions = {}): Database {
  const resolvedPath = path.resolve(databasePath);
  if (options.mustExist) {
    if (!fs.existsSync(resolvedPath)) {
      throw new ApiError('database-missing', { databasePath: resolvedPath }, { where: resolvedPath });
    }
  } else {
    fs.mkdirSync(path.dirname(resolvedPath), { recursive: true });
  }

  let database: Database;
  try {
    database = new BetterSqlite3(resolvedPath, {
      fileMustExist: options.mustExist ?? false,
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    });
  } catch (error) {
    throw storageErrorFor('database-unopenable', resolvedPath, error);
  }

  try {
    applyConnectionPragmas(database);
    // quick_check before switching to WAL, which writes to the file: a damaged file is left as it was.
    const quickCheck = runQuickCheck(database);
    if (quickCheck !== 'ok') {
      throw new ApiError('database-damaged', { databasePath: resolvedPath, problem: firstLines(quickCheck) }, { where: resolvedPath, details: { quickCheck } });
    }
    database.pragma('journal_mode = WAL');
    assertPragmas(database, resolvedPath);
    return database;
  } catch (error) {
    database.close();
    if (error instanceof ApiError) throw error;
    throw storageErrorFor('database-not-sqlite', resolvedPath, error);
  }
}

/** The pragmas that belong to the connection, not the file; journal_mode is set after quick_check. */
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

function firstLines(text: string): string {
  const lines = text.split('\n');
  return lines.length > 3 ? `${lines.slice(0, 3).join('; ')}; and ${lines.length - 3} more` : lines.join('; ');
}

function storageErrorFor(reason: 'database-unopenable' | 'database-not-sqlite', databasePath: string, error: unknown): ApiError {
  const problem = error instanceof Error ? error.message : String(error);
  const code = typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : undefined;
  return new ApiError(reason, { databasePath, problem }, { where: databasePath, ...(code ? { details: { sqliteCode: code } } : {}) });
}

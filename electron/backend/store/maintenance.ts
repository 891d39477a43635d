import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import BetterSqlite3 from 'better-sqlite3';
import { ApiError } from '../../../shared/api/errors';
import { type Database, fileJournalMode, pragmaProblems, readPragmas, readSchemaVersion, runIntegrityCheck, runQuickCheck } from './database';
import { latestSchemaVersion } from './migrations/runner';

/** What `checkDatabase` found. `ok` is true when `problems` is empty. */
export interface DatabaseCheck {
  ok: boolean;
  problems: string[];
  pragmas: Record<string, string | number>;
  schemaVersion: number;
  quickCheck: string;
}

/**
 * Checks an open database the way Newsdesk opened it: pragmas (read back), schema version,
 * `quick_check` and `foreign_key_check`. Changes nothing. Never throws for a problem with the
 * file; reports it in `problems`.
 */
export function checkDatabase(database: Database, databasePath: string = database.name): DatabaseCheck {
  const result: DatabaseCheck = { ok: false, problems: [], pragmas: {}, schemaVersion: 0, quickCheck: '' };
  try {
    const pragmas = readPragmas(database);
    // A read-only check of a file without -wal reads a copy in memory: the mode is the file's.
    if (database.memory) pragmas.journal_mode = fileJournalMode(databasePath);
    result.pragmas = { ...pragmas, page_size: Number(database.pragma('page_size', { simple: true })), page_count: Number(database.pragma('page_count', { simple: true })) };
    result.problems.push(...pragmaProblems(pragmas));
    result.schemaVersion = readSchemaVersion(database);
    const latest = latestSchemaVersion();
    if (result.schemaVersion > latest) {
      result.problems.push(`The schema version is ${result.schemaVersion}, newer than this Newsdesk knows (${latest}): update Newsdesk before using this database.`);
    }
    result.quickCheck = runQuickCheck(database);
    if (result.quickCheck !== 'ok') result.problems.push(`quick_check found damage: ${result.quickCheck.split('\n').slice(0, 5).join('; ')}`);
    const foreignKeyProblems = database.pragma('foreign_key_check') as Array<{ table: string; rowid: number | null; parent: string }>;
    for (const problem of foreignKeyProblems.slice(0, 10)) {
      result.problems.push(`A row of ${problem.table} (rowid ${String(problem.rowid)}) refers to a missing row of ${problem.parent}.`);
    }
  } catch (error) {
    result.problems.push(`Checking ${databasePath} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  result.ok = result.problems.length === 0;
  return result;
}

export interface BackupDatabaseOptions {
  /** Replace `outPath` when it exists (it is only replaced once the new copy has passed its check). */
  overwrite?: boolean;
  nativeBinding?: string;
  /** Told the pages copied so far and the pages to copy, after each step. */
  onProgress?: (progress: { copiedPages: number; totalPages: number }) => void;
  /**
   * Stop (and leave no file) when the copy has not finished after this many seconds. Checked
   * between steps: the one-pass copy after a restart runs to its end.
   * @default defaultBackupTimeoutSeconds
   */
  timeoutSeconds?: number;
  /** Stops the copy between two steps (SIGINT, the backend closing); no file is left. */
  signal?: AbortSignal;
  /** The clock for the time limit (tests). */
  nowMilliseconds?: () => number;
}

/** The time limit of a backup unless told otherwise: ten minutes. */
export const defaultBackupTimeoutSeconds = 600;

/** Steps of about 5% of the pages: progress to show, and the event loop runs between steps. */
const stepsPerBackup = 20;
/** SQLite copies every remaining page in one step when asked for this many. */
const allRemainingPages = 0x7fffffff;

/**
 * How many pages the next step of SQLite's online backup copies. A write by another connection
 * between two steps restarts the backup from the first page, so a busy writer can starve a backup
 * made of small steps forever (measured: 100-page steps never finished in 20 s beside a writer in
 * another process). Steps of 5% show progress; once a restart is seen (remaining pages did not go down),
 * the rest is copied in one step, which no writer can interrupt: WAL readers do not block writers.
 */
export function nextBackupStep(progress: { totalPages: number; remainingPages: number }, state: { previousRemaining: number; restarted: boolean }): number {
  // A restart copies the first pages again: the remaining pages do not go down.
  if (progress.remainingPages >= state.previousRemaining) state.restarted = true;
  state.previousRemaining = progress.remainingPages;
  return state.restarted ? allRemainingPages : Math.max(1, Math.ceil(progress.totalPages / stepsPerBackup));
}

export interface BackupResult {
  outPath: string;
  bytes: number;
  integrity: 'ok';
}

/**
 * Copies an open database while it may be in use (SQLite's online backup), checks the copy with
 * `PRAGMA integrity_check`, and only then puts it at `outPath`: a failed backup leaves no file
 * there. Refuses an existing `outPath` unless `overwrite` is set. The copy is a single file in
 * WAL mode, like the database. Steps and restarts: see `nextBackupStep`.
 */
export async function backupDatabase(source: Database, outPath: string, options: BackupDatabaseOptions = {}): Promise<BackupResult> {
  const resolvedSource = path.resolve(source.name);
  const resolvedOut = path.resolve(outPath);
  if (resolvedSource === resolvedOut) {
    throw new ApiError('backup-same-as-database', { outPath: resolvedOut }, { where: resolvedOut });
  }
  if (fs.existsSync(resolvedOut) && !options.overwrite) {
    throw new ApiError('backup-exists', { outPath: resolvedOut }, { where: resolvedOut });
  }
  const bindingOption = options.nativeBinding ? { nativeBinding: options.nativeBinding } : {};
  const outFolder = path.dirname(resolvedOut);
  const partialPath = path.join(outFolder, `.${path.basename(resolvedOut)}.${randomBytes(6).toString('hex')}.partial`);
  const nowMilliseconds = options.nowMilliseconds ?? (() => performance.now());
  const timeoutSeconds = options.timeoutSeconds ?? defaultBackupTimeoutSeconds;
  const deadline = nowMilliseconds() + timeoutSeconds * 1000;
  const stepState = { previousRemaining: Number.POSITIVE_INFINITY, restarted: false };
  let stopped: ApiError | null = null;
  const stopWith = (error: ApiError) => {
    stopped = error;
    throw error;
  };
  try {
    fs.mkdirSync(outFolder, { recursive: true });
    if (options.signal?.aborted) stopWith(new ApiError('backup-cancelled', { outPath: resolvedOut }, { where: resolvedOut }));
    await source.backup(partialPath, {
      progress(progress) {
        options.onProgress?.({ copiedPages: progress.totalPages - progress.remainingPages, totalPages: progress.totalPages });
        if (options.signal?.aborted) stopWith(new ApiError('backup-cancelled', { outPath: resolvedOut }, { where: resolvedOut }));
        if (nowMilliseconds() > deadline) stopWith(new ApiError('backup-timed-out', { outPath: resolvedOut, seconds: timeoutSeconds }, { where: resolvedOut }));
        return nextBackupStep(progress, stepState);
      },
    });
  } catch (error) {
    removeQuietly(partialPath);
    if (stopped !== null) throw stopped;
    // The connection was closed under the copy (the backend closing on SIGINT).
    if (options.signal?.aborted) throw new ApiError('backup-cancelled', { outPath: resolvedOut }, { where: resolvedOut });
    throw new ApiError('backup-write-failed', { outPath: resolvedOut, problem: problemOf(error) }, { where: resolvedOut });
  }
  if (options.signal?.aborted) {
    removeQuietly(partialPath);
    throw new ApiError('backup-cancelled', { outPath: resolvedOut }, { where: resolvedOut });
  }
  const pageCount = Number(source.pragma('page_count', { simple: true }));
  options.onProgress?.({ copiedPages: pageCount, totalPages: pageCount });

  let integrity: string;
  try {
    const copy = new BetterSqlite3(partialPath, { fileMustExist: true, ...bindingOption });
    try {
      // A WAL file like the database itself (one file once closed): `newsdesk check` passes on it.
      copy.pragma('journal_mode = WAL');
      integrity = runIntegrityCheck(copy);
    } finally {
      copy.close();
    }
  } catch (error) {
    removeQuietly(partialPath);
    throw new ApiError('backup-check-failed', { outPath: resolvedOut, databasePath: resolvedSource, problem: problemOf(error) }, { where: resolvedOut });
  }
  if (integrity !== 'ok') {
    removeQuietly(partialPath);
    throw new ApiError(
      'backup-damaged',
      { outPath: resolvedOut, databasePath: resolvedSource, problem: integrity.split('\n').slice(0, 3).join('; ') },
      { where: resolvedOut, details: { integrity } },
    );
  }
  putInPlace(partialPath, resolvedOut, options.overwrite ?? false);
  return { outPath: resolvedOut, bytes: fs.statSync(resolvedOut).size, integrity: 'ok' };
}

/**
 * Moves the checked copy to `outPath`. Without `overwrite`, a hard link that fails when the name
 * is taken: a file created there while the backup ran is never replaced.
 */
function putInPlace(partialPath: string, outPath: string, overwrite: boolean): void {
  if (overwrite) {
    fs.renameSync(partialPath, outPath);
    return;
  }
  try {
    fs.linkSync(partialPath, outPath);
  } catch (error) {
    removeQuietly(partialPath);
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new ApiError('backup-exists', { outPath }, { where: outPath });
    throw new ApiError('backup-write-failed', { outPath, problem: problemOf(error) }, { where: outPath });
  }
  fs.rmSync(partialPath, { force: true });
}

function problemOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Removes a file and the journal files SQLite may have left beside it. */
export function removeQuietly(filePath: string): void {
  for (const candidate of [filePath, `${filePath}-wal`, `${filePath}-shm`, `${filePath}-journal`]) {
    fs.rmSync(candidate, { force: true });
  }
}

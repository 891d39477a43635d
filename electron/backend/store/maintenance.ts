import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import BetterSqlite3 from 'better-sqlite3';
import { ApiError } from '../../../shared/api/errors';
import { type Database, pragmaProblems, readPragmas, readSchemaVersion, runIntegrityCheck, runQuickCheck } from './database';
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
export function checkDatabase(database: Database): DatabaseCheck {
  const result: DatabaseCheck = { ok: false, problems: [], pragmas: {}, schemaVersion: 0, quickCheck: '' };
  try {
    const pragmas = readPragmas(database);
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
    result.problems.push(`Checking ${database.name} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  result.ok = result.problems.length === 0;
  return result;
}

export interface BackupDatabaseOptions {
  /** Replace `outPath` when it exists (it is only replaced once the new copy has passed its check). */
  overwrite?: boolean;
  nativeBinding?: string;
}

export interface BackupResult {
  outPath: string;
  bytes: number;
  integrity: 'ok';
}

/**
 * Copies an open database while it may be in use (SQLite's online backup), checks the copy with
 * `PRAGMA integrity_check`, and only then puts it at `outPath`: a failed backup leaves no file
 * there. Refuses an existing `outPath` unless `overwrite` is set. The copy is a single file
 * (rollback journal); Newsdesk switches it back to WAL when it opens it.
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
  try {
    fs.mkdirSync(outFolder, { recursive: true });
    await source.backup(partialPath);
  } catch (error) {
    removeQuietly(partialPath);
    throw new ApiError('backup-write-failed', { outPath: resolvedOut, problem: problemOf(error) }, { where: resolvedOut });
  }

  let integrity: string;
  try {
    const copy = new BetterSqlite3(partialPath, { fileMustExist: true, ...bindingOption });
    try {
      copy.pragma('journal_mode = DELETE');
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

function removeQuietly(filePath: string): void {
  for (const candidate of [filePath, `${filePath}-wal`, `${filePath}-shm`, `${filePath}-journal`]) {
    fs.rmSync(candidate, { force: true });
  }
}

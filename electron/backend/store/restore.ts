import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import BetterSqlite3 from 'better-sqlite3';
import { ApiError } from '../../../shared/api/errors';
import { checkFileHeader, readSchemaVersion, runIntegrityCheck } from './database';
import { removeQuietly } from './maintenance';
import { latestSchemaVersion } from './migrations/runner';
import { fileTimestamp } from './backup-files';

/** A backup copied beside the database and checked; `completeRestore` makes it the database. */
export interface CheckedBackup {
  backupPath: string;
  /** The checked copy, in the database's folder (so that the final rename cannot cross disks). */
  copyPath: string;
  bytes: number;
  schemaVersion: number;
}

export interface RestoreResult {
  databasePath: string;
  restoredFrom: string;
  /** Where the previous database file now is; null when there was none. Never deleted. */
  movedAsideTo: string | null;
  bytes: number;
}

/**
 * Step 1 of a restore, which changes nothing the user has: copies the backup (with its -wal, if it
 * has one) beside the database and checks the copy with integrity_check and its schema version.
 * A backup that fails is refused with 'restore-backup-unusable' and its copy removed.
 */
export function prepareRestore(databasePath: string, backupPath: string, options: { nativeBinding?: string } = {}): CheckedBackup {
  const resolvedDatabase = path.resolve(databasePath);
  const resolvedBackup = path.resolve(backupPath);
  if (!fs.existsSync(resolvedBackup) || !fs.statSync(resolvedBackup).isFile()) {
    throw new ApiError('restore-backup-missing', { backupPath: resolvedBackup }, { where: resolvedBackup });
  }
  const unusable = (problem: string) => new ApiError('restore-backup-unusable', { backupPath: resolvedBackup, problem }, { where: resolvedBackup });
  if (resolvedBackup === resolvedDatabase) throw unusable('it is the database itself');
  try {
    checkFileHeader(resolvedBackup);
  } catch (error) {
    throw unusable(error instanceof ApiError ? String((error.params as { problem?: string }).problem ?? error.message) : String(error));
  }

  const folder = path.dirname(resolvedDatabase);
  fs.mkdirSync(folder, { recursive: true });
  const copyPath = path.join(folder, `.${path.basename(resolvedDatabase)}.restore-${randomBytes(6).toString('hex')}.partial`);
  try {
    fs.copyFileSync(resolvedBackup, copyPath);
    if (fs.existsSync(`${resolvedBackup}-wal`)) fs.copyFileSync(`${resolvedBackup}-wal`, `${copyPath}-wal`);
    let integrity: string;
    let schemaVersion: number;
    const copy = new BetterSqlite3(copyPath, { fileMustExist: true, ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}) });
    try {
      integrity = runIntegrityCheck(copy);
      schemaVersion = readSchemaVersion(copy);
      // Closing folds a copied -wal into the file: the checked copy is one file, in WAL mode.
      if (integrity === 'ok') copy.pragma('journal_mode = WAL');
    } finally {
      copy.close();
    }
    if (integrity !== 'ok') throw unusable(`integrity_check: ${integrity.split('\n').slice(0, 3).join('; ')}`);
    const latest = latestSchemaVersion();
    if (schemaVersion > latest) throw unusable(`it was written by a newer Newsdesk (schema version ${schemaVersion}; this version knows up to ${latest})`);
    syncFile(copyPath);
    return { backupPath: resolvedBackup, copyPath, bytes: fs.statSync(copyPath).size, schemaVersion };
  } catch (error) {
    removeQuietly(copyPath);
    if (error instanceof ApiError) throw error;
    throw unusable(error instanceof Error ? error.message : String(error));
  }
}

/**
 * Step 2, once every connection to the database is closed: renames the current file (and its
 * -wal and -shm) aside as `<name>.before-restore-<time>`, never deleting it, then renames the
 * checked copy into place.
 */
export function completeRestore(databasePath: string, checked: CheckedBackup, now: Date): RestoreResult {
  const resolvedDatabase = path.resolve(databasePath);
  let movedAsideTo: string | null = null;
  const moved: Array<[from: string, to: string]> = [];
  try {
    const aside = freeName(`${resolvedDatabase}.before-restore-${fileTimestamp(now)}`);
    for (const suffix of ['', '-wal', '-shm']) {
      if (!fs.existsSync(`${resolvedDatabase}${suffix}`)) continue;
      fs.renameSync(`${resolvedDatabase}${suffix}`, `${aside}${suffix}`);
      moved.push([`${resolvedDatabase}${suffix}`, `${aside}${suffix}`]);
      if (suffix === '') movedAsideTo = aside;
    }
    fs.renameSync(checked.copyPath, resolvedDatabase);
    syncFolder(path.dirname(resolvedDatabase));
  } catch (error) {
    removeQuietly(checked.copyPath);
    // Put the previous files back where they were, so that nothing opens an empty new database there.
    for (const [from, to] of moved.reverse()) {
      try {
        if (!fs.existsSync(from)) fs.renameSync(to, from);
      } catch {
        // It stays aside under its .before-restore- name, which the message points to.
      }
    }
    throw new ApiError(
      'restore-failed',
      { databasePath: resolvedDatabase, backupPath: checked.backupPath, problem: error instanceof Error ? error.message : String(error) },
      { where: resolvedDatabase },
    );
  }
  return { databasePath: resolvedDatabase, restoredFrom: checked.backupPath, movedAsideTo, bytes: checked.bytes };
}

/** Drops a prepared copy that will not be used. */
export function abandonRestore(checked: CheckedBackup): void {
  removeQuietly(checked.copyPath);
}

/**
 * Whether another connection (the app, `newsdesk serve`) has the database open: an exclusive lock
 * is refused then. A file SQLite cannot open at all is in use by no one. Closing the probe folds
 * the -wal into the file when no one else uses it.
 */
export function databaseIsInUse(databasePath: string, options: { nativeBinding?: string } = {}): boolean {
  if (!fs.existsSync(databasePath)) return false;
  try {
    // An empty or foreign file: SQLite would write a new database into it; no one has it open as one.
    checkFileHeader(databasePath);
  } catch {
    return false;
  }
  let probe: BetterSqlite3.Database;
  try {
    probe = new BetterSqlite3(databasePath, { fileMustExist: true, ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}) });
  } catch {
    return false;
  }
  try {
    probe.pragma('busy_timeout = 200');
    probe.pragma('locking_mode = EXCLUSIVE');
    probe.exec('BEGIN EXCLUSIVE');
    probe.exec('COMMIT');
    return false;
  } catch (error) {
    return /^SQLITE_(BUSY|LOCKED)/.test(String((error as { code?: unknown }).code ?? ''));
  } finally {
    probe.close();
  }
}

function freeName(candidate: string): string {
  let name = candidate;
  for (let index = 2; fs.existsSync(name) || fs.existsSync(`${name}-wal`); index += 1) name = `${candidate}-${index}`;
  return name;
}

function syncFile(filePath: string): void {
  const descriptor = fs.openSync(filePath, 'r+');
  try {
    fs.fsyncSync(descriptor);
  } finally {
    fs.closeSync(descriptor);
  }
}

function syncFolder(folder: string): void {
  try {
    const descriptor = fs.openSync(folder, 'r');
    try {
      fs.fsyncSync(descriptor);
    } finally {
      fs.closeSync(descriptor);
    }
  } catch {
    // Not every platform can open a folder (Windows): the renames are still done.
  }
}

import fs from 'node:fs';
import path from 'node:path';

/** The folder of automatic backups, beside the database: `<database folder>/newsdesk-backups/`. */
export const backupFolderName = 'newsdesk-backups';

/** One backup file of `database.backups`. */
export interface BackupFile {
  /** The file name in the backup folder, e.g. `newsdesk-2026-12-02T09-06-00Z.sqlite`. */
  name: string;
  path: string;
  /** When it was written (from its name), ISO 8601. */
  createdAt: string;
  bytes: number;
}

export function backupFolderFor(databasePath: string): string {
  return path.join(path.dirname(path.resolve(databasePath)), backupFolderName);
}

/** A time for file names that sorts as text in time order: `2026-12-02T09-06-00Z` (UTC). */
export function fileTimestamp(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/:/g, '-');
}

function databaseStem(databasePath: string): string {
  const base = path.basename(databasePath);
  const extension = path.extname(base);
  return extension === '' ? base : base.slice(0, -extension.length);
}

const backupNamePattern = /^(.+)-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})Z(?:-(\d+))?\.sqlite$/;

/** The name of a new backup of `databasePath` written at `now`. */
export function backupFileName(databasePath: string, now: Date): string {
  return `${databaseStem(databasePath)}-${fileTimestamp(now)}.sqlite`;
}

/** When a backup of `databasePath` named `name` was written; null when `name` is not one. */
export function backupTimeOf(databasePath: string, name: string): Date | null {
  const match = backupNamePattern.exec(name);
  if (!match || match[1] !== databaseStem(databasePath)) return null;
  const time = new Date(`${match[2]}T${match[3]}:${match[4]}:${match[5]}Z`);
  return Number.isNaN(time.getTime()) ? null : time;
}

/** The backups of `databasePath` in its backup folder, newest first. Other files there are ignored. */
export function listBackups(databasePath: string): BackupFile[] {
  const folder = backupFolderFor(databasePath);
  let names: string[];
  try {
    names = fs.readdirSync(folder);
  } catch {
    return [];
  }
  const backups: BackupFile[] = [];
  for (const name of names) {
    const time = backupTimeOf(databasePath, name);
    if (time === null) continue;
    try {
      const stat = fs.statSync(path.join(folder, name));
      if (stat.isFile()) backups.push({ name, path: path.join(folder, name), createdAt: time.toISOString(), bytes: stat.size });
    } catch {
      // Removed while listing.
    }
  }
  return backups.sort((first, second) => (first.name < second.name ? 1 : first.name > second.name ? -1 : 0));
}

/**
 * The backups to remove so that `keep` remain, plus the newest of each of the last `dailyDays`
 * days (a daily backup survives a busy day of hourly ones). Newest first in, oldest removed.
 */
export function backupsBeyond(backups: readonly BackupFile[], keep: number, dailyDays = 7): BackupFile[] {
  const kept = new Set(backups.slice(0, keep).map((backup) => backup.name));
  const days = new Set<string>();
  for (const backup of backups) {
    const day = backup.createdAt.slice(0, 10);
    if (days.has(day)) continue;
    if (days.size >= dailyDays) break;
    days.add(day);
    kept.add(backup.name);
  }
  return backups.filter((backup) => !kept.has(backup.name));
}

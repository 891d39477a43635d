import fs from 'node:fs';
import path from 'node:path';
import type { Settings } from '../../../shared/model/settings';
import { type Database, totalChanges } from '../store/database';
import { backupFileName, backupFolderFor, backupsBeyond, backupTimeOf, listBackups } from '../store/backup-files';
import type { BackupResult } from '../store/maintenance';

/** A backup while in use at most this often. */
export const autoBackupIntervalMilliseconds = 60 * 60 * 1000;
/** How often the timer looks whether a backup is due; cheap (one SQL function, one folder listing). */
const checkEveryMilliseconds = 5 * 60 * 1000;

export interface AutoBackupsOptions {
  database: Database;
  databasePath: string;
  settings: () => Pick<Settings, 'autoBackup' | 'backupKeep'>;
  now: () => Date;
  /** Writes and checks one backup (backupDatabase through the maintenance service). */
  backup: (outPath: string) => Promise<BackupResult>;
  /** Rows written by housekeeping through the same connection (not use: no backup is due for them). */
  ignoredChanges?: () => number;
  logError: (message: string) => void;
}

export interface AutoBackups {
  /**
   * Writes a backup when one is due: automatic backups are on, the database was written since
   * the last one (by this connection), and the newest backup is an hour old or from an earlier
   * day. After the new backup has passed its check, removes those beyond "keep". Resolves to
   * the new backup's path, or null when none was due.
   */
  runIfDue(): Promise<string | null>;
  /** Checks every few minutes, off the request path (the timer does not keep the process alive). */
  start(): void;
  stop(): void;
}

/** Rolling automatic backups beside the database (`newsdesk-backups/`), while the app or serve is in use. */
export function createAutoBackups(options: AutoBackupsOptions): AutoBackups {
  const { database, databasePath } = options;
  removeLeftoverPartials(backupFolderFor(databasePath));
  const changesNow = () => totalChanges(database) - (options.ignoredChanges?.() ?? 0);
  // Writes at open (migrations) are not use.
  let changesAtLastBackup = changesNow();
  let running: Promise<string | null> | null = null;
  let timer: NodeJS.Timeout | null = null;
  let stopped = false;

  function isDue(): boolean {
    const settings = options.settings();
    if (!settings.autoBackup || !database.open) return false;
    if (changesNow() === changesAtLastBackup) return false;
    const newest = listBackups(databasePath)[0];
    if (newest === undefined) return true;
    const newestTime = backupTimeOf(databasePath, newest.name)!;
    const now = options.now();
    return now.getTime() - newestTime.getTime() >= autoBackupIntervalMilliseconds || now.toISOString().slice(0, 10) !== newest.createdAt.slice(0, 10);
  }

  async function backupNow(): Promise<string> {
    const changes = changesNow();
    const folder = backupFolderFor(databasePath);
    fs.mkdirSync(folder, { recursive: true });
    const outPath = path.join(folder, backupFileName(databasePath, options.now()));
    const result = await options.backup(outPath);
    changesAtLastBackup = changes;
    for (const old of backupsBeyond(listBackups(databasePath), options.settings().backupKeep)) {
      fs.rmSync(old.path, { force: true });
    }
    return result.outPath;
  }

  const runIfDue = (): Promise<string | null> => {
    if (running) return running;
    if (stopped || !isDue()) return Promise.resolve(null);
    running = backupNow().finally(() => {
      running = null;
    });
    return running;
  };

  return {
    runIfDue,
    start() {
      if (timer !== null || stopped) return;
      timer = setInterval(() => {
        runIfDue().catch((error: unknown) => {
          options.logError(`newsdesk: automatic backup of ${databasePath} failed: ${error instanceof Error ? error.message : String(error)}`);
        });
      }, checkEveryMilliseconds);
      timer.unref();
    },
    stop() {
      stopped = true;
      if (timer !== null) clearInterval(timer);
      timer = null;
    },
  };
}

/**
 * A backup is written under a hidden `.<name>.<random>.partial` name and renamed once checked; a
 * process killed mid-copy (SIGKILL, power loss) leaves that file behind. Removed at the next start.
 */
function removeLeftoverPartials(folder: string): void {
  let names: string[];
  try {
    names = fs.readdirSync(folder);
  } catch {
    return;
  }
  for (const name of names) {
    if (/^\..+\.partial(?:-wal|-shm|-journal)?$/.test(name)) fs.rmSync(path.join(folder, name), { force: true });
  }
}

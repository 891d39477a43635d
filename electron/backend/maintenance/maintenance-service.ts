import path from 'node:path';
import { ApiError } from '../../../shared/api/errors';
import type { ResultOf } from '../../../shared/api/contract';
import type { BackendContext } from '../backend-context';
import { backupFolderFor, listBackups } from '../store/backup-files';
import type { Database } from '../store/database';
import { backupDatabase, type BackupResult, checkDatabase, type DatabaseCheck } from '../store/maintenance';

/** Maintenance of the open database file: the `database.*` methods of the contract. */
export interface MaintenanceService {
  check(): DatabaseCheck;
  backup(outPath: string, overwrite: boolean, timeoutSeconds?: number): Promise<BackupResult>;
  status(): ResultOf<'database.status'>;
  backups(): ResultOf<'database.backups'>;
  /** Stops the backups in progress, leaving no file (the backend is closing). */
  cancelRunning(): void;
}

/** What a long job reports, as the contract's 'job.progress' event. */
export type ProgressListener = (progress: { jobId: string; done: number; total: number; label: string }) => void;

export interface MaintenanceOptions {
  /** The better-sqlite3 binding the backend was opened with, to check the backup copy with. */
  nativeBinding?: string;
  /** Told the progress of each backup (pages copied of all pages). */
  onProgress?: ProgressListener;
}

/** Maintenance works on the connection itself (pragmas, checks, SQLite's backup), not through queries. */
export function createMaintenanceService(
  database: Database,
  context: Pick<BackendContext, 'idleTasks' | 'databasePath'>,
  options: MaintenanceOptions = {},
): MaintenanceService {
  const running = new Set<AbortController>();
  let backupCount = 0;
  return {
    check: () => checkDatabase(database, context.databasePath),
    async backup(outPath, overwrite, timeoutSeconds) {
      if (!path.isAbsolute(outPath)) {
        throw new ApiError('backup-path-not-absolute', { outPath }, { where: 'outPath' });
      }
      // Saves whose search data is still pending are indexed first, so the copy is complete.
      context.idleTasks.runPending();
      const controller = new AbortController();
      running.add(controller);
      backupCount += 1;
      const jobId = `backup-${backupCount}`;
      try {
        return await backupDatabase(database, outPath, {
          overwrite,
          signal: controller.signal,
          ...(timeoutSeconds === undefined ? {} : { timeoutSeconds }),
          ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
          ...(options.onProgress
            ? { onProgress: ({ copiedPages, totalPages }) => options.onProgress!({ jobId, done: copiedPages, total: totalPages, label: outPath }) }
            : {}),
        });
      } finally {
        running.delete(controller);
      }
    },
    status: () => ({
      state: 'open',
      databasePath: context.databasePath,
      error: null,
      damaged: false,
      backupFolder: backupFolderFor(context.databasePath),
      backupCount: listBackups(context.databasePath).length,
    }),
    backups: () => ({
      folder: backupFolderFor(context.databasePath),
      backups: listBackups(context.databasePath).map(({ name, createdAt, bytes }) => ({ name, createdAt, bytes })),
    }),
    cancelRunning() {
      for (const controller of running) controller.abort();
    },
  };
}

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
  /** The damage the background integrity check found (integrity-checks.ts), for `database.status`. */
  damage?: () => ApiError | null;
  /** Told whether a backup's copy passed its integrity_check ('ok') or was damaged; not told of other failures. */
  afterBackup?: (outcome: 'ok' | 'damaged') => void;
}

/**
 * `database.status` of an open database: `damaged` with the error when the background integrity
 * check found damage (the window then offers "Khôi phục từ bản sao lưu"), else all well.
 */
export function openDatabaseStatus(databasePath: string, damage: ApiError | null): ResultOf<'database.status'> {
  const shape = damage?.toShape() ?? null;
  return {
    state: 'open',
    databasePath,
    error: shape ? { code: shape.code, reason: shape.reason, params: { ...shape.params }, message: shape.message } : null,
    damaged: damage !== null,
    backupFolder: backupFolderFor(databasePath),
    backupCount: listBackups(databasePath).length,
  };
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
        const result = await backupDatabase(database, outPath, {
          overwrite,
          signal: controller.signal,
          ...(timeoutSeconds === undefined ? {} : { timeoutSeconds }),
          ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
          ...(options.onProgress
            ? { onProgress: ({ copiedPages, totalPages }) => options.onProgress!({ jobId, done: copiedPages, total: totalPages, label: outPath }) }
            : {}),
        });
        options.afterBackup?.('ok');
        return result;
      } catch (error) {
        if (error instanceof ApiError && error.reason === 'backup-damaged') options.afterBackup?.('damaged');
        throw error;
      } finally {
        running.delete(controller);
      }
    },
    status: () => openDatabaseStatus(context.databasePath, options.damage?.() ?? null),
    backups: () => ({
      folder: backupFolderFor(context.databasePath),
      backups: listBackups(context.databasePath).map(({ name, createdAt, bytes }) => ({ name, createdAt, bytes })),
    }),
    cancelRunning() {
      for (const controller of running) controller.abort();
    },
  };
}

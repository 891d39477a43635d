import path from 'node:path';
import { ApiError } from '../../../shared/api/errors';
import type { BackendContext } from '../backend-context';
import type { Database } from '../store/database';
import { backupDatabase, type BackupResult, checkDatabase, type DatabaseCheck } from '../store/maintenance';

/** Maintenance of the open database file: the `database.*` methods of the contract. */
export interface MaintenanceService {
  check(): DatabaseCheck;
  backup(outPath: string, overwrite: boolean): Promise<BackupResult>;
}

export interface MaintenanceOptions {
  /** The better-sqlite3 binding the backend was opened with, to check the backup copy with. */
  nativeBinding?: string;
}

/** Maintenance works on the connection itself (pragmas, checks, SQLite's backup), not through queries. */
export function createMaintenanceService(database: Database, context: Pick<BackendContext, 'idleTasks'>, options: MaintenanceOptions = {}): MaintenanceService {
  return {
    check: () => checkDatabase(database),
    backup(outPath, overwrite) {
      if (!path.isAbsolute(outPath)) {
        throw new ApiError('backup-path-not-absolute', { outPath }, { where: 'outPath' });
      }
      // Saves whose search data is still pending are indexed first, so the copy is complete.
      context.idleTasks.runPending();
      return backupDatabase(database, outPath, { overwrite, ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}) });
    },
  };
}

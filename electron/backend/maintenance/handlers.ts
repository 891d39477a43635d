import { ApiError } from '../../../shared/api/errors';
import type { MethodHandlers } from '../handler-types';
import type { MaintenanceService } from './maintenance-service';

/**
 * The database maintenance methods of the contract. A restore replaces the open database, so only
 * the restorable backend (restorable-backend.ts, which serve and the desktop app use) can do it;
 * a plain backend refuses it as "in use" (by itself).
 */
export function maintenanceHandlers(maintenance: MaintenanceService, databasePath: string) {
  const inUse = () => {
    throw new ApiError('restore-database-in-use', { databasePath }, { where: databasePath });
  };
  return {
    'database.check': () => maintenance.check(),
    'database.backup': ({ outPath, overwrite, timeoutSeconds }) => maintenance.backup(outPath, overwrite ?? false, timeoutSeconds),
    'database.status': () => maintenance.status(),
    'database.backups': () => maintenance.backups(),
    'database.restore': inUse,
    'database.restoreFile': inUse,
  } satisfies MethodHandlers;
}

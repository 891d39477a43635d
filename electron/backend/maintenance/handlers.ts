import type { MethodHandlers } from '../handler-types';
import type { MaintenanceService } from './maintenance-service';

/** The database maintenance methods of the contract (trusted callers only). */
export function maintenanceHandlers(maintenance: MaintenanceService) {
  return {
    'database.check': () => maintenance.check(),
    'database.backup': ({ outPath, overwrite }) => maintenance.backup(outPath, overwrite ?? false),
  } satisfies MethodHandlers;
}

import { quickCheckFile } from '../../store/database';
import type { JobRunner } from '../worker-job';

export interface DatabaseCheckJobInput {
  databasePath: string;
  /** The better-sqlite3 binding of the backend (the Electron build's). */
  nativeBinding?: string;
}

export interface DatabaseCheckJobResult {
  /** 'ok', or the problems found, one per line. */
  quickCheck: string;
}

/**
 * The background integrity check (maintenance/integrity-checks.ts): `quick_check` over a read-only
 * connection of its own, in a worker thread, so that the thread answering the window and the
 * browser edition goes on meanwhile.
 */
export const runJob: JobRunner<DatabaseCheckJobInput, DatabaseCheckJobResult> = async (input) => ({
  value: { quickCheck: quickCheckFile(input.databasePath, input.nativeBinding) },
});

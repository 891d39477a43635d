import path from 'node:path';
import { methodNames, type ResultOf } from '../../shared/api/contract';
import { ApiError, type ApiErrorShape } from '../../shared/api/errors';
import { openBackend, type OpenedBackend } from './backend';
import type { Backend, OpenBackendOptions } from './backend-types';
import { createDispatch } from './dispatch';
import type { AllMethodHandlers } from './handler-types';
import { backupFolderFor, backupTimeOf, listBackups } from './store/backup-files';
import { openDatabaseStatus } from './maintenance/maintenance-service';
import { isDamagedDatabaseError } from './store/database';
import { abandonRestore, type CheckedBackup, completeRestore, databaseIsInUse, prepareRestore } from './store/restore';

/** The methods the restorable backend answers itself, whether or not the database is open. */
const recoveryMethods = new Set<string>(['database.status', 'database.backups', 'database.restore', 'database.restoreFile']);

/** A backend that survives its database: serve and the desktop app hold one. */
export interface RestorableBackend extends Backend {
  /** The backend over the open database; null while the database could not be opened. */
  readonly current: OpenedBackend | null;
}

/**
 * Opens the backend like `openBackend`, but a database that cannot be opened (damaged, not
 * SQLite, not permitted, too new) does not stop the program: the backend starts "unavailable",
 * `database.status` says why, every other method answers 'database-unavailable', and
 * `database.restore` can put a checked backup in place (the damaged file is kept aside). A restore
 * while open closes the database, replaces the file, and opens it again. No restart, no loop.
 */
export function openRestorableBackend(options: OpenBackendOptions): RestorableBackend {
  const databasePath = path.resolve(options.databasePath);
  const now = options.now ?? (() => new Date());
  let current: OpenedBackend | null = null;
  let openError: ApiError | null = null;
  let restoring: Promise<unknown> | null = null;
  let closed = false;

  function open(): void {
    try {
      current = openBackend(options);
      openError = null;
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      current = null;
      openError = error;
      // Not logged here: database.status carries it, and serve and the app show it.
    }
  }

  const unavailable = () =>
    closed
      ? new ApiError('database-closed', { databasePath }, { where: databasePath })
      : new ApiError('database-unavailable', { databasePath, problem: openError?.message ?? 'it is being restored' }, { where: databasePath });

  function status(): ResultOf<'database.status'> {
    if (current) return statusOpen(current);
    const shape: ApiErrorShape | null = openError?.toShape() ?? null;
    return {
      state: 'unavailable',
      databasePath,
      error: shape ? { code: shape.code, reason: shape.reason, params: { ...shape.params }, message: shape.message } : null,
      damaged: isDamagedDatabaseError(openError),
      backupFolder: backupFolderFor(databasePath),
      backupCount: listBackups(databasePath).length,
    };
  }

  function statusOpen(open: OpenedBackend): ResultOf<'database.status'> {
    return openDatabaseStatus(databasePath, open.integrityChecks?.damage() ?? null);
  }

  /** The backup named `name` of the backup folder, or (no name) the newest that passes the check. */
  function checkedBackupNamed(name: string | undefined): CheckedBackup {
    const binding = options.nativeBinding ? { nativeBinding: options.nativeBinding } : {};
    if (name !== undefined) {
      if (name !== path.basename(name) || backupTimeOf(databasePath, name) === null) {
        throw new ApiError('backup-name-invalid', { name }, { where: 'name' });
      }
      return prepareRestore(databasePath, path.join(backupFolderFor(databasePath), name), binding);
    }
    let lastError: unknown = null;
    for (const backup of listBackups(databasePath)) {
      try {
        return prepareRestore(databasePath, backup.path, binding);
      } catch (error) {
        lastError = error;
      }
    }
    if (lastError instanceof ApiError) throw lastError;
    throw new ApiError('restore-backup-missing', { backupPath: backupFolderFor(databasePath) }, { where: backupFolderFor(databasePath) });
  }

  /** Checks the backup, closes the database, moves the file aside, puts the backup in place, opens it. */
  async function restore(prepare: () => CheckedBackup): Promise<ResultOf<'database.restore'>> {
    if (restoring) await restoring.catch(() => undefined);
    const checked = prepare();
    const work = (async () => {
      const previous = current;
      current = null;
      previous?.close();
      if (databaseIsInUse(databasePath, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {})) {
        abandonRestore(checked);
        if (previous) open();
        throw new ApiError('restore-database-in-use', { databasePath }, { where: databasePath });
      }
      try {
        return completeRestore(databasePath, checked, now());
      } finally {
        open();
      }
    })();
    restoring = work;
    try {
      const result = await work;
      if (openError) throw new ApiError('restore-failed', { databasePath, backupPath: checked.backupPath, problem: openError.message }, { where: databasePath });
      return result;
    } finally {
      restoring = null;
    }
  }

  const recoveryHandlers = Object.fromEntries(
    methodNames.map((method) => [
      method,
      () => {
        throw unavailable();
      },
    ]),
  ) as unknown as AllMethodHandlers;
  Object.assign(recoveryHandlers, {
    'database.status': () => status(),
    'database.backups': () => ({
      folder: backupFolderFor(databasePath),
      backups: listBackups(databasePath).map(({ name, createdAt, bytes }) => ({ name, createdAt, bytes })),
    }),
    'database.restore': ({ name }: { name?: string }) => restore(() => checkedBackupNamed(name)),
    'database.restoreFile': ({ fromPath }: { fromPath: string }) =>
      restore(() => prepareRestore(databasePath, fromPath, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {})),
  } satisfies Partial<AllMethodHandlers>);
  const recoveryDispatch = createDispatch(recoveryHandlers, {
    checkResults: options.checkResults ?? (process.env.NEWSDESK_CHECK_RESULTS === '1' || process.env.VITEST !== undefined),
    databasePath,
    ...(options.logError ? { logError: options.logError } : {}),
  });

  open();
  const route = (method: string) => (closed || recoveryMethods.has(method) || current === null || restoring !== null ? null : current);

  return {
    databasePath,
    get current() {
      return current;
    },
    async call(method, args) {
      const target = route(method);
      if (target) return target.call(method, args);
      const outcome = await recoveryDispatch(method, args, 'trusted');
      if (!outcome.ok) throw ApiError.fromShape(outcome.error);
      return outcome.value as never;
    },
    callFromTransport(method, args) {
      const target = route(method);
      return target ? target.callFromTransport(method, args) : recoveryDispatch(method, args, 'transport');
    },
    readMedia: (hash) => current?.readMedia(hash) ?? null,
    close() {
      closed = true;
      current?.close();
      current = null;
    },
  };
}

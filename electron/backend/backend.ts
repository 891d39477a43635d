import path from 'node:path';
import { packageVersion } from './app/app-info';
import type { BackendContext } from './backend-context';
import type { Backend, OpenBackendOptions } from './backend-types';
import { createDispatch } from './dispatch';
import { IdleTasks } from './idle-tasks';
import { createMediaService } from './media/media-service';
import { createMethodHandlers } from './method-handlers';
import { openDatabase } from './store/database';
import { migrate } from './store/migrations/runner';
import { Queries } from './store/sql';

export type { Backend, OpenBackendOptions } from './backend-types';

/** The backend with its context, for code in electron/backend that registers listeners or tests. */
export interface OpenedBackend extends Backend {
  readonly context: BackendContext;
}

/**
 * Opens the database (creating it when missing), migrates it, and wires the services behind one
 * `dispatch`. Throws ApiError 'storage' for a damaged file, a file that is not SQLite, or a
 * database from a newer Newsdesk.
 */
export function openBackend(options: OpenBackendOptions): OpenedBackend {
  const databasePath = path.resolve(options.databasePath);
  const database = openDatabase(databasePath, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  try {
    migrate(database);
  } catch (error) {
    database.close();
    throw error;
  }
  const logError = options.logError ?? ((message: string) => process.stderr.write(`${message}\n`));
  const context: BackendContext = {
    database,
    queries: new Queries(database),
    now: options.now ?? (() => new Date()),
    databasePath,
    appVersion: options.appVersion ?? packageVersion,
    articleWriteListeners: [],
    idleTasks: new IdleTasks(logError),
    logError,
  };
  const media = createMediaService(context);
  const dispatch = createDispatch(createMethodHandlers(context, media), {
    checkResults: options.checkResults ?? (process.env.NEWSDESK_CHECK_RESULTS === '1' || process.env.VITEST !== undefined),
    databasePath,
    logError,
  });
  let closed = false;
  return {
    databasePath,
    context,
    dispatch: (method, args) =>
      closed
        ? Promise.resolve({ ok: false, error: { code: 'storage', message: `The database ${databasePath} has been closed.`, where: databasePath } })
        : dispatch(method, args),
    readMedia: (hash) => (closed ? null : media.read(hash)),
    close() {
      if (closed) return;
      closed = true;
      try {
        context.idleTasks.stop();
      } finally {
        database.close();
      }
    },
  };
}

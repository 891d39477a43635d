import path from 'node:path';
import { ApiError } from '../../shared/api/errors';
import { appHandlers } from './app/handlers';
import { packageVersion } from './app/app-info';
import { createArticleService } from './articles/article-service';
import { articleHandlers } from './articles/handlers';
import { createAuthorService } from './authors/author-service';
import { authorHandlers } from './authors/handlers';
import { createCategoryService } from './categories/category-service';
import { categoryHandlers } from './categories/handlers';
import { ArticleWriteListeners, type BackendContext } from './backend-context';
import type { Backend, OpenBackendOptions } from './backend-types';
import { createDispatch } from './dispatch';
import type { AllMethodHandlers } from './handler-types';
import { exportHandlers } from './export/handlers';
import { commentHandlers } from './comments/handlers';
import { createCommentImportService } from './comments/comment-import-service';
import { createCommentService } from './comments/comment-service';
import { createWordListStore } from './comments/word-list-store';
import { createExportService } from './export/export-service';
import { IdleTasks } from './idle-tasks';
import { importHandlers } from './import/handlers';
import { createImportService } from './import/import-service';
import { maintenanceHandlers } from './maintenance/handlers';
import { createMaintenanceService } from './maintenance/maintenance-service';
import { createAutoBackups } from './maintenance/auto-backups';
import { readIntegrityCheckedAt, writeIntegrityCheckedAt } from './maintenance/integrity-check-record';
import { createIntegrityChecks, type IntegrityChecks } from './maintenance/integrity-checks';
import { mediaHandlers } from './media/handlers';
import { createMediaService } from './media/media-service';
import { revisionHandlers } from './revisions/handlers';
import { createRevisionService } from './revisions/revision-service';
import { searchHandlers } from './search/handlers';
import { createSearchIndex } from './search/search-index';
import { createSearchService } from './search/search-service';
import { settingsHandlers } from './settings/handlers';
import { createSettingsService } from './settings/settings-service';
import { type Database, openDatabase } from './store/database';
import { migrate } from './store/migrations/runner';
import { Queries } from './store/sql';
import type { DatabaseCheckJobInput, DatabaseCheckJobResult } from './workers/jobs/database-check.job';
import { runWorkerJob, type WorkerJobLimits } from './workers/worker-job';

export type { Backend, OpenBackendOptions } from './backend-types';

/** The backend with its context and connection, for tests that look inside. */
export interface OpenedBackend extends Backend {
  readonly context: BackendContext;
  /** Writes an automatic backup when one is due (null when autoBackups is off): tests call it instead of waiting. */
  readonly autoBackups: { runIfDue(): Promise<string | null> } | null;
  /** The background integrity check (null unless `backgroundChecks`): tests run it instead of waiting. */
  readonly integrityChecks: IntegrityChecks | null;
  /** The connection itself: the services reach SQL only through `context.queries`. */
  readonly database: Database;
}

/** The background check's worker: quick_check needs little heap (SQLite's memory is its own); a very large file may take minutes. */
export const databaseCheckJobLimits: WorkerJobLimits = { memoryMegabytes: 64, timeMilliseconds: 30 * 60 * 1000 };

/**
 * The composition root. Opens the database (creating it when missing, unless `mustExist`),
 * migrates it, builds each service once, registers the article write listeners, runs the start-up
 * work, and assembles every feature's handlers behind one dispatch. Throws ApiError 'storage' for
 * a damaged file, a file that is not SQLite, or a database from a newer Newsdesk.
 *
 * To add a method: declare it in shared/api/methods/, implement it in its feature's service, and
 * map it in that feature's handlers.ts; a feature new to the backend adds two lines below: its
 * service, and its handlers in the table (README, "Architecture").
 */
export function openBackend(options: OpenBackendOptions): OpenedBackend {
  const databasePath = path.resolve(options.databasePath);
  const readonly = options.readonly ?? false;
  const migrates = options.migrate !== false && !readonly;
  const database = openDatabase(databasePath, {
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    ...(options.mustExist ? { mustExist: true } : {}),
    ...(readonly ? { readonly: true } : {}),
  });
  try {
    if (migrates) migrate(database);
  } catch (error) {
    database.close();
    throw error;
  }
  const logError = options.logError ?? ((message: string) => process.stderr.write(`${message}\n`));
  const context: BackendContext = {
    queries: new Queries(database),
    now: options.now ?? (() => new Date()),
    databasePath,
    appVersion: options.appVersion ?? packageVersion,
    articleWrites: new ArticleWriteListeners(),
    idleTasks: new IdleTasks(logError),
    logError,
  };

  const articles = createArticleService(context);
  const revisions = createRevisionService(context);
  const authors = createAuthorService(context);
  const media = createMediaService(context);
  const settings = createSettingsService(context);
  const categories = createCategoryService(context);
  const searchIndex = createSearchIndex(context);
  const search = createSearchService(context);
  const importer = createImportService(context, { articles, media, settings }, options.importJobLimits);
  const words = createWordListStore(context);
  const comments = createCommentService(context, { settings, words });
  const commentImporter = createCommentImportService(context, { wordLists: () => words.get(), settings });
  const exporter = createExportService(context, { articles, settings, comments });
  // Rows written by housekeeping (the time of the last integrity check) are not use: no backup for them.
  let housekeepingChanges = 0;
  const stopChecks = new AbortController();
  const integrityChecks =
    options.backgroundChecks && !readonly
      ? createIntegrityChecks({
          databasePath,
          now: context.now,
          lastPassedAt: () => readIntegrityCheckedAt(context.queries),
          recordPassed: (at) => {
            writeIntegrityCheckedAt(context.queries, at);
            housekeepingChanges += 1;
          },
          quickCheck: async () => {
            const input: DatabaseCheckJobInput = { databasePath, ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}) };
            const result = await runWorkerJob<DatabaseCheckJobInput, DatabaseCheckJobResult>('database-check', input, {
              limits: databaseCheckJobLimits,
              signal: stopChecks.signal,
            });
            return result.quickCheck;
          },
          logError,
        })
      : null;
  const maintenance = createMaintenanceService(database, context, {
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    ...(integrityChecks
      ? {
          damage: () => integrityChecks.damage(),
          // A backup's copy passed integrity_check: the same pages, so today's check is done; a damaged copy calls for a check now.
          afterBackup: (outcome) => {
            if (outcome === 'ok') integrityChecks.passed();
            else integrityChecks.runNow().catch((error: unknown) => logError(`newsdesk: the integrity check after a damaged backup failed: ${String(error)}`));
          },
        }
      : {}),
  });
  const autoBackups = options.autoBackups
    ? createAutoBackups({
        database,
        databasePath,
        settings: () => settings.get(),
        now: context.now,
        backup: (outPath) => maintenance.backup(outPath, false),
        ignoredChanges: () => housekeepingChanges,
        logError,
      })
    : null;
  autoBackups?.start();
  integrityChecks?.start();

  context.articleWrites.listen(searchIndex.onArticleWrite);
  // A backend opened without migrating (newsdesk check) reads the file as it is and writes nothing.
  if (migrates) indexWhatACrashLeftQueued();

  const handlers: AllMethodHandlers = {
    ...appHandlers(context),
    ...settingsHandlers(settings),
    ...articleHandlers(articles),
    ...revisionHandlers(revisions),
    ...authorHandlers(authors),
    ...mediaHandlers(media),
    ...searchHandlers(search, searchIndex),
    ...categoryHandlers(categories),
    ...importHandlers(importer),
    ...exportHandlers(exporter),
    ...commentHandlers(comments, commentImporter),
    ...maintenanceHandlers(maintenance, databasePath),
  };
  const dispatch = createDispatch(handlers, {
    checkResults: options.checkResults ?? (process.env.NEWSDESK_CHECK_RESULTS === '1' || process.env.VITEST !== undefined),
    databasePath,
    logError,
  });

  function indexWhatACrashLeftQueued(): void {
    try {
      searchIndex.catchUp();
    } catch (error) {
      // Not fatal: each search catches up before it runs.
      logError(`newsdesk: could not index the articles queued for the search index: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }
  }

  let closed = false;
  const closedOutcome = () =>
    Promise.resolve({ ok: false as const, error: new ApiError('database-closed', { databasePath }, { where: databasePath }).toShape() });
  return {
    databasePath,
    context,
    database,
    autoBackups,
    integrityChecks,
    async call(method, args) {
      const outcome = closed ? await closedOutcome() : await dispatch(method, args, 'trusted');
      if (!outcome.ok) throw ApiError.fromShape(outcome.error);
      // dispatch ran the handler of `method`, whose result type the handler table guarantees.
      return outcome.value as never;
    },
    callFromTransport: (method, args) => (closed ? closedOutcome() : dispatch(method, args, 'transport')),
    readMedia: (hash) => (closed ? null : media.read(hash)),
    close() {
      if (closed) return;
      closed = true;
      try {
        autoBackups?.stop();
        integrityChecks?.stop();
        stopChecks.abort();
        maintenance.cancelRunning();
        context.idleTasks.stop();
      } finally {
        database.close();
      }
    },
  };
}

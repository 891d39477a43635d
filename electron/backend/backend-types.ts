import type { ArgsOf, MethodName, ResultOf } from '../../shared/api/contract';
import type { CallOutcome } from '../../shared/api/errors';
import type { WorkerJobLimits } from './workers/worker-job';

export interface OpenBackendOptions {
  /** The SQLite file; created with its folder when missing, unless `mustExist`. */
  databasePath: string;
  /**
   * Refuse a missing file instead of creating it (check, backup).
   * @default false
   */
  mustExist?: boolean;
  /**
   * Bring the schema up to date on open. `newsdesk check` opens without migrating, to report the
   * file as it is; only `database.check` is meant to be called on such a backend.
   * @default true
   */
  migrate?: boolean;
  /**
   * Open the file read-only and write nothing (`newsdesk check`); implies `mustExist` and
   * `migrate: false`.
   * @default false
   */
  readonly?: boolean;
  /**
   * Keep rolling automatic backups while in use (settings autoBackup, backupKeep): the app and
   * `newsdesk serve`. The CLI's one-shot commands and the tests leave it off.
   * @default false
   */
  autoBackups?: boolean;
  /**
   * Run the full integrity check (quick_check) in the background at most once a day, in a worker
   * thread, and report damage through `database.status`: the app and `newsdesk serve`. The check
   * at open is only the cheap one (header and schema).
   * @default false
   */
  backgroundChecks?: boolean;
  /** Told the progress of long jobs (a backup's pages), as the contract's 'job.progress' event. */
  onProgress?: (progress: { jobId: string; done: number; total: number; label: string }) => void;
  /** Path to a better_sqlite3.node built for another ABI (the Electron build); the Node build otherwise. */
  nativeBinding?: string;
  /** Shown by app.info; defaults to package.json's version. */
  appVersion?: string;
  /**
   * Check every result against the contract's result schema.
   * @default true when the environment variable NEWSDESK_CHECK_RESULTS is "1" or vitest runs, false otherwise
   */
  checkResults?: boolean;
  /**
   * The clock of the services (tests simulate time with it).
   * @default () => new Date()
   */
  now?: () => Date;
  /**
   * Where unexpected errors are logged with their stack.
   * @default writes to stderr
   */
  logError?: (message: string) => void;
  /**
   * The memory cap and time limit of reading one imported article file (tests lower them).
   * @default articleFileJobLimits (import-service.ts)
   */
  importJobLimits?: WorkerJobLimits;
}

export interface MediaBytes {
  mime: string;
  bytes: Uint8Array;
}

/** The backend behind every transport: one SQLite database and the services over it. */
export interface Backend {
  readonly databasePath: string;
  /**
   * For trusted in-process callers (the CLI, Electron's main process, benches, tests): calls one
   * method with arguments and result typed from the contract. The arguments are still validated
   * and normalised to NFC as a transport's are. Rejects with an ApiError when the call fails.
   */
  call<M extends MethodName>(method: M, args: ArgsOf<M>): Promise<ResultOf<M>>;
  /**
   * For the IPC and HTTP transports only: a method name and arguments from outside, untrusted.
   * Refuses unknown and trusted-only methods, validates the arguments with the contract, and
   * returns a value or a typed error. Never throws.
   */
  callFromTransport(method: string, args: unknown): Promise<CallOutcome<unknown>>;
  /** For the media URL routes (`newsdesk-media://`, `GET /media/<hash>`): null when there is no such media. */
  readMedia(hash: string): MediaBytes | null;
  close(): void;
}

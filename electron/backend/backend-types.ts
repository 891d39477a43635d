import type { CallOutcome } from '../../shared/api/errors';

export interface OpenBackendOptions {
  /** The SQLite file; created with its folder when missing. */
  databasePath: string;
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
}

export interface MediaBytes {
  mime: string;
  bytes: Uint8Array;
}

/** The backend behind every transport: one SQLite database and the services over it. */
export interface Backend {
  readonly databasePath: string;
  /** Validates `args` with the contract, calls the service, and returns a value or a typed error. Never throws. */
  dispatch(method: string, args: unknown): Promise<CallOutcome<unknown>>;
  /** For the media URL routes (`newsdesk-media://`, `GET /media/<hash>`): null when there is no such media. */
  readMedia(hash: string): MediaBytes | null;
  close(): void;
}

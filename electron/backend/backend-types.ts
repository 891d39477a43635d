import type { CallOutcome } from '../../shared/api/errors';

export interface OpenBackendOptions {
  /** The SQLite file; created with its folder when missing. */
  databasePath: string;
  /** Path to a better_sqlite3.node built for another ABI (the Electron build); the Node build otherwise. */
  nativeBinding?: string;
  /** Shown by app.info; defaults to package.json's version. */
  appVersion?: string;
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

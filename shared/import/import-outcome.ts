import type { ApiErrorShape } from '../api/errors';
import type { ImportedArticleSummary } from '../model/import';

/** Why a file could not be read: gone, not a regular file (a folder, a pipe), or the read failed. */
export type UnreadableCause = 'missing' | 'not-a-file' | 'read-failed';

/**
 * Why one file was not imported, as data: the page words it in the interface language, the CLI in
 * English. Plain data, so that it crosses IPC in the 'import.completed' event.
 */
export type ImportFailure =
  /**
   * Bigger than `import.files` accepts: never sent. `sizeBytes` is the size the file system gave,
   * or, for a file that grew while it was read, the bytes read (then the file is at least that big).
   */
  | { reason: 'too-large'; sizeBytes: number; limitBytes: number }
  /** The file could not be read. `detail` is the system's own message, kept for the record (may be empty). */
  | { reason: 'unreadable'; cause: UnreadableCause; detail: string }
  /** The backend refused the file (or could not be reached): its error, unchanged. */
  | { reason: 'rejected'; error: ApiErrorShape };

/** What became of one file of an import: the articles made from it, or why there are none. */
export type ImportOutcome =
  | { kind: 'imported'; fileName: string; articles: ImportedArticleSummary[] }
  | { kind: 'failed'; fileName: string; failure: ImportFailure };

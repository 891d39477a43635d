import type { ImportedArticleSummary } from '../../shared/model/import';

/** Why one file was not imported. */
export type ImportFailure =
  /** Bigger than `import.files` accepts: not even read. */
  | { reason: 'too-large'; limitBytes: number }
  /** The browser could not read the file from disk. */
  | { reason: 'unreadable'; message: string }
  /** The backend refused the file, or could not be reached: usually an ApiError. */
  | { reason: 'rejected'; error: unknown };

/** What became of one file of an import. */
export type ImportOutcome =
  | { kind: 'imported'; fileName: string; articles: ImportedArticleSummary[] }
  | { kind: 'failed'; fileName: string; failure: ImportFailure };

/** One file as `import.files` takes it. */
export interface ImportFileArgument {
  name: string;
  data: string;
}

/** Sends one file to the backend: `api['import.files']` with a single file. */
export type SendImportFile = (file: ImportFileArgument) => Promise<{ articles: ImportedArticleSummary[] }>;

import { ApiError, isApiErrorShape, type ApiErrorShape } from '../api/errors';
import { importLimits, type ImportedArticleSummary } from '../model/import';
import { base64OfBytes } from './base64-of-bytes';
import type { ImportFailure, ImportOutcome, UnreadableCause } from './import-outcome';

/** One file to import, wherever it is: a File the page was given, a path on disk. */
export interface ImportFileReader {
  /** The file's name without its folder, e.g. 'tin-bai.docx': the backend tells the format by it. */
  readonly name: string;
  /** Its size in bytes before it is read. Rejects (preferably with an UnreadableFileError) when it cannot be read. */
  size(): Promise<number>;
  /**
   * Its bytes, at most `maximumBytes` of them: a reader may stop there, since more is refused
   * anyway. Rejects (preferably with an UnreadableFileError) when the file cannot be read.
   */
  read(maximumBytes: number): Promise<Uint8Array>;
}

/** One file as `import.files` takes it: its name and its bytes in base64. */
export interface ImportFileArgument {
  name: string;
  data: string;
}

/**
 * Sends one file to the backend's `import.files` (as its only file). Resolves to the method's
 * result, or rejects, with an ApiError when the backend refused the file or could not be reached.
 */
export type SendImportFile = (file: ImportFileArgument) => Promise<{ articles: ImportedArticleSummary[] }>;

/** What a reader throws when it knows why its file cannot be read; any other error counts as 'read-failed'. */
export class UnreadableFileError extends Error {
  override readonly name = 'UnreadableFileError';
  constructor(
    readonly kind: UnreadableCause,
    /** The system's own message, if any. */
    readonly detail: string,
  ) {
    super(detail === '' ? kind : detail);
  }
}

/**
 * Imports one file: refuses it from its size when it is over `limitBytes` (without reading it),
 * reads it, refuses it again if it gave more bytes than that (it grew since), and sends it to the
 * backend in its own call. Never rejects: every failure is an outcome naming the file. The page
 * (picker and drop), File › Nhập in the desktop app and `newsdesk import` all import through here.
 */
export async function importOneFile(
  reader: ImportFileReader,
  send: SendImportFile,
  limitBytes: number = importLimits.fileBytes,
  /** Told about a failure that is not the backend's refusal (a bug, a lost connection), with its stack. */
  logUnexpected: (error: unknown) => void = () => {},
): Promise<ImportOutcome> {
  const fileName = reader.name;
  const failed = (failure: ImportFailure): ImportOutcome => ({ kind: 'failed', fileName, failure });
  let bytes: Uint8Array;
  try {
    const sizeBytes = await reader.size();
    if (sizeBytes > limitBytes) return failed({ reason: 'too-large', sizeBytes, limitBytes });
    bytes = await reader.read(limitBytes + 1);
  } catch (error) {
    return failed(unreadable(error));
  }
  if (bytes.length > limitBytes) return failed({ reason: 'too-large', sizeBytes: bytes.length, limitBytes });
  try {
    const { articles } = await send({ name: fileName, data: base64OfBytes(bytes) });
    return { kind: 'imported', fileName, articles };
  } catch (error) {
    if (!(error instanceof ApiError) && !isApiErrorShape(error)) logUnexpected(error);
    return failed({ reason: 'rejected', error: errorShapeOf(error, fileName) });
  }
}

function unreadable(error: unknown): ImportFailure {
  if (error instanceof UnreadableFileError) return { reason: 'unreadable', cause: error.kind, detail: error.detail };
  return { reason: 'unreadable', cause: 'read-failed', detail: error instanceof Error ? error.message : String(error) };
}

function errorShapeOf(error: unknown, fileName: string): ApiErrorShape {
  if (error instanceof ApiError) return error.toShape();
  if (isApiErrorShape(error)) return error;
  return new ApiError('import-failed-unexpectedly', { fileName }, { where: fileName }).toShape();
}

/**
 * A failure as the error its reason names, for a caller that words errors itself (the CLI words
 * them in English): too large, missing, unreadable, or the backend's refusal unchanged.
 */
export function errorOfImportFailure(fileName: string, failure: ImportFailure): ApiError {
  switch (failure.reason) {
    case 'too-large':
      return new ApiError('import-file-too-large', { fileName, sizeBytes: failure.sizeBytes, limitBytes: failure.limitBytes }, { where: fileName });
    case 'unreadable':
      if (failure.cause === 'not-a-file') return new ApiError('import-file-not-regular', { fileName }, { where: fileName });
      return new ApiError(failure.cause === 'missing' ? 'import-file-missing' : 'import-file-read-failed', { fileName, problem: failure.detail }, { where: fileName });
    case 'rejected':
      return ApiError.fromShape(failure.error);
  }
}

import path from 'node:path';
import type { ArgsOf, ContractEvents, ResultOf } from '../../shared/api/contract';
import { ApiError } from '../../shared/api/errors';
import { importLimits } from '../../shared/model/import';
import { readFileWithinLimit } from './read-file-within-limit';

/** What became of one chosen file, as the 'import.completed' event carries it. */
export type ChosenFileResult = ContractEvents['import.completed']['results'][number];

type ImportOutcome = ChosenFileResult['outcome'];

export interface ImportChosenFilesOptions {
  /** Imports one file: the backend's `import.files`, resolving to its result or rejecting with an ApiError. */
  send: (args: ArgsOf<'import.files'>) => Promise<ResultOf<'import.files'>>;
  /** Called before each file (`done` files finished so far) and once more when all are done. */
  onProgress?: (done: number, total: number, fileName: string) => void;
  /** @default importLimits.fileBytes */
  limitBytes?: number;
}

/**
 * Imports files from disk one `import.files` call per file, one after the other, so that a bad
 * file never blocks the others. Never throws: every failure is an outcome naming its file.
 */
export async function importChosenFiles(filePaths: readonly string[], options: ImportChosenFilesOptions): Promise<ChosenFileResult[]> {
  const limitBytes = options.limitBytes ?? importLimits.fileBytes;
  const results: ChosenFileResult[] = [];
  for (const [index, filePath] of filePaths.entries()) {
    const fileName = path.basename(filePath);
    options.onProgress?.(index, filePaths.length, fileName);
    results.push({ fileName, outcome: await importOneChosenFile(filePath, fileName, limitBytes, options.send) });
  }
  options.onProgress?.(filePaths.length, filePaths.length, '');
  return results;
}

async function importOneChosenFile(
  filePath: string,
  fileName: string,
  limitBytes: number,
  send: ImportChosenFilesOptions['send'],
): Promise<ImportOutcome> {
  const reading = await readFileWithinLimit(filePath, limitBytes);
  if (reading.kind === 'too-large') {
    return refused(fileName, 'too_large', `the file is ${megabytes(reading.size)}; the limit is ${megabytes(limitBytes)} per file.`, {
      size: reading.size,
      limit: limitBytes,
    });
  }
  if (reading.kind === 'unreadable') {
    return refused(fileName, reading.missing ? 'not_found' : 'invalid_argument', `Newsdesk could not read the file (${reading.reason}).`, {
      readError: reading.reason,
    });
  }
  try {
    return { ok: true, value: await send({ files: [{ name: fileName, data: reading.bytes.toString('base64') }] }) };
  } catch (error) {
    if (error instanceof ApiError) return { ok: false, error: error.toShape() };
    console.error(`newsdesk: importing ${filePath} failed unexpectedly:`, error);
    return refused(fileName, 'internal', 'the import failed unexpectedly inside Newsdesk (details are in the log); try again.');
  }
}

function refused(
  fileName: string,
  code: 'too_large' | 'not_found' | 'invalid_argument' | 'internal',
  message: string,
  details?: Record<string, unknown>,
): ImportOutcome {
  return {
    ok: false,
    error: { code, message: `${fileName}: ${message} Nothing was imported.`, where: fileName, ...(details ? { details } : {}) },
  };
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

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
    return refused(new ApiError('import-file-too-large', { fileName, sizeBytes: reading.size, limitBytes }, { where: fileName }));
  }
  if (reading.kind === 'unreadable') {
    const params = { fileName, problem: reading.reason };
    return refused(new ApiError(reading.missing ? 'import-file-missing' : 'import-file-read-failed', params, { where: fileName }));
  }
  try {
    return { ok: true, value: await send({ files: [{ name: fileName, data: reading.bytes.toString('base64') }] }) };
  } catch (error) {
    if (error instanceof ApiError) return refused(error);
    console.error(`newsdesk: importing ${filePath} failed unexpectedly:`, error);
    return refused(new ApiError('import-failed-unexpectedly', { fileName }, { where: fileName }));
  }
}

function refused(error: ApiError): ImportOutcome {
  return { ok: false, error: error.toShape() };
}

import { fileOnDiskReader } from '../backend/import/file-on-disk-reader';
import { importOneFile, type SendImportFile } from '../../shared/import/import-one-file';
import type { ImportOutcome } from '../../shared/import/import-outcome';
import { importLimits } from '../../shared/model/import';

export interface ImportChosenFilesOptions {
  /** Imports one file: the backend's `import.files`, resolving to its result or rejecting with an ApiError. */
  send: SendImportFile;
  /** Called before each file (`done` files finished so far) and once more when all are done. */
  onProgress?: (done: number, total: number, fileName: string) => void;
  /** @default importLimits.fileBytes */
  limitBytes?: number;
}

/**
 * Imports files from disk through the import pipeline, one `import.files` call per file, one after
 * the other, so that a bad file never blocks the others. Never throws: every failure is an outcome
 * naming its file.
 */
export async function importChosenFiles(filePaths: readonly string[], options: ImportChosenFilesOptions): Promise<ImportOutcome[]> {
  const outcomes: ImportOutcome[] = [];
  for (const [index, filePath] of filePaths.entries()) {
    const reader = fileOnDiskReader(filePath);
    options.onProgress?.(index, filePaths.length, reader.name);
    outcomes.push(
      await importOneFile(reader, options.send, options.limitBytes ?? importLimits.fileBytes, (error) =>
        console.error(`newsdesk: importing ${filePath} failed unexpectedly:`, error),
      ),
    );
  }
  options.onProgress?.(filePaths.length, filePaths.length, '');
  return outcomes;
}

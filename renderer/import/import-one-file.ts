import { importLimits } from '../../shared/model/import';
import { readFileAsBase64 } from './base64-of-bytes';
import type { ImportOutcome, SendImportFile } from './import-outcome';

/** Reads one file and imports it; any failure becomes an outcome naming the file, never a thrown error. */
export async function importOneFile(file: File, send: SendImportFile, limitBytes: number = importLimits.fileBytes): Promise<ImportOutcome> {
  const fileName = file.name;
  if (file.size > limitBytes) return { kind: 'failed', fileName, failure: { reason: 'too-large', limitBytes } };
  let data: string;
  try {
    data = await readFileAsBase64(file);
  } catch (error) {
    return { kind: 'failed', fileName, failure: { reason: 'unreadable', message: error instanceof Error ? error.message : String(error) } };
  }
  try {
    const { articles } = await send({ name: fileName, data });
    return { kind: 'imported', fileName, articles };
  } catch (error) {
    return { kind: 'failed', fileName, failure: { reason: 'rejected', error } };
  }
}

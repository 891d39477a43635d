import type { ImportedArticle } from '../../../../shared/model/import';
import { type ImportFile, readImportFile } from '../../import/read-import-file';
import type { JobRunner } from '../worker-job';

/**
 * Checks and reads one article file (.txt, .html, .docx) into an article, stored nothing: the
 * importing thread stores it. A file that cannot be read throws its ApiError naming the file.
 * The images' bytes come back copied (several figures may share one buffer).
 */
export const runJob: JobRunner<ImportFile, ImportedArticle> = async (file) => ({ value: await readImportFile(file) });

import type { ImportedArticle } from '../../../../shared/model/import';
import { readImportFile } from '../../import/read-import-file';
import type { JobRunner } from '../worker-job';

/** One article file: its name, and its bytes or their base64 (as `import.files` receives them, decoded here). */
export interface ArticleFileJobInput {
  name: string;
  data?: Uint8Array;
  base64?: string;
}

/**
 * Checks and reads one article file (.txt, .html, .docx) into an article, storing nothing: the
 * importing thread stores it. A file that cannot be read throws its ApiError naming the file.
 * The images' bytes come back copied (several figures may share one buffer).
 */
export const runJob: JobRunner<ArticleFileJobInput, ImportedArticle> = async (input) => {
  const data = input.base64 !== undefined ? new Uint8Array(Buffer.from(input.base64, 'base64')) : (input.data ?? new Uint8Array());
  return { value: await readImportFile({ name: input.name, data }) };
};

import type { MethodHandlers } from '../handler-types';
import type { ImportService } from './import-service';

/** The import methods of the contract. */
export function importHandlers(importer: ImportService) {
  return {
    'import.files': async ({ files }) => ({
      articles: await importer.importFiles(files),
    }),
  } satisfies MethodHandlers;
}

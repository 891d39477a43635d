import type { MethodHandlers } from '../handler-types';
import type { ImportService } from './import-service';

/** The import methods of the contract. */
export function importHandlers(importer: ImportService) {
  return {
    'import.files': async ({ files, ifDuplicate }) => {
      const { articles, duplicates } = await importer.importFiles(files, ifDuplicate);
      return duplicates.length > 0 ? { articles, duplicates } : { articles };
    },
  } satisfies MethodHandlers;
}

import type { Migration } from './migration';
import { runStatements } from './migration';

/**
 * Comment import no longer stages rows in the database file: a worker reads each file and its rows
 * are staged in a TEMP table of the importing connection (electron/backend/comments/import/
 * staging-table.ts), which costs no fsync and leaves nothing behind after a crash. The table of
 * migration 0100 goes; it only ever held rows during an import.
 */
export const migration0110DropCommentImportStaging: Migration = {
  version: 110,
  name: 'drop-comment-import-staging',
  up(database) {
    runStatements(database, ['DROP TABLE comment_import_staging']);
  },
};

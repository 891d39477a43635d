import fs from 'node:fs';
import path from 'node:path';
import { defineCommand, UsageError } from '../command';

export const restoreCommand = defineCommand({
  name: 'restore',
  summary: 'Replace the database with a backup, checked first; the current file is renamed aside (.before-restore-<time>), never deleted.',
  usage: 'newsdesk restore --from FILE [--json] [--db FILE]',
  options: {
    from: {
      type: 'string',
      valueName: 'FILE',
      description: 'The backup to restore (e.g. one in newsdesk-backups/ beside the database, or one made by newsdesk backup).',
    },
    json: { type: 'boolean', description: 'Print {databasePath, restoredFrom, movedAsideTo, bytes} as JSON.' },
  },
  async run(context) {
    const from = context.options.from;
    if (from === undefined || from === '') {
      throw new UsageError('--from FILE is required: the backup file to restore.');
    }
    const fromPath = path.resolve(context.cwd, from);
    // Opens even a damaged database (to replace it); a missing one is not created first.
    const backend = await context.openRestorableBackend({ create: fs.existsSync(context.database.path) });
    let result;
    try {
      result = await context.call(backend, 'database.restoreFile', { fromPath });
    } finally {
      backend.close();
    }
    if (context.options.json) {
      context.writeJson(result);
    } else {
      context.stdout.write(
        `Restored ${result.databasePath} from ${result.restoredFrom} (${result.bytes} bytes, integrity_check ok).\n` +
          (result.movedAsideTo ? `The previous file was kept as ${result.movedAsideTo}.\n` : ''),
      );
    }
  },
});

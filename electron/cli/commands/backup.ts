import path from 'node:path';
import { defineCommand, UsageError } from '../command';

export const backupCommand = defineCommand({
  name: 'backup',
  summary: 'Copy the database to a new file while it may be in use, and check the copy.',
  usage: 'newsdesk backup --out FILE [--json] [--db FILE]',
  options: {
    out: { type: 'string', valueName: 'FILE', description: 'The backup file to write; it must not exist yet.' },
    json: { type: 'boolean', description: 'Print {outPath, bytes, integrity} as JSON.' },
  },
  async run(context) {
    const { out, json = false } = context.options;
    if (out === undefined || out === '') {
      throw new UsageError('--out FILE is required: the backup file to write.');
    }
    const outPath = path.resolve(context.cwd, out);
    const databasePath = context.database.path;
    // A missing database and an existing backup file are refused by openBackend and database.backup.
    const backend = await context.openBackend();
    let result;
    try {
      result = await context.call(backend, 'database.backup', { outPath });
    } finally {
      backend.close();
    }
    if (json) {
      context.writeJson(result);
    } else {
      context.stdout.write(`Backed up ${databasePath} to ${result.outPath} (${result.bytes} bytes, integrity_check ${result.integrity}).\n`);
    }
  },
});

import path from 'node:path';
import { defineCommand, UsageError } from '../command';

/** The time limit of `newsdesk backup` unless --timeout is given: ten minutes. */
const defaultTimeoutSeconds = 600;

function parseTimeout(value: string | undefined): number {
  if (value === undefined) return defaultTimeoutSeconds;
  const seconds = /^\d{1,5}$/.test(value) ? Number(value) : Number.NaN;
  if (!(seconds >= 1 && seconds <= 86_400)) {
    throw new UsageError(`--timeout must be a whole number of seconds from 1 to 86400, not "${value}".`);
  }
  return seconds;
}

export const backupCommand = defineCommand({
  name: 'backup',
  summary: 'Copy the database to a new file while it may be in use, and check the copy; never leaves a partial file.',
  usage: 'newsdesk backup --out FILE [--timeout SECONDS] [--json] [--db FILE]',
  options: {
    out: { type: 'string', valueName: 'FILE', description: 'The backup file to write; it must not exist yet.' },
    timeout: {
      type: 'string',
      valueName: 'SECONDS',
      description: `Stop, leaving no file, when the copy takes longer (default ${defaultTimeoutSeconds}).`,
    },
    json: { type: 'boolean', description: 'Print {outPath, bytes, integrity} as JSON (progress still goes to stderr).' },
  },
  async run(context) {
    const { out, json = false } = context.options;
    if (out === undefined || out === '') {
      throw new UsageError('--out FILE is required: the backup file to write.');
    }
    const timeoutSeconds = parseTimeout(context.options.timeout);
    const outPath = path.resolve(context.cwd, out);
    const databasePath = context.database.path;
    let shownPercent = -1;
    // A missing database and an existing backup file are refused by openBackend and database.backup.
    const backend = await context.openBackend({
      onProgress: ({ done, total }) => {
        const percent = total === 0 ? 100 : Math.floor((done / total) * 100);
        if (percent === shownPercent) return;
        shownPercent = percent;
        context.stderr.write(`newsdesk backup: ${percent}% (${done} of ${total} pages)\n`);
      },
    });
    // Ctrl+C: closing the backend stops the copy between two steps and removes the partial file.
    const stop = () => backend.close();
    context.stopSignal.addEventListener('abort', stop, { once: true });
    let result;
    try {
      result = await context.call(backend, 'database.backup', { outPath, timeoutSeconds });
    } finally {
      context.stopSignal.removeEventListener('abort', stop);
      backend.close();
    }
    if (json) {
      context.writeJson(result);
    } else {
      context.stdout.write(`Backed up ${databasePath} to ${result.outPath} (${result.bytes} bytes, integrity_check ${result.integrity}).\n`);
    }
  },
});

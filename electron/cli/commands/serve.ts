import fs from 'node:fs';
import path from 'node:path';
import { CommandFailure, defineCommand, UsageError } from '../command';
import { describeDatabaseSource } from '../database-location';
import { rendererDistDir } from '../repository-paths';

function parsePort(value: string | undefined): number {
  if (value === undefined) return 0;
  const port = /^\d{1,5}$/.test(value) ? Number(value) : Number.NaN;
  if (!(port >= 0 && port <= 65_535)) {
    throw new UsageError(`--port must be a whole number from 0 to 65535 (0 picks a free port), not "${value}".`);
  }
  return port;
}

function untilAborted(signal: AbortSignal): Promise<void> {
  if (signal.aborted) return Promise.resolve();
  return new Promise((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }));
}

export const serveCommand = defineCommand({
  name: 'serve',
  summary: 'Run the browser edition on 127.0.0.1 and print the address to open (token included).',
  usage: 'newsdesk serve [--port N] [--renderer-dir DIR] [--db FILE]',
  options: {
    port: { type: 'string', valueName: 'N', description: 'The port on 127.0.0.1 (default: a free one).' },
    'renderer-dir': {
      type: 'string',
      valueName: 'DIR',
      description: 'Serve this built renderer instead of renderer/dist (which is built first when missing).',
    },
  },
  async run(context) {
    const port = parsePort(context.options.port);
    const rendererDirOption = context.options['renderer-dir'];
    let rendererDir: string;
    if (rendererDirOption === undefined) {
      rendererDir = rendererDistDir;
      if (!fs.existsSync(path.join(rendererDir, 'index.html'))) {
        context.stderr.write(`newsdesk serve: ${path.join(rendererDir, 'index.html')} is missing; building the renderer first (vite build)...\n`);
        try {
          // Loaded only here: a built renderer is the rule.
          const { buildRenderer } = await import('../build-renderer');
          await buildRenderer(rendererDistDir, context.stderr);
        } catch (error) {
          throw new CommandFailure(`Building the renderer failed: ${error instanceof Error ? error.message : String(error)}. Try \`npm run build:renderer\`.`);
        }
      }
    } else {
      rendererDir = path.resolve(context.cwd, rendererDirOption);
      if (!fs.existsSync(path.join(rendererDir, 'index.html'))) {
        throw new CommandFailure(`--renderer-dir ${rendererDir} has no index.html; give a folder built by \`npm run build:renderer\`.`);
      }
    }

    // A damaged database does not stop serve: the page shows the problem and offers "Khôi phục từ bản sao lưu".
    const backend = await context.openRestorableBackend({ create: true, autoBackups: true, backgroundChecks: true });
    const status = await context.call(backend, 'database.status', {});
    if (status.state === 'unavailable') {
      context.stderr.write(
        `newsdesk serve: ${status.error?.message ?? 'the database could not be opened'}
` +
          `newsdesk serve: the page offers "Khôi phục từ bản sao lưu" (${status.backupCount} backup(s) in ${status.backupFolder}); or stop and run \`newsdesk restore --from FILE\`.
`,
      );
    }
    try {
      let server;
      try {
        server = await context.startBrowserServer({
          backend,
          rendererDir,
          port,
          onError: (error) => context.stderr.write(`newsdesk serve: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`),
        });
      } catch (error) {
        throw new CommandFailure(error instanceof Error ? error.message : String(error));
      }
      context.stdout.write(`Newsdesk: ${server.openUrl}\n`);
      // The first import would otherwise wait for the importer to load in its worker.
      void import('../../backend/import/import-service').then(({ warmUpArticleImport }) => warmUpArticleImport());
      context.stderr.write(`newsdesk serve: database ${backend.databasePath} (${describeDatabaseSource(context.database)}). Press Ctrl+C to stop.\n`);
      await untilAborted(context.stopSignal);
      await server.close();
    } finally {
      backend.close();
    }
    context.stderr.write('newsdesk serve: stopped; the database is closed.\n');
  },
});

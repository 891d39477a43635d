// The browser edition's server as its own process, for crash-during-save.test.ts: opens the
// database, starts the server exactly as `newsdesk serve` does (electron/serve/server.ts) and
// prints {"port", "token"} on one line. The test bundles this file with esbuild so that it starts
// in a fraction of the time the tsx loader takes, then kills it with SIGKILL.
// Usage: node crash-server.mjs DATABASE RENDERER_DIR
import { openBackend } from '../../../../electron/backend/backend';
import { startServer } from '../../../../electron/serve/server';

const [databasePath, rendererDir] = process.argv.slice(2);
const backend = openBackend({ databasePath: databasePath!, checkResults: false });
const server = await startServer({ backend, rendererDir: rendererDir! });
process.stdout.write(`${JSON.stringify({ port: server.port, token: server.token })}\n`);

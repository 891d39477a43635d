import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { builtCliIsCurrent } from '../electron/backend/workers/built-bundle.mjs';

const repositoryRoot = fileURLToPath(new URL('..', import.meta.url));

/** Builds the CLI bundle (as `npm run build:electron` does) unless it is up to date: benches measure the command users run. */
export async function ensureBuiltCli(): Promise<void> {
  if (builtCliIsCurrent(repositoryRoot)) return;
  console.log('building the CLI (npm run build:electron): the sources changed since the last build');
  await promisify(execFile)(process.execPath, [fileURLToPath(new URL('../electron/tools/build-electron.mjs', import.meta.url))]);
}

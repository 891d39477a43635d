import { createRequire } from 'node:module';

// Through require, not import: an ES module import of node:fs loads Node's streams on every start.
const require = createRequire(import.meta.url);
const fs = require('node:fs');
const path = require('node:path');

/**
 * Whether electron/dist/newsdesk-cli.mjs was built from the sources as they are now: every input
 * listed in newsdesk-cli.inputs.json (written by electron/tools/build-electron.mjs) still has its
 * size and modification time. About 230 stat calls, a few milliseconds.
 */
export function builtCliIsCurrent(repositoryRoot) {
  let inputs;
  try {
    inputs = JSON.parse(fs.readFileSync(path.join(repositoryRoot, 'electron', 'dist', 'newsdesk-cli.inputs.json'), 'utf8'));
    if (!fs.existsSync(path.join(repositoryRoot, 'electron', 'dist', 'newsdesk-cli.mjs'))) return false;
  } catch {
    return false;
  }
  for (const [file, size, modified] of inputs) {
    let status;
    try {
      status = fs.statSync(path.join(repositoryRoot, file));
    } catch {
      return false;
    }
    if (status.size !== size || status.mtimeMs !== modified) return false;
  }
  return true;
}

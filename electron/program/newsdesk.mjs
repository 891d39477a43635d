#!/usr/bin/env node
// The `newsdesk` command (package.json "bin"). Runs the bundle that `npm run build` (run by
// `npm install` through "prepare") writes to electron/dist/newsdesk-cli.mjs, while the sources it
// was built from are unchanged; otherwise (sources edited since, or no build) it registers tsx's
// loader and runs the TypeScript sources as they are. Set NEWSDESK_FROM_SOURCES=1 to force the latter.
import { fileURLToPath } from 'node:url';
import { builtCliIsCurrent } from '../backend/workers/built-bundle.mjs';

const repositoryRoot = fileURLToPath(new URL('../..', import.meta.url));
let runNewsdeskProgram;
if (process.env.NEWSDESK_FROM_SOURCES !== '1' && builtCliIsCurrent(repositoryRoot)) {
  // Built output, not a source of this layer: imported by its address.
  const bundle = new URL('../dist/newsdesk-cli.mjs', import.meta.url);
  ({ runNewsdeskProgram } = await import(bundle.href));
} else {
  const { register } = await import('tsx/esm/api');
  register({ tsconfig: fileURLToPath(new URL('../../tsconfig.json', import.meta.url)) });
  ({ runNewsdeskProgram } = await import('./newsdesk-program.ts'));
}
process.exitCode = await runNewsdeskProgram();

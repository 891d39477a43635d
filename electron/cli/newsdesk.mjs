#!/usr/bin/env node
// The `newsdesk` command (package.json "bin"). Registers tsx's loader so that the TypeScript CLI
// runs as is, from any working directory, and hands over to electron/cli/newsdesk.ts.
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

register({ tsconfig: fileURLToPath(new URL('../../tsconfig.json', import.meta.url)) });
const { runCliInProcess } = await import('./newsdesk.ts');
process.exitCode = await runCliInProcess();

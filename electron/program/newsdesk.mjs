#!/usr/bin/env node
// The `newsdesk` command (package.json "bin"). Registers tsx's loader so that the TypeScript
// sources run as they are, from any working directory, and hands over to newsdesk-program.ts.
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

register({ tsconfig: fileURLToPath(new URL('../../tsconfig.json', import.meta.url)) });
const { runNewsdeskProgram } = await import('./newsdesk-program.ts');
process.exitCode = await runNewsdeskProgram();

/**
 * The commands of `newsdesk`, in the order `newsdesk --help` lists them.
 *
 * To add a command `foo`:
 * 1. Create `electron/cli/commands/foo.ts` exporting `fooCommand = defineCommand({ ... })` (see
 *    `list.ts` for a small complete example):
 *    - `name`: 'foo', as typed on the command line;
 *    - `summary`: one line for `newsdesk --help`;
 *    - `usage`: the synopsis, e.g. 'newsdesk foo [--json] FILE...';
 *    - `options`: the command's own flags, keyed by long name, each
 *      `{ type: 'string' | 'boolean', description, valueName?, multiple?, short? }`. Give every
 *      command whose output is data a `json` boolean flag. `--db FILE` and `--help` are global:
 *      do not declare them;
 *    - `positionals` (optional): `[{ name: 'FILE', description, required?, variadic? }]`; without
 *      it the command takes no positional arguments;
 *    - `run(context)`: does the work and resolves to the exit code (or nothing for 0). `context`
 *      has the typed `options`, `positionals`, `database` ({ path, source }), `stdout`, `stderr`,
 *      `stopSignal`, `openBackend({ create? })`, `call(backend, method, args)` and `writeJson(value)`.
 *      Throw `UsageError` for bad arguments (exit 2) and `CommandFailure` for anything else a
 *      person must fix (exit 1), with a message naming the flag or file.
 * 2. Add one line for it in `commands` below.
 * 3. Test it in `test/unit/electron/cli/commands/foo.test.ts` in-process, with `runNewsdesk` from
 *    `test/unit/electron/cli/cli-in-process.ts`, and add one case that spawns the real program to
 *    `test/unit/electron/cli/newsdesk-process.smoke.test.ts`.
 */
import type { CliCommand } from '../command';
import { authorsCommand } from './authors';
import { backupCommand } from './backup';
import { checkCommand } from './check';
import { commentsCommand } from './comments';
import { convertCommand } from './convert';
import { exportCommand } from './export';
import { importCommand } from './import';
import { listCommand } from './list';
import { restoreCommand } from './restore';
import { searchCommand } from './search';
import { serveCommand } from './serve';
import { showCommand } from './show';

export const commands: readonly CliCommand[] = [
  serveCommand,
  listCommand,
  showCommand,
  searchCommand,
  authorsCommand,
  importCommand,
  exportCommand,
  commentsCommand,
  convertCommand,
  checkCommand,
  backupCommand,
  restoreCommand,
];

/** The command with this name, or undefined. */
export function findCommand(name: string): CliCommand | undefined {
  return commands.find((command) => command.name === name);
}

import fs from 'node:fs';
import { ApiError } from '../../shared/api/errors';
import type { Backend } from '../backend/backend-types';
import { CommandFailure, UsageError, type CliCommand, type CommandContext, type InputStream, type OutputStream, type StartBrowserServer } from './command';
import { commands, findCommand } from './commands/index';
import { describeDatabaseSource, resolveDatabaseLocation } from './database-location';
import { formatCommandHelp, formatGeneralHelp } from './help';
import { parseCommandArguments, splitCommandName } from './parse-command-line';

/** Exit codes of `newsdesk`. */
export const exitCodes = { done: 0, failed: 1, badArguments: 2 } as const;

/** The process around a run; tests pass their own. */
export interface CliEnvironment {
  cwd: string;
  /** The environment variables: NEWSDESK_DB, and HOME or XDG_CONFIG_HOME for the desktop app's database. */
  env: NodeJS.ProcessEnv;
  /** Standard input; none (empty input) when omitted. */
  stdin?: InputStream;
  stdout: OutputStream;
  stderr: OutputStream;
  stopSignal: AbortSignal;
  /** Starts the browser edition's server (`newsdesk serve`); the program entry passes electron/serve's. */
  startBrowserServer: StartBrowserServer;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

type CommandValues = Record<string, string | string[] | boolean | undefined>;

async function* noInput(): AsyncGenerator<Uint8Array> {}

function createContext(command: CliCommand, values: CommandValues, positionals: string[], environment: CliEnvironment): CommandContext<CommandValues> {
  const { db, help: _help, ...options } = values;
  const database = resolveDatabaseLocation(typeof db === 'string' ? db : undefined, environment.env, environment.cwd);

  return {
    commandName: command.name,
    options,
    positionals,
    database,
    cwd: environment.cwd,
    env: environment.env,
    stdin: environment.stdin ?? noInput(),
    stdout: environment.stdout,
    stderr: environment.stderr,
    stopSignal: environment.stopSignal,
    startBrowserServer: environment.startBrowserServer,
    async openRestorableBackend({ create = true, autoBackups = false, backgroundChecks = false } = {}): Promise<Backend> {
      const { openRestorableBackend } = await import('../backend/restorable-backend');
      return openRestorableBackend({
        databasePath: database.path,
        mustExist: !create,
        autoBackups,
        backgroundChecks,
        logError: (message) => environment.stderr.write(`${message}\n`),
      });
    },
    async openBackend({ create = false, migrate = true, readonly = false, onProgress } = {}): Promise<Backend> {
      if (!create && !fs.existsSync(database.path)) {
        throw new CommandFailure(
          `There is no Newsdesk database at ${database.path} (${describeDatabaseSource(database)}). Give the file with --db FILE or env NEWSDESK_DB.`,
        );
      }
      const { openBackend } = await import('../backend/backend');
      try {
        return openBackend({
          databasePath: database.path,
          mustExist: !create,
          migrate,
          readonly,
          ...(onProgress ? { onProgress } : {}),
          logError: (message) => environment.stderr.write(`${message}\n`),
        });
      } catch (error) {
        const message = messageOf(error);
        throw new CommandFailure(message.includes(database.path) ? message : `Cannot open the database ${database.path}: ${message}`);
      }
    },
    async call(backend, method, args) {
      try {
        return await backend.call(method, args);
      } catch (error) {
        if (!(error instanceof ApiError)) throw error;
        const where = error.where === undefined ? '' : ` (at ${error.where})`;
        throw new CommandFailure(`${method} failed: ${error.message}${where}`);
      }
    },
    writeJson(value) {
      environment.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
    },
  };
}

/**
 * Runs `newsdesk` with the arguments after the program name and resolves to the exit code:
 * 0 done, 1 failed (the message on stderr names what and where), 2 bad arguments.
 */
export async function runCli(argv: readonly string[], environment: CliEnvironment): Promise<number> {
  const { stdout, stderr } = environment;
  const { commandName, rest } = splitCommandName(argv);
  if (commandName === null) {
    if (rest.includes('--help') || rest.includes('-h')) {
      stdout.write(formatGeneralHelp(commands));
      return exitCodes.done;
    }
    stderr.write(`newsdesk: no command given.\n\n${formatGeneralHelp(commands)}`);
    return exitCodes.badArguments;
  }
  if (commandName === 'help') {
    const topic = rest.find((argument) => !argument.startsWith('-'));
    const command = topic === undefined ? undefined : findCommand(topic);
    stdout.write(command === undefined ? formatGeneralHelp(commands) : formatCommandHelp(command));
    return exitCodes.done;
  }
  const command = findCommand(commandName);
  if (command === undefined) {
    stderr.write(`newsdesk: unknown command "${commandName}". Commands: ${commands.map((known) => known.name).join(', ')}. See \`newsdesk --help\`.\n`);
    return exitCodes.badArguments;
  }

  try {
    const { values, positionals } = parseCommandArguments(command, rest);
    if (values.help === true) {
      stdout.write(formatCommandHelp(command));
      return exitCodes.done;
    }
    const exitCode = await command.run(createContext(command, values, positionals, environment));
    return exitCode ?? exitCodes.done;
  } catch (error) {
    if (error instanceof UsageError) {
      stderr.write(`newsdesk ${command.name}: ${error.message}\n`);
      return exitCodes.badArguments;
    }
    if (error instanceof CommandFailure) {
      stderr.write(`newsdesk ${command.name}: ${error.message}\n`);
      return error.exitCode;
    }
    if (error instanceof ApiError) {
      stderr.write(`newsdesk ${command.name}: ${error.message}\n`);
      return exitCodes.failed;
    }
    stderr.write(`newsdesk ${command.name}: unexpected failure: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return exitCodes.failed;
  }
}

/** What `stopSignalOnTermination` listens to: the process in real runs. */
export interface TerminationSignals {
  once(event: 'SIGINT' | 'SIGTERM', listener: () => void): unknown;
  off(event: 'SIGINT' | 'SIGTERM', listener: () => void): unknown;
}

/** A stop signal that SIGINT or SIGTERM on `signals` aborts; `dispose` stops listening. */
export function stopSignalOnTermination(signals: TerminationSignals = process): { signal: AbortSignal; dispose(): void } {
  const stopController = new AbortController();
  const stop = () => stopController.abort();
  signals.once('SIGINT', stop);
  signals.once('SIGTERM', stop);
  return {
    signal: stopController.signal,
    dispose() {
      signals.off('SIGINT', stop);
      signals.off('SIGTERM', stop);
    },
  };
}

/** The real process: arguments, streams, and SIGINT/SIGTERM as the stop signal. */
export async function runCliInProcess(parts: Pick<CliEnvironment, 'startBrowserServer'>): Promise<number> {
  const stop = stopSignalOnTermination(process);
  try {
    return await runCli(process.argv.slice(2), {
      cwd: process.cwd(),
      env: process.env,
      stdin: process.stdin,
      stdout: process.stdout,
      stderr: process.stderr,
      stopSignal: stop.signal,
      startBrowserServer: parts.startBrowserServer,
    });
  } finally {
    stop.dispose();
  }
}

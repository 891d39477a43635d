import type { Backend } from '../backend/backend-types';
import type { ArgsOf, MethodName, ResultOf } from '../../shared/api/contract';

/** One `--flag` of a command, as `newsdesk <command> --help` shows it. */
export interface CommandOption {
  type: 'string' | 'boolean';
  /** One line for `--help`. */
  description: string;
  /** The placeholder shown after a string flag in `--help`, e.g. 'FILE' or 'N'. */
  valueName?: string;
  /** A string flag that may be given several times; its value is then an array. */
  multiple?: boolean;
  short?: string;
}

/** One positional argument (in order) of a command, as `--help` shows it. */
export interface CommandPositional {
  name: string;
  description: string;
  required?: boolean;
  /** Takes all the remaining arguments (only the last positional may). */
  variadic?: boolean;
}

/** The parsed values of a command's options: strings, string arrays or booleans, absent when not given. */
export type OptionValues<Options extends Record<string, CommandOption>> = {
  [Name in keyof Options]?: Options[Name]['type'] extends 'boolean'
    ? boolean
    : Options[Name]['multiple'] extends true
      ? string[]
      : string;
};

/** Where the database of this run came from: `--db`, env `NEWSDESK_DB`, or the desktop app's default. */
export interface DatabaseLocation {
  path: string;
  source: 'flag' | 'env' | 'default';
}

/** Text output; process.stdout and process.stderr in real runs. */
export interface OutputStream {
  write(text: string): unknown;
}

/** The browser edition's server as `newsdesk serve` uses it (electron/serve/server.ts provides it). */
export interface BrowserServer {
  /** The address to open, token included. */
  openUrl: string;
  close(): Promise<void>;
}

export type StartBrowserServer = (options: {
  backend: Backend;
  rendererDir: string;
  port: number;
  /** Told about unexpected failures while answering a request. */
  onError?: (error: unknown) => void;
}) => Promise<BrowserServer>;

/** Bytes in; process.stdin in real runs. `isTTY` is true when a person types them. */
export interface InputStream extends AsyncIterable<Uint8Array | string> {
  readonly isTTY?: boolean;
}

/** What a command's `run` receives. */
export interface CommandContext<Values> {
  commandName: string;
  /** The command's own options (the global `--db` and `--help` are handled before `run`). */
  options: Values;
  positionals: string[];
  database: DatabaseLocation;
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Standard input (`convert` without FILE reads it); empty when the run was given none. */
  stdin: InputStream;
  stdout: OutputStream;
  stderr: OutputStream;
  /** Aborted on SIGINT or SIGTERM: long-running commands (serve) stop when it fires. */
  stopSignal: AbortSignal;
  /** Starts the browser edition's server. */
  startBrowserServer: StartBrowserServer;
  /**
   * Opens the backend on `database.path`. Unless `create` is true, a missing file is an error
   * (exit 1) naming the file; an unreadable or damaged file always is. `migrate: false` opens the
   * file as it is (`check`). Close it when done.
   */
  openBackend(options?: {
    create?: boolean;
    migrate?: boolean;
    /** Open the file read-only and write nothing (`check`). */
    readonly?: boolean;
    /** Told the progress of long jobs (`backup`). */
    onProgress?: (progress: { jobId: string; done: number; total: number; label: string }) => void;
  }): Promise<Backend>;
  /**
   * Opens the backend that survives its database (`serve`, `restore`): a file that cannot be
   * opened leaves it "unavailable" (database.status says why) instead of failing, and
   * database.restore / database.restoreFile replace the file. A missing file is created unless
   * `create` is false. `autoBackups` keeps rolling backups while it is open; `backgroundChecks`
   * runs the full integrity check in the background at most once a day.
   */
  openRestorableBackend(options?: { create?: boolean; autoBackups?: boolean; backgroundChecks?: boolean }): Promise<Backend>;
  /** Calls a contract method; a failed call becomes a CommandFailure (exit 1) with the backend's message. */
  call<M extends MethodName>(backend: Backend, method: M, args: ArgsOf<M>): Promise<ResultOf<M>>;
  /** Writes `value` as indented JSON and a newline on stdout. */
  writeJson(value: unknown): void;
}

/** The declaration of one command: see electron/cli/commands/index.ts for how to add one. */
export interface CommandSpec<Options extends Record<string, CommandOption>> {
  name: string;
  /** One line for `newsdesk --help`. */
  summary: string;
  /** The synopsis line, e.g. 'newsdesk list [--status S] [--trashed] [--json]'. */
  usage: string;
  options: Options;
  positionals?: CommandPositional[];
  /** Does the work; resolves to the exit code (nothing means 0). Throw UsageError or CommandFailure to stop. */
  run(context: CommandContext<OptionValues<Options>>): Promise<number | void>;
}

/** A command as the registry holds it, its option types erased. */
export interface CliCommand {
  name: string;
  summary: string;
  usage: string;
  options: Record<string, CommandOption>;
  positionals: CommandPositional[];
  run(context: CommandContext<Record<string, string | string[] | boolean | undefined>>): Promise<number | void>;
}

/** Declares a command with its option values typed from its option declarations. */
export function defineCommand<const Options extends Record<string, CommandOption>>(spec: CommandSpec<Options>): CliCommand {
  return {
    name: spec.name,
    summary: spec.summary,
    usage: spec.usage,
    options: spec.options,
    positionals: spec.positionals ?? [],
    run: (context) => spec.run(context as CommandContext<OptionValues<Options>>),
  };
}

/** Bad arguments: the message names the flag or argument; the run exits with code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** The command could not do its work (missing or damaged database, existing output file...); exit code 1 by default. */
export class CommandFailure extends Error {
  override readonly name = 'CommandFailure';
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

import { Readable } from 'node:stream';
import type { InputStream } from '../../../../electron/cli/command';
import { runCli } from '../../../../electron/cli/newsdesk';
import { startServer } from '../../../../electron/serve/server';
import { isolatedEnvironment, type CliRun, type CliRunOptions } from './cli-process';

/**
 * Runs `newsdesk` in this process through `runCli`, as cli-process.ts runs it in a child: the same
 * isolated environment (NEWSDESK_DB unset, HOME and XDG_CONFIG_HOME in `cwd`) and the same
 * `{ code, stdout, stderr }`, without a child's start-up cost.
 */

export interface InProcessRunOptions extends CliRunOptions {
  /** Standard input: its bytes or a stream of them; empty when omitted. */
  stdin?: Uint8Array | string | InputStream;
  /** Stops a long-running command (serve), as SIGINT or SIGTERM does a real one; never aborted when omitted. */
  stopSignal?: AbortSignal;
}

export interface InProcessNewsdesk {
  /** Everything written so far. */
  readonly output: { stdout: string; stderr: string };
  /** The first line written on stdout (without its newline); rejects if the run ends first. */
  readonly firstLine: Promise<string>;
  /** Aborts the run's stop signal (when `options.stopSignal` was not given). */
  stop(): void;
  /** The exit code. */
  readonly exit: Promise<number>;
}

function inputStream(stdin: InProcessRunOptions['stdin']): InputStream {
  if (stdin === undefined) return Readable.from([]);
  if (typeof stdin === 'string' || stdin instanceof Uint8Array) return Readable.from([Buffer.from(stdin)]);
  return stdin;
}

/** Starts `newsdesk ...args` in this process; for commands that run until stopped (serve). */
export function startNewsdesk(args: readonly string[], options: InProcessRunOptions): InProcessNewsdesk {
  const stopController = new AbortController();
  const output = { stdout: '', stderr: '' };
  let firstLineFound: (line: string) => void = () => {};
  const firstLine = new Promise<string>((resolve) => (firstLineFound = resolve));
  const exit = runCli(args, {
    cwd: options.cwd,
    env: isolatedEnvironment(options),
    stdin: inputStream(options.stdin),
    startBrowserServer: startServer,
    stdout: {
      write(text: string) {
        output.stdout += text;
        const end = output.stdout.indexOf('\n');
        if (end >= 0) firstLineFound(output.stdout.slice(0, end));
        return true;
      },
    },
    stderr: {
      write(text: string) {
        output.stderr += text;
        return true;
      },
    },
    stopSignal: options.stopSignal ?? stopController.signal,
  });
  const endedFirst = exit.then(
    (code) => Promise.reject(new Error(`newsdesk ${args.join(' ')} ended (exit ${code}) before printing a line: ${output.stderr}`)),
    (error: unknown) => Promise.reject(error instanceof Error ? error : new Error(String(error))),
  );
  const firstLineOrEnd = Promise.race([firstLine, endedFirst]);
  // Only a caller awaiting firstLine cares that the run ended without one.
  firstLineOrEnd.catch(() => {});
  return { output, firstLine: firstLineOrEnd, stop: () => stopController.abort(), exit };
}

/** Runs `newsdesk ...args` in this process to its end; resolves as cli-process.ts's runNewsdesk does. */
export async function runNewsdesk(args: readonly string[], options: InProcessRunOptions): Promise<CliRun> {
  const run = startNewsdesk(args, options);
  const code = await run.exit;
  return { code, stdout: run.output.stdout, stderr: run.output.stderr };
}

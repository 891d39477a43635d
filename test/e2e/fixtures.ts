import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import { openRestorableBackend } from '../../electron/backend/restorable-backend';
import { startServer } from '../../electron/serve/server';
import type { ArgsOf, MethodName, ResultOf } from '../../shared/api/contract';

const repositoryRoot = fileURLToPath(new URL('../..', import.meta.url));
const cliPath = path.join(repositoryRoot, 'electron/program/newsdesk.mjs');

/** A running browser edition (in this worker or a spawned `newsdesk serve`) over its own temporary database. */
export interface NewsdeskServer {
  /** The address to open, token included: `http://127.0.0.1:PORT/#token=...`. */
  openUrl: string;
  origin: string;
  token: string;
  databasePath: string;
  /** Calls the backend over HTTP as the page does, to check what was really stored. */
  call<M extends MethodName>(method: M, args: ArgsOf<M>): Promise<ResultOf<M>>;
}

/** Console messages and page errors that fail a test, unless a test expects them. */
export interface ConsoleWatch {
  problems: string[];
  /** Messages matching `pattern` are expected (for example, failed requests in a test that makes them fail). */
  allow(pattern: RegExp): void;
}

function waitForUrlLine(child: ChildProcess, stderr: () => string): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => fail(new Error('newsdesk serve printed no URL within 60 s')), 60_000);
    const fail = (error: Error) => {
      clearTimeout(timer);
      reject(new Error(`${error.message}\nstdout: ${output}\nstderr: ${stderr()}`));
    };
    child.stdout!.setEncoding('utf8');
    child.stdout!.on('data', (chunk: string) => {
      output += chunk;
      const match = /(http:\/\/127\.0\.0\.1:\d+\/#token=[A-Za-z0-9_-]+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    child.once('exit', (code) => fail(new Error(`newsdesk serve exited with code ${code}`)));
    child.once('error', fail);
  });
}

/** The built renderer to serve: run-e2e.mjs passes a private copy; without it, renderer/dist. */
function rendererDir(): string {
  return process.env.NEWSDESK_E2E_RENDERER_DIR ?? path.join(repositoryRoot, 'renderer/dist');
}

/** Calls the backend over HTTP, with the token, as the page does. */
function serverClient(openUrl: string, databasePath: string): NewsdeskServer {
  const url = new URL(openUrl);
  const token = url.hash.replace(/^#token=/, '');
  const origin = url.origin;
  return {
    openUrl,
    origin,
    token,
    databasePath,
    async call(method, args) {
      const response = await fetch(`${origin}/api/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-newsdesk-token': token },
        body: JSON.stringify(args),
      });
      const outcome = (await response.json()) as { ok: true; value: never } | { ok: false; error: { code: string; message: string } };
      if (!outcome.ok) throw new Error(`${method} failed: ${outcome.error.code}: ${outcome.error.message}`);
      return outcome.value;
    },
  };
}

interface StartedServer {
  server: NewsdeskServer;
  stop: () => Promise<void>;
}

/**
 * The browser edition in this Playwright worker: the backend and the server `newsdesk serve`
 * composes, started in milliseconds instead of a Node process (with tsx) per test.
 */
async function startInProcess(databasePath: string): Promise<StartedServer> {
  const dir = rendererDir();
  if (!existsSync(path.join(dir, 'index.html'))) {
    throw new Error(`${path.join(dir, 'index.html')} is missing: run the end-to-end tests with \`npm run test:e2e\`, or \`npm run build:renderer\` first.`);
  }
  // As `newsdesk serve` holds it: the backend that can restore a backup and reopen its database.
  const backend = openRestorableBackend({ databasePath });
  try {
    const running = await startServer({ backend, rendererDir: dir });
    const stop = async () => {
      try {
        await running.close();
      } finally {
        backend.close();
      }
    };
    return { server: serverClient(running.openUrl, databasePath), stop };
  } catch (error) {
    backend.close();
    throw error;
  }
}

/** The shipped command: `node electron/program/newsdesk.mjs serve` in its own process. */
async function startSpawned(databasePath: string): Promise<StartedServer> {
  // Without NEWSDESK_E2E_RENDERER_DIR the command serves renderer/dist (building it when missing).
  const rendererDirOverride = process.env.NEWSDESK_E2E_RENDERER_DIR;
  const rendererArguments = rendererDirOverride ? ['--renderer-dir', rendererDirOverride] : [];
  const child = spawn(process.execPath, [cliPath, 'serve', '--db', databasePath, '--port', '0', ...rendererArguments], {
    cwd: repositoryRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.setEncoding('utf8');
  child.stderr!.on('data', (chunk: string) => {
    stderr += chunk;
  });
  let openUrl: string;
  try {
    openUrl = await waitForUrlLine(child, () => stderr);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }

  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  };
  return { server: serverClient(openUrl, databasePath), stop };
}

function watchConsole(context: BrowserContext, watch: ConsoleWatch, allowed: RegExp[]): void {
  const record = (text: string) => {
    if (!allowed.some((pattern) => pattern.test(text))) watch.problems.push(text);
  };
  context.on('console', (message) => {
    const text = message.text();
    if (message.type() === 'error' || /Content.Security.Policy/i.test(text)) {
      const location = message.location();
      record(`console.${message.type()}: ${text}${location.url ? ` (${location.url}:${location.lineNumber})` : ''}`);
    }
  });
  context.on('weberror', (error) => record(`page error: ${error.error().message}`));
}

/** Reports CSP violations to the console, so that `watchConsole` sees every one of them. */
const reportCspViolations = () => {
  document.addEventListener('securitypolicyviolation', (event) => {
    console.error(`Content Security Policy violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline code'} in ${event.sourceFile}:${event.lineNumber}`);
  });
};

/** How a test's `newsdesk` runs: in the worker (the default, fast) or as a spawned `newsdesk serve`. */
export type NewsdeskEdition = 'in-process' | 'spawned';

export const test = base.extend<{
  newsdeskEdition: NewsdeskEdition;
  newsdesk: NewsdeskServer;
  consoleWatch: ConsoleWatch;
  openApp: (target?: Page) => Promise<Page>;
}>({
  /** `test.use({ newsdeskEdition: 'spawned' })` runs a spec against the real `newsdesk serve` command. */
  newsdeskEdition: ['in-process', { option: true }],

  /** A fresh database and server for every test, closed after it. */
  newsdesk: async ({ newsdeskEdition }, use) => {
    const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'newsdesk-e2e-'));
    const databasePath = path.join(folder, 'newsdesk.db');
    try {
      const { server, stop } = await (newsdeskEdition === 'spawned' ? startSpawned : startInProcess)(databasePath);
      try {
        await use(server);
      } finally {
        await stop();
      }
    } finally {
      await fs.rm(folder, { recursive: true, force: true });
    }
  },

  consoleWatch: async ({ context }, use) => {
    const allowed: RegExp[] = [];
    const watch: ConsoleWatch = { problems: [], allow: (pattern) => allowed.push(pattern) };
    watchConsole(context, watch, allowed);
    await context.addInitScript(reportCspViolations);
    await use(watch);
    expect(watch.problems, 'console errors or CSP violations during the test').toEqual([]);
  },

  /** Opens Newsdesk (in `target`, or the test's page) and waits for the article list. */
  openApp: async ({ page, newsdesk, consoleWatch }, use) => {
    void consoleWatch;
    await use(async (target = page) => {
      await target.goto(newsdesk.openUrl);
      await expect(target.getByRole('button', { name: 'Bài mới' })).toBeVisible();
      return target;
    });
  },
});

export { expect };

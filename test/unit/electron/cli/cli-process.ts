import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openBackend } from '../../../../electron/backend/backend';

/** The `newsdesk` program as package.json's "bin" names it. */
export const newsdeskEntry = fileURLToPath(new URL('../../../../electron/program/newsdesk.mjs', import.meta.url));

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface CliRunOptions {
  cwd: string;
  /** Added to an environment whose NEWSDESK_DB is unset and whose config folders point into `cwd`. */
  env?: Record<string, string>;
}

/** The environment of a test run, spawned or in-process: this one, with NEWSDESK_DB unset and HOME and XDG_CONFIG_HOME in `cwd`, plus `options.env`. */
export function isolatedEnvironment(options: CliRunOptions): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, HOME: options.cwd, XDG_CONFIG_HOME: path.join(options.cwd, 'config') };
  delete env.NEWSDESK_DB;
  return { ...env, ...options.env };
}

/**
 * Starts `node electron/program/newsdesk.mjs ...args` as a real process. Each costs a second or two
 * of start-up: test commands in-process with cli-in-process.ts, and keep spawned runs to
 * newsdesk-process.smoke.test.ts.
 */
export function spawnNewsdesk(args: readonly string[], options: CliRunOptions): ChildProcessWithoutNullStreams {
  return spawn(process.execPath, [newsdeskEntry, ...args], { cwd: options.cwd, env: isolatedEnvironment(options) });
}

/** Runs `newsdesk ...args` to its end. */
export function runNewsdesk(args: readonly string[], options: CliRunOptions): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawnNewsdesk(args, options);
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (text: string) => (stdout += text));
    child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** A new empty folder under the system's temp folder. */
export function temporaryFolder(): string {
  return fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'newsdesk-cli-')));
}

export interface SeedArticle {
  headline: string;
  status?: 'draft' | 'submitted' | 'approved' | 'exported';
  trashed?: boolean;
}

/** Creates a Newsdesk database at `databasePath` holding these articles (in this order); returns their ids. */
export async function seedDatabase(databasePath: string, articles: readonly SeedArticle[]): Promise<number[]> {
  const backend = openBackend({ databasePath });
  try {
    const ids: number[] = [];
    for (const article of articles) {
      const { id } = await backend.call('articles.create', {
        fields: { headline: article.headline, ...(article.status ? { status: article.status } : {}) },
      });
      if (article.trashed) await backend.call('articles.trash', { id });
      ids.push(id);
    }
    return ids;
  } finally {
    backend.close();
  }
}

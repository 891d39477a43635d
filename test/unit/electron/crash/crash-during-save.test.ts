import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBackend } from '../../../../electron/backend/backend';
import type { DocNode } from '../../../../shared/model/document';
import { rawRequest } from '../serve/http-request';

/**
 * Kills the browser edition's server (its own process, on a real database file) with SIGKILL at
 * random moments while the page's saves (articles.save over HTTP, one at a time per article, as
 * the editor sends them) are in flight, restarts it on the same file, and checks that every
 * acknowledged save is there with its exact text, and that the file passes `database.check`.
 * NEWSDESK_CRASH_KILLS sets the number of kills (default 30), split over two databases killed in
 * parallel.
 */

const totalKills = Number(process.env.NEWSDESK_CRASH_KILLS ?? 30);
const chains = 2;
const articlesPerChain = 2;
/** The longest a server lives after it has said it is ready; each lives a random time up to this. */
const longestLifeMs = 400;

const repositoryRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const serverSource = fileURLToPath(new URL('./crash-server.ts', import.meta.url));

let folder: string;
let serverScript: string;
let rendererDir: string;

/** The import pipeline (and its jsdom, half a second of start-up) is never reached by saves. */
const withoutJsdom: Plugin = {
  name: 'without-jsdom',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^jsdom$/ }, () => ({ path: 'jsdom', namespace: 'without-jsdom' }));
    pluginBuild.onLoad({ filter: /.*/, namespace: 'without-jsdom' }, () => ({
      contents: "const absent = () => { throw new Error('jsdom is left out of the crash-test server'); }; export class JSDOM { constructor() { absent(); } } export class VirtualConsole { constructor() { absent(); } }",
      loader: 'js',
    }));
  },
};

beforeAll(async () => {
  folder = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'newsdesk-crash-')));
  // The bundle imports better-sqlite3 and sharp from node_modules, found beside it.
  fs.symlinkSync(path.join(repositoryRoot, 'node_modules'), path.join(folder, 'node_modules'), 'dir');
  serverScript = path.join(folder, 'crash-server.mjs');
  await build({
    entryPoints: [serverSource],
    outfile: serverScript,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: ['better-sqlite3', 'sharp'],
    plugins: [withoutJsdom],
    banner: { js: "import { createRequire as __crashCreateRequire } from 'node:module';\nconst require = __crashCreateRequire(import.meta.url);" },
    logLevel: 'warning',
  });
  rendererDir = path.join(folder, 'renderer');
  fs.mkdirSync(rendererDir);
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>crash</title>');
}, 60_000);

afterAll(() => {
  for (const child of running) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  if (folder) fs.rmSync(folder, { recursive: true, force: true });
});

const running = new Set<ChildProcessWithoutNullStreams>();

interface StartedServer {
  child: ChildProcessWithoutNullStreams;
  port: number;
  token: string;
  exited: Promise<NodeJS.Signals | number | null>;
  stderr: () => string;
}

function startServerProcess(databasePath: string): Promise<StartedServer> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [serverScript, databasePath, rendererDir], { cwd: folder });
    running.add(child);
    let stdout = '';
    let stderr = '';
    const exited = new Promise<NodeJS.Signals | number | null>((resolveExit) => child.on('exit', (code, signal) => {
      running.delete(child);
      resolveExit(signal ?? code);
    }));
    child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
    child.stdout.setEncoding('utf8').on('data', (text: string) => {
      stdout += text;
      const end = stdout.indexOf('\n');
      if (end < 0) return;
      const { port, token } = JSON.parse(stdout.slice(0, end)) as { port: number; token: string };
      resolve({ child, port, token, exited, stderr: () => stderr });
    });
    void exited.then((how) => reject(new Error(`The server ended (${String(how)}) before it was ready: ${stderr}`)));
  });
}

async function call(server: StartedServer, method: string, args: unknown): Promise<{ ok: boolean; value?: unknown; error?: { reason: string; message: string } }> {
  const response = await rawRequest({
    port: server.port,
    path: `/api/${method}`,
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-newsdesk-token': server.token },
    body: JSON.stringify(args),
  });
  return JSON.parse(response.text) as { ok: boolean; value?: unknown; error?: { reason: string; message: string } };
}

/** The text a save writes: its headline, then the text of each block of its body, one a line. */
function textOf(article: { headline: string; body: DocNode }): string {
  const blockText = (node: DocNode): string => (node.type === 'text' ? (node.text ?? '') : (node.content ?? []).map(blockText).join(''));
  return [article.headline, ...(article.body.content ?? []).map(blockText)].join('\n');
}

interface SavedText {
  version: number;
  text: string;
}

interface TrackedArticle {
  id: number;
  /** The newest save the server acknowledged (or the article as created). */
  acknowledged: SavedText;
  /** A save sent but not answered when the server died: it may or may not have committed. */
  inFlight: { text: string } | null;
  /** Every acknowledged explicit save: each must stay as a revision with its exact text. */
  explicit: SavedText[];
}

let saveNumber = 0;

function nextFields(chain: number, article: TrackedArticle): { headline: string; body: DocNode; text: string } {
  saveNumber += 1;
  const headline = `Chuỗi ${chain}, bài ${article.id}, lần lưu ${saveNumber}: Hà Nội “mưa” lớn`;
  const paragraphs = Array.from({ length: 1 + (saveNumber % 4) }, (_, index) => `Đoạn ${index + 1} của lần ${saveNumber}: người dân ${'Đà Nẵng, Huế, Cần Thơ; '.repeat(1 + ((saveNumber * 7 + index) % 30))}`);
  const body: DocNode = { type: 'doc', content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })) };
  return { headline, body, text: [headline, ...paragraphs].join('\n') };
}

/** What the restarted server holds must be the last acknowledged save, or the one in flight when it died. */
function settle(article: TrackedArticle, stored: { version: number; headline: string; body: DocNode }): void {
  const storedText = textOf(stored);
  if (stored.version === article.acknowledged.version) {
    expect(storedText, `article ${article.id} at version ${stored.version}`).toBe(article.acknowledged.text);
  } else {
    expect(article.inFlight, `article ${article.id} is at version ${stored.version}, acknowledged ${article.acknowledged.version}, none in flight`).not.toBeNull();
    expect(stored.version, `article ${article.id}`).toBe(article.acknowledged.version + 1);
    expect(storedText, `article ${article.id}: the save in flight when the server died`).toBe(article.inFlight!.text);
    article.acknowledged = { version: stored.version, text: storedText };
  }
  article.inFlight = null;
}

/** Saves one article again and again until the server dies under it; returns how many were acknowledged. */
async function saveUntilKilled(server: StartedServer, chain: number, article: TrackedArticle, alive: () => boolean): Promise<number> {
  let acknowledged = 0;
  while (alive()) {
    const fields = nextFields(chain, article);
    const kind = saveNumber % 3 === 0 ? 'explicit' : 'autosave';
    article.inFlight = { text: fields.text };
    let outcome;
    try {
      outcome = await call(server, 'articles.save', { id: article.id, expectedVersion: article.acknowledged.version, kind, fields: { headline: fields.headline, body: fields.body } });
    } catch {
      return acknowledged; // The connection died with the server.
    }
    expect(outcome.ok, JSON.stringify(outcome.error)).toBe(true);
    const version = (outcome.value as { version: number }).version;
    expect(version).toBe(article.acknowledged.version + 1);
    article.acknowledged = { version, text: fields.text };
    article.inFlight = null;
    if (kind === 'explicit') article.explicit.push({ version, text: fields.text });
    acknowledged += 1;
  }
  return acknowledged;
}

interface ChainReport {
  kills: number;
  acknowledged: number;
  killsWithSavesInFlight: number;
}

async function runChain(chain: number, databasePath: string, articles: TrackedArticle[], kills: number): Promise<ChainReport> {
  const report: ChainReport = { kills: 0, acknowledged: 0, killsWithSavesInFlight: 0 };
  for (let round = 0; round < kills; round += 1) {
    const server = await startServerProcess(databasePath);
    for (const article of articles) {
      const stored = await call(server, 'articles.get', { id: article.id });
      expect(stored.ok, JSON.stringify(stored.error)).toBe(true);
      settle(article, stored.value as { version: number; headline: string; body: DocNode });
    }
    let alive = true;
    const lifeMs = Math.floor(Math.random() * longestLifeMs);
    const killer = setTimeout(() => {
      alive = false;
      server.child.kill('SIGKILL');
    }, lifeMs);
    const saved = await Promise.all(articles.map((article) => saveUntilKilled(server, chain, article, () => alive)));
    clearTimeout(killer);
    const how = await server.exited;
    expect(how, `the server was to die by SIGKILL: ${server.stderr()}`).toBe('SIGKILL');
    expect(server.stderr()).toBe('');
    report.kills += 1;
    report.acknowledged += saved.reduce((sum, count) => sum + count, 0);
    if (articles.some((article) => article.inFlight !== null)) report.killsWithSavesInFlight += 1;
  }
  return report;
}

describe(`the browser edition's server killed during saves (${totalKills} kills; NEWSDESK_CRASH_KILLS for more)`, () => {
  it('keeps every acknowledged save with its exact text, and the database passes its check', { timeout: 60_000 + totalKills * 3_000 }, async () => {
    const started = Date.now();
    const databases = Array.from({ length: chains }, (_, chain) => path.join(folder, `chain-${chain}.sqlite`));
    const tracked: TrackedArticle[][] = [];
    for (const databasePath of databases) {
      const backend = openBackend({ databasePath });
      try {
        const articles: TrackedArticle[] = [];
        for (let index = 0; index < articlesPerChain; index += 1) {
          const created = await backend.call('articles.create', { fields: { headline: `Bài ${index + 1}` } });
          articles.push({ id: created.id, acknowledged: { version: created.version, text: textOf(created) }, inFlight: null, explicit: [] });
        }
        tracked.push(articles);
      } finally {
        backend.close();
      }
    }

    const reports = await Promise.all(databases.map((databasePath, chain) => runChain(chain, databasePath, tracked[chain]!, Math.floor(totalKills / chains) + (chain < totalKills % chains ? 1 : 0))));

    for (const [chain, databasePath] of databases.entries()) {
      const backend = openBackend({ databasePath });
      try {
        const check = await backend.call('database.check', {});
        expect(check.problems).toEqual([]);
        expect(check.ok).toBe(true);
        expect(check.quickCheck).toBe('ok');
        for (const article of tracked[chain]!) {
          settle(article, await backend.call('articles.get', { id: article.id }));
          const revisions = await backend.call('revisions.list', { articleId: article.id });
          for (const explicit of article.explicit) {
            const summary = revisions.find((revision) => revision.articleVersion === explicit.version);
            expect(summary, `article ${article.id}: the explicit save of version ${explicit.version}`).toBeDefined();
            const revision = await backend.call('revisions.get', { id: summary!.id });
            expect(textOf(revision), `article ${article.id} version ${explicit.version}`).toBe(explicit.text);
          }
        }
      } finally {
        backend.close();
      }
    }

    const kills = reports.reduce((sum, report) => sum + report.kills, 0);
    const acknowledged = reports.reduce((sum, report) => sum + report.acknowledged, 0);
    const inFlight = reports.reduce((sum, report) => sum + report.killsWithSavesInFlight, 0);
    expect(kills).toBeGreaterThanOrEqual(totalKills);
    // The kills fell while saves were being made, not only between them.
    expect(acknowledged).toBeGreaterThan(kills);
    expect(inFlight).toBeGreaterThan(kills / 2);
    if (process.env.NEWSDESK_CRASH_STATS === '1') {
      console.log(`crash test: ${kills} kills, ${acknowledged} acknowledged saves, ${inFlight} kills with a save in flight, ${Date.now() - started} ms`);
    }
  });
});

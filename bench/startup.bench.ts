/**
 * Start-up benchmark (issue 11, point 1): how long a user waits for Newsdesk to answer, against
 * bare Node opening the same file with better-sqlite3 and answering one query, measured in the same
 * run, on an empty database and on one of 1 GB (10,000 articles with their search index, and
 * 1 GB of images in `media`, as a newsroom's file grows).
 *
 * - `bare`: `node bench/bare-open.mjs FILE`: better-sqlite3 opens the file, one COUNT query, exit
 *   (spawn to exit).
 * - `serve`: `newsdesk serve --db FILE --port 0` from spawn to the first answer of
 *   POST /api/articles.list (the browser edition's first screen), then SIGTERM.
 * - `list`: `newsdesk list --db FILE --json`, spawn to exit.
 * Each is run `runs` times, alternating, after one warm-up of each (the OS file cache warm, as
 * for a user who opens Newsdesk every day); medians are compared.
 * Targets: serve on the empty database <= 3x bare; serve on 1 GB <= 1.2x serve on the empty one;
 * list <= 3x bare.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { openBackend } from '../electron/backend/backend';
import { rebuildSearchIndex } from '../electron/backend/search/search-index';
import { sql } from '../electron/backend/store/sql';
import { benchTempFolder, writeBenchResult } from './bench-results';
import { ensureBuiltCli } from './built-cli';
import { seededRandom, vietnameseArticleBody } from './vietnamese-article';

const runs = Number(process.env.NEWSDESK_BENCH_STARTUP_RUNS ?? 9);
const largeArticles = 10_000;
const imageMegabytes = 4;
const images = 256;
const generatorVersion = 1;
const targets = { serveEmptyToBare: 3, serveLargeToServeEmpty: 1.2, listToBare: 3 };
const cli = fileURLToPath(new URL('../electron/program/newsdesk.mjs', import.meta.url));
const repositoryRoot = fileURLToPath(new URL('..', import.meta.url));
const bareOpen = fileURLToPath(new URL('./bare-open.mjs', import.meta.url));

/** The 1 GB database, cached between runs like the search corpus. */
function ensureLargeDatabase(): string {
  const file = path.join(os.tmpdir(), 'newsdesk-bench', `startup-large-v${generatorVersion}.sqlite`);
  if (fs.existsSync(file)) return file;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const partial = `${file}.partial`;
  fs.rmSync(partial, { force: true });
  const backend = openBackend({ databasePath: partial, checkResults: false });
  try {
    const { queries } = backend.context;
    const random = seededRandom(11);
    const body = JSON.stringify(vietnameseArticleBody(600));
    queries.transaction(() => {
      for (let index = 0; index < largeArticles; index += 1) {
        const at = new Date(Date.UTC(2024, 0, 1) + index * 3_600_000).toISOString();
        const { lastInsertRowid } = queries.run(sql`
          INSERT INTO articles (headline, sapo, body_json, word_count, status, created_at, updated_at)
          VALUES (${`Hội nghị sơ kết công tác số ${index + 1}`}, ${'Thành ủy triển khai nhiệm vụ trọng tâm.'}, ${body}, ${600}, ${'draft'}, ${at}, ${at})`);
        queries.run(sql`INSERT INTO article_plain_texts (article_id, plain_text) VALUES (${lastInsertRowid}, ${`bài ${index} ${random()}`})`);
      }
    });
    rebuildSearchIndex(queries);
    const chunk = Buffer.alloc(imageMegabytes * 1024 * 1024);
    for (let image = 0; image < images; image += 1) {
      for (let offset = 0; offset < chunk.length; offset += 4) chunk.writeUInt32LE(Math.floor(random() * 0xffffffff), offset);
      const hash = `${image.toString(16).padStart(8, '0')}${'0'.repeat(56)}`;
      queries.run(sql`INSERT INTO media (hash, mime, size, width, height, file_name, data, created_at)
        VALUES (${hash}, 'image/jpeg', ${chunk.length}, 1920, 1080, ${`anh-${image}.jpg`}, ${chunk}, '2024-01-01T00:00:00.000Z')`);
    }
    queries.run(sql`PRAGMA wal_checkpoint(TRUNCATE)`);
  } finally {
    backend.close();
  }
  fs.renameSync(partial, file);
  return file;
}

/** Milliseconds from spawning `args` to its exit (exit code 0 required). */
function timeToExit(args: string[]): Promise<number> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: repositoryRoot, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(performance.now() - started) : reject(new Error(`${args.join(' ')} exited with ${code}: ${stderr}`))));
  });
}

/** Milliseconds from spawning `newsdesk serve` to the first answer of POST /api/articles.list. */
function timeToFirstAnswer(databasePath: string): Promise<number> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, 'serve', '--db', databasePath, '--port', '0'], { cwd: repositoryRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let asked = false;
    child.on('error', reject);
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const found = /Newsdesk: (http:\/\/[^\s#]+)#token=(\S+)/u.exec(output);
      if (!found || asked) return;
      asked = true;
      const [, address, token] = found;
      fetch(new URL('/api/articles.list', address), { method: 'POST', headers: { 'content-type': 'application/json', 'x-newsdesk-token': token! }, body: '{}' })
        .then(async (response) => {
          await response.arrayBuffer();
          if (!response.ok) throw new Error(`articles.list answered ${response.status}`);
          const elapsed = performance.now() - started;
          child.once('exit', () => resolve(elapsed));
          child.kill('SIGTERM');
        })
        .catch((error: unknown) => {
          child.kill('SIGKILL');
          reject(error as Error);
        });
    });
    child.on('exit', (code) => {
      if (!asked) reject(new Error(`serve exited with ${code} before answering: ${output}`));
    });
  });
}

const median = (samples: number[]) => {
  const sorted = [...samples].sort((left, right) => left - right);
  return Math.round(sorted[Math.floor(sorted.length / 2)]! * 10) / 10;
};

export async function run() {
  await ensureBuiltCli();
  const folder = benchTempFolder('startup');
  try {
    const emptyDatabase = path.join(folder, 'empty.sqlite');
    openBackend({ databasePath: emptyDatabase, checkResults: false }).close();
    const largeDatabase = ensureLargeDatabase();
    const largeBytes = fs.statSync(largeDatabase).size;
    console.log(`databases: empty; ${Math.round(largeBytes / 1024 / 1024)} MB (${largeArticles} articles, ${images} images of ${imageMegabytes} MB)`);
    const bare = (file: string) => [bareOpen, file];
    const phases: Record<string, () => Promise<number>> = {
      bareEmpty: () => timeToExit(bare(emptyDatabase)),
      bareLarge: () => timeToExit(bare(largeDatabase)),
      serveEmpty: () => timeToFirstAnswer(emptyDatabase),
      serveLarge: () => timeToFirstAnswer(largeDatabase),
      listEmpty: () => timeToExit([cli, 'list', '--db', emptyDatabase, '--json']),
      listLarge: () => timeToExit([cli, 'list', '--db', largeDatabase, '--json']),
    };
    const samples: Record<string, number[]> = Object.fromEntries(Object.keys(phases).map((name) => [name, []]));
    for (let round = -1; round < runs; round += 1) {
      for (const [name, phase] of Object.entries(phases)) {
        const milliseconds = await phase();
        if (round >= 0) samples[name]!.push(milliseconds);
      }
    }
    const medians: Record<string, number> = Object.fromEntries(Object.entries(samples).map(([name, values]) => [name, median(values)]));
    const ratio = (value: number, base: number) => Math.round((value / base) * 100) / 100;
    const ratios = {
      serveEmptyToBare: ratio(medians.serveEmpty!, medians.bareEmpty!),
      serveLargeToServeEmpty: ratio(medians.serveLarge!, medians.serveEmpty!),
      listToBare: ratio(medians.listLarge!, medians.bareLarge!),
      listEmptyToBare: ratio(medians.listEmpty!, medians.bareEmpty!),
    };
    const met = ratios.serveEmptyToBare <= targets.serveEmptyToBare && ratios.serveLargeToServeEmpty <= targets.serveLargeToServeEmpty && ratios.listToBare <= targets.listToBare;
    for (const [name, value] of Object.entries(medians)) console.log(`${name.padEnd(12)} ${String(value).padStart(8)} ms (median of ${runs})`);
    console.log(`serve empty / bare: ${ratios.serveEmptyToBare} (target <= ${targets.serveEmptyToBare}); serve 1 GB / serve empty: ${ratios.serveLargeToServeEmpty} (<= ${targets.serveLargeToServeEmpty}); list 1 GB / bare: ${ratios.listToBare} (<= ${targets.listToBare})`);
    console.log(`targets ${met ? 'met' : 'NOT met'}`);
    const loadAverage = os.loadavg().map((value) => Math.round(value * 100) / 100);
    const written = writeBenchResult('startup', { loadAverage, runs, largeDatabaseBytes: largeBytes, medianMilliseconds: medians, samples, ratios, targets, met });
    console.log(`results: ${written}`);
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

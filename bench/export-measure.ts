/**
 * The measured half of bench/export.bench.ts: one phase (embed, folder-cold, folder-warm, or the
 * floors) in a process of its own, as one `newsdesk export` run would be, so that its peak RSS is
 * that of this export only (not of making the photos, of another phase or of other benchmarks):
 * `node --import tsx bench/export-measure.ts DATABASE FOLDER PHASE`. Prints its figures as one
 * JSON line on stdout.
 */
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import sharp from 'sharp';
import { openBackend, type OpenedBackend } from '../electron/backend/backend';
import { exportBatch, exportBatchConcurrency } from '../electron/cli/export-batch';
import { sql } from '../electron/backend/store/sql';

/** Over how many articles the resize floor is measured (it takes as long as a cold export). */
const resizeFloorArticles = 100;

const concurrency = Number(process.env.NEWSDESK_BENCH_EXPORT_CONCURRENCY ?? exportBatchConcurrency);

const megabytes = (bytes: number) => Math.round((bytes / (1024 * 1024)) * 10) / 10;
const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

/** Peak resident set size, sampled every 20 ms and after each article. */
function rssSampler() {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 20);
  return {
    sample: () => (peak = Math.max(peak, process.memoryUsage.rss())),
    stop: () => {
      clearInterval(timer);
      return Math.max(peak, process.memoryUsage.rss());
    },
  };
}

function folderBytes(folder: string): number {
  let total = 0;
  for (const entry of fs.readdirSync(folder, { recursive: true, withFileTypes: true }) as fs.Dirent[]) {
    if (entry.isFile()) total += fs.statSync(path.join(entry.parentPath, entry.name)).size;
  }
  return total;
}

/** Exports every article through dispatch as `newsdesk export` does (exportBatch: a few articles in flight at once). */
async function exportAll(backend: OpenedBackend, ids: readonly number[], folder: string, images: 'embed' | 'folder') {
  const rss = rssSampler();
  const start = performance.now();
  await exportBatch(backend, ids, { folder, images, ifExists: 'replace' }, {
    concurrency,
    onOutcome(outcome) {
      if (!('result' in outcome) || outcome.result.outcome !== 'written') throw new Error(`article ${outcome.id} was not written`);
      rss.sample();
    },
  });
  const seconds = (performance.now() - start) / 1000;
  const peakRss = rss.stop();
  const bytes = folderBytes(folder);
  fs.rmSync(folder, { recursive: true, force: true });
  return { articles: ids.length, seconds: round(seconds, 2), articlesPerSecond: round(ids.length / seconds), peakRssMegabytes: megabytes(peakRss), outputMegabytes: megabytes(bytes) };
}

function photoBytes(backend: OpenedBackend, hash: string): Buffer {
  return backend.context.queries.get<{ data: Buffer }>(sql`SELECT data FROM media WHERE hash = ${hash}`)!.data;
}

/**
 * The floors: for embed, reading an article's two photos, base64 and writing a file of that size
 * with fsync (no rendering, no bookkeeping); for folder, sharp resizing the two photos (in
 * parallel, as the export does) without writing anything.
 */
async function floors(backend: OpenedBackend, photoPairs: ReadonlyArray<readonly [string, string]>, folder: string) {
  fs.mkdirSync(folder, { recursive: true });
  let start = performance.now();
  photoPairs.forEach((pair, index) => {
    const images = pair.map((hash) => `<img src="data:image/jpeg;base64,${photoBytes(backend, hash).toString('base64')}">`);
    const handle = fs.openSync(path.join(folder, `${index}.html`), 'w');
    fs.writeSync(handle, `<!doctype html>${images.join('')}`);
    fs.fsyncSync(handle);
    fs.closeSync(handle);
  });
  const embedSeconds = (performance.now() - start) / 1000;
  fs.rmSync(folder, { recursive: true, force: true });
  const resized = photoPairs.slice(0, resizeFloorArticles);
  start = performance.now();
  for (const pair of resized) {
    await Promise.all(pair.map((hash) => sharp(photoBytes(backend, hash)).rotate().resize({ width: 1600, withoutEnlargement: true }).jpeg({ quality: 82 }).toBuffer()));
  }
  const resizeSeconds = (performance.now() - start) / 1000;
  return {
    embedArticlesPerSecond: round(photoPairs.length / embedSeconds),
    folderResizeArticlesPerSecond: round(resized.length / resizeSeconds),
    resizeFloorArticles: resized.length,
  };
}

const phases = ['embed', 'folder-cold', 'folder-warm', 'floors'] as const;
type Phase = (typeof phases)[number];

async function measure(databasePath: string, folder: string, phase: Phase) {
  const backend = openBackend({ databasePath, checkResults: false });
  try {
    const ids = (await backend.call('export.plan', { selection: { all: true } })).articles.map((entry) => entry.id);
    const baselineRssMegabytes = megabytes(process.memoryUsage.rss());
    const withRss = <T extends object>(figures: T) => ({ ...figures, baselineRssMegabytes, processMaxRssMegabytes: megabytes(process.resourceUsage().maxRSS * 1024) });
    switch (phase) {
      case 'embed':
        return withRss(await exportAll(backend, ids, path.join(folder, 'embed'), 'embed'));
      case 'folder-cold':
        backend.context.queries.run(sql`DELETE FROM media_renditions`);
        return withRss(await exportAll(backend, ids, path.join(folder, 'folder-cold'), 'folder'));
      case 'folder-warm': {
        const cachedRenditions = backend.context.queries.get<{ count: number }>(sql`SELECT count(*) AS count FROM media_renditions`)!.count;
        return withRss({ ...(await exportAll(backend, ids, path.join(folder, 'folder-warm'), 'folder')), cachedRenditions });
      }
      case 'floors': {
        const photoPairs = ids.map((id) => {
          const figures = backend.context.queries.all<{ hash: string }>(
            sql`SELECT json_extract(figure.value, '$.attrs.hash') AS hash FROM articles, json_each(articles.body_json, '$.content') AS figure
                WHERE articles.id = ${id} AND json_extract(figure.value, '$.type') = 'figure'`,
          );
          return [figures[0]!.hash, figures[1]!.hash] as const;
        });
        return withRss(await floors(backend, photoPairs, path.join(folder, 'floor')));
      }
    }
  } finally {
    backend.close();
  }
}

const [databasePath, folder, phase] = process.argv.slice(2);
if (!databasePath || !folder || !(phases as readonly string[]).includes(phase ?? '')) {
  throw new Error(`usage: node --import tsx bench/export-measure.ts DATABASE FOLDER (${phases.join(' | ')})`);
}
process.stdout.write(`${JSON.stringify({ concurrency, ...(await measure(databasePath, folder, phase as Phase)) })}\n`);

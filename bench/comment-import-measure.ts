/**
 * The measured half of bench/comment-import.bench.ts, in a process of its own so that its peak RSS
 * is that of one import alone: `node --import tsx bench/comment-import-measure.ts DATABASE FILE PHASE`
 * with PHASE `import` (comments.importPaths, as `newsdesk comments import` calls it), `reimport`
 * (the same file again: every comment unchanged) or `json-parse` (the baseline: read the whole
 * file and JSON.parse it). Prints its figures as one JSON line on stdout.
 */
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { openBackend } from '../electron/backend/backend';

const phases = ['import', 'reimport', 'json-parse'] as const;
type Phase = (typeof phases)[number];

const megabytes = (bytes: number) => Math.round((bytes / (1024 * 1024)) * 10) / 10;
const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;

async function measure(databasePath: string, file: string, phase: Phase) {
  const baselineRssMegabytes = megabytes(process.memoryUsage.rss());
  const start = performance.now();
  let figures: Record<string, unknown>;
  if (phase === 'json-parse') {
    const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as unknown[];
    figures = { comments: parsed.length };
  } else {
    const backend = openBackend({ databasePath, checkResults: false });
    try {
      const { files } = await backend.call('comments.importPaths', { paths: [file], overwriteDecisions: false });
      const { created, updated, unchanged, matchedToArticles } = files[0]!;
      figures = { created, updated, unchanged, matchedToArticles };
    } finally {
      backend.close();
    }
  }
  const seconds = (performance.now() - start) / 1000;
  return { phase, seconds: round(seconds), ...figures, baselineRssMegabytes, processMaxRssMegabytes: megabytes(process.resourceUsage().maxRSS * 1024) };
}

const [databasePath, file, phase] = process.argv.slice(2);
if (!databasePath || !file || !(phases as readonly string[]).includes(phase ?? '')) {
  throw new Error(`usage: node --import tsx bench/comment-import-measure.ts DATABASE FILE (${phases.join(' | ')})`);
}
process.stdout.write(`${JSON.stringify(await measure(databasePath, file, phase as Phase))}\n`);

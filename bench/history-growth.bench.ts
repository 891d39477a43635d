import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { deflateRawSync } from 'node:zlib';
import type { DocNode } from '../shared/model/document';
import { documentPlainText } from '../shared/render/plain-text';
import { countWords } from '../shared/text/word-count';
import { openBackend as openCurrentBackend } from '../electron/backend/backend';
import { benchTempFolder, percentile, writeBenchResult } from './bench-results';
import { seededRandom, vietnameseArticleBody } from './vietnamese-article';

/**
 * Version history over a long day: 8 hours of typing in a 20,000-word article, autosaved through
 * the real save path (`articles.save` via dispatch, its search indexing run between saves as the
 * app's idle time would), on a clock that moves 6 seconds per save (the editor autosaves a second
 * after each pause in typing). Reports how much the database grew and how many versions it kept,
 * and the save's cost.
 *
 * The save cost is compared with an earlier Newsdesk when `NEWSDESK_HISTORY_BASELINE` names a
 * folder holding one (for example `git worktree add /tmp/newsdesk-base <commit>` with
 * `node_modules` linked in): both backends then take the same saves in turn, in the same process,
 * so machine load affects both alike. Without it the save is compared with a bare upsert of the
 * same bytes (the floor of the autosave bench).
 */
const hours = Number(process.env.NEWSDESK_HISTORY_HOURS ?? 8);
const secondsBetweenSaves = 6;
const wordsPerMinute = 30;
const targetWords = 20_000;
const targets = { growthMegabytes: 50 };

interface SimulatedBackend {
  call(method: 'articles.create', args: { fields: { headline: string; body: DocNode } }): Promise<{ id: number; version: number }>;
  call(method: 'articles.save', args: { id: number; expectedVersion: number; kind: 'autosave'; fields: { body: DocNode } }): Promise<{ version: number }>;
  call(method: 'revisions.list', args: { articleId: number }): Promise<unknown[]>;
  context: { idleTasks: { runPending(): void } };
  database: { pragma(source: string): unknown };
  close(): void;
}
type OpenBackend = (options: { databasePath: string; checkResults: boolean; now: () => Date }) => SimulatedBackend;

/** The writer at work: each save, the words typed since the last go into one paragraph (now and then a few are deleted). */
class Typist {
  private readonly random = seededRandom(812);
  private readonly vocabulary: string[];
  private paragraph = 3;
  body: DocNode;

  constructor(body: DocNode) {
    this.body = body;
    this.vocabulary = documentPlainText(body).split(/\s+/u).filter((word) => word.length > 0);
  }

  next(words: number): DocNode {
    const content = [...(this.body.content ?? [])];
    // Every few minutes the writer moves elsewhere in the article, or starts a paragraph.
    if (this.random() < 0.04) this.paragraph = Math.floor(this.random() * content.length);
    if (this.random() < 0.02) content.splice(this.paragraph + 1, 0, { type: 'paragraph', content: [{ type: 'text', text: 'Đoạn mới' }] });
    let index = this.paragraph;
    while (content[index]?.type !== 'paragraph') index = (index + 1) % content.length;
    const paragraph = content[index]!;
    const runs = [...(paragraph.content ?? [{ type: 'text', text: '' }])];
    const last = runs[runs.length - 1]!;
    let text = last.text ?? '';
    if (this.random() < 0.1) text = text.split(' ').slice(0, -3).join(' ');
    const typed = Array.from({ length: words }, () => this.vocabulary[Math.floor(this.random() * this.vocabulary.length)]!);
    runs[runs.length - 1] = { ...last, text: `${text} ${typed.join(' ')}` };
    content[index] = { ...paragraph, content: runs };
    this.body = { ...this.body, content };
    return this.body;
  }
}

function summarise(samples: number[]) {
  const sorted = [...samples].sort((left, right) => left - right);
  const round = (value: number) => Math.round(value * 1000) / 1000;
  return {
    count: sorted.length,
    p50: round(percentile(sorted, 0.5)),
    p99: round(percentile(sorted, 0.99)),
    max: round(sorted[sorted.length - 1] ?? Number.NaN),
    mean: round(sorted.reduce((total, value) => total + value, 0) / sorted.length),
  };
}

function databaseBytes(databasePath: string): number {
  return ['', '-wal'].reduce((total, suffix) => total + (fs.existsSync(databasePath + suffix) ? fs.statSync(databasePath + suffix).size : 0), 0);
}

async function timed(work: () => Promise<unknown>): Promise<{ wall: number; cpu: number }> {
  const cpuStart = process.cpuUsage();
  const wallStart = performance.now();
  await work();
  const wall = performance.now() - wallStart;
  const cpu = process.cpuUsage(cpuStart);
  return { wall, cpu: (cpu.user + cpu.system) / 1000 };
}

/** One backend taking the simulated day's saves. */
async function simulated(open: OpenBackend, databasePath: string, startBody: DocNode) {
  let now = Date.parse('2026-12-02T01:00:00.000Z');
  const backend = open({ databasePath, checkResults: false, now: () => new Date(now) });
  const created = await backend.call('articles.create', { fields: { headline: 'Hội nghị sơ kết công tác quý I năm 2024', body: startBody } });
  backend.context.idleTasks.runPending();
  backend.database.pragma('wal_checkpoint(TRUNCATE)');
  const bytesAtStart = databaseBytes(databasePath);
  let version = created.version;
  const samples = { wall: [] as number[], cpu: [] as number[] };
  return {
    async save(body: DocNode) {
      now += secondsBetweenSaves * 1000;
      const time = await timed(async () => {
        version = (await backend.call('articles.save', { id: created.id, expectedVersion: version, kind: 'autosave', fields: { body } })).version;
      });
      samples.wall.push(time.wall);
      samples.cpu.push(time.cpu);
      // The search data, deferred past the answer, is brought up to date before the next save.
      backend.context.idleTasks.runPending();
    },
    async finish() {
      const versions = (await backend.call('revisions.list', { articleId: created.id })).length;
      backend.database.pragma('wal_checkpoint(TRUNCATE)');
      const bytesAtEnd = databaseBytes(databasePath);
      backend.close();
      return {
        versionsKept: versions,
        databaseBytesAtStart: bytesAtStart,
        databaseBytesAtEnd: bytesAtEnd,
        growthMegabytes: Math.round(((bytesAtEnd - bytesAtStart) / 1024 / 1024) * 100) / 100,
        saveMilliseconds: summarise(samples.wall),
        saveCpuMilliseconds: summarise(samples.cpu),
      };
    },
  };
}

/** A body of the same size in syllables drawn at random: far less repetitive than the bench article, so a worst case for compression. */
function randomSyllableBody(words: number): DocNode {
  const random = seededRandom(99);
  const vocabulary = documentPlainText(vietnameseArticleBody(2_000)).split(/\s+/u).filter((word) => word.length > 0);
  const content: DocNode[] = [];
  for (let written = 0; written < words; written += 80) {
    const text = Array.from({ length: 80 }, () => vocabulary[Math.floor(random() * vocabulary.length)]!).join(' ');
    content.push({ type: 'paragraph', content: [{ type: 'text', text }] });
  }
  return { type: 'doc', content };
}

export async function run() {
  const folder = benchTempFolder('history-growth');
  const baselineFolder = process.env.NEWSDESK_HISTORY_BASELINE;
  try {
    const startBody = vietnameseArticleBody(targetWords);
    const current = await simulated(openCurrentBackend as unknown as OpenBackend, path.join(folder, 'current.sqlite'), startBody);
    let baseline: Awaited<ReturnType<typeof simulated>> | null = null;
    if (baselineFolder) {
      const module = (await import(pathToFileURL(path.join(path.resolve(baselineFolder), 'electron/backend/backend.ts')).href)) as { openBackend: OpenBackend };
      baseline = await simulated(module.openBackend, path.join(folder, 'baseline.sqlite'), startBody);
    }
    const typist = new Typist(startBody);
    const saves = Math.round((hours * 3600) / secondsBetweenSaves);
    const wordsPerSave = (wordsPerMinute * secondsBetweenSaves) / 60;
    let owed = 0;
    for (let index = 0; index < saves; index += 1) {
      owed += wordsPerSave;
      const words = Math.floor(owed);
      owed -= words;
      const body = typist.next(words);
      // Paired, in alternating order, so that neither always runs first.
      if (baseline && index % 2 === 1) await baseline.save(body);
      await current.save(body);
      if (baseline && index % 2 === 0) await baseline.save(body);
    }
    const currentResult = await current.finish();
    const baselineResult = baseline ? await baseline.finish() : null;

    const finalJson = JSON.stringify(typist.body);
    const randomJson = JSON.stringify(randomSyllableBody(countWords(documentPlainText(typist.body))));
    const compression = {
      benchArticle: { jsonBytes: Buffer.byteLength(finalJson), compressedBytes: deflateRawSync(finalJson, { level: 6 }).length },
      randomSyllables: { jsonBytes: Buffer.byteLength(randomJson), compressedBytes: deflateRawSync(randomJson, { level: 6 }).length },
    };
    // What the kept versions would take were every one as hard to compress as random syllables.
    const worstCaseMegabytes = Math.round(((currentResult.versionsKept * compression.randomSyllables.compressedBytes) / 1024 / 1024) * 100) / 100;
    const ratioOf = (key: 'p50' | 'p99') => (baselineResult ? Math.round((currentResult.saveMilliseconds[key] / baselineResult.saveMilliseconds[key]) * 100) / 100 : null);
    const result = {
      simulatedHours: hours,
      saves,
      secondsBetweenSaves,
      wordsPerMinute,
      article: { wordsAtStart: countWords(documentPlainText(startBody)), wordsAtEnd: countWords(documentPlainText(typist.body)), finalJsonBytes: Buffer.byteLength(finalJson) },
      loadAverage: os.loadavg(),
      current: currentResult,
      baseline: baselineResult,
      baselineFolder: baselineFolder ?? null,
      saveRatioToBaseline: { p50: ratioOf('p50'), p99: ratioOf('p99') },
      compression,
      worstCaseGrowthMegabytes: worstCaseMegabytes,
      targets,
      targetsMet: currentResult.growthMegabytes <= targets.growthMegabytes && worstCaseMegabytes <= targets.growthMegabytes,
    };
    console.log(`${hours} h of typing, ${saves} autosaves, ${result.article.wordsAtStart} → ${result.article.wordsAtEnd} words; load average ${os.loadavg().map((value) => value.toFixed(1)).join(' ')}`);
    console.log(`this Newsdesk: ${currentResult.versionsKept} versions, the database grew ${currentResult.growthMegabytes} MB (target ≤ ${targets.growthMegabytes} MB); save p50 ${currentResult.saveMilliseconds.p50} ms, p99 ${currentResult.saveMilliseconds.p99} ms, CPU p50 ${currentResult.saveCpuMilliseconds.p50} ms`);
    if (baselineResult) {
      console.log(`baseline (${baselineFolder}): ${baselineResult.versionsKept} versions, grew ${baselineResult.growthMegabytes} MB; save p50 ${baselineResult.saveMilliseconds.p50} ms, p99 ${baselineResult.saveMilliseconds.p99} ms, CPU p50 ${baselineResult.saveCpuMilliseconds.p50} ms`);
      console.log(`save time, this / baseline: p50 ${result.saveRatioToBaseline.p50}x, p99 ${result.saveRatioToBaseline.p99}x`);
    }
    console.log(`compression of the final body: bench article ${compression.benchArticle.jsonBytes} → ${compression.benchArticle.compressedBytes} bytes; random syllables ${compression.randomSyllables.jsonBytes} → ${compression.randomSyllables.compressedBytes} bytes (every version that hard: ${worstCaseMegabytes} MB)`);
    console.log(`written to ${writeBenchResult('history-growth', result)}`);
    return result;
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

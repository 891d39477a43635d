/**
 * Comment import benchmark (issue 9, point 9): imports 100,000 comments from the portal's JSON
 * export with `newsdesk comments import FILE --json`, run as a user runs it: the built CLI in a
 * process of its own (bench/measure-cli.mjs; time from the command's start to its end, peak RSS of
 * the process with its worker thread). The file is streamed from disk, read, flagged against the
 * word lists and matched to one of 200 local articles in a worker, staged, and moved in one
 * transaction. Target: <= 5 s and
 * <= 300 MB peak RSS. Also measured: re-importing the same file (every comment unchanged), and the
 * baseline of the same run, reading the whole file and JSON.parse-ing it (what a non-streaming
 * importer would start with), and inserting as many typical rows into `comments` alone, in one
 * transaction (the floor of any importer into this schema).
 *
 * This process writes the file and the database; each phase runs in a child process so that its
 * peak RSS (getrusage maxRSS) is that phase's alone; the baselines run through tsx
 * (bench/comment-import-measure.ts), whose loader their RSS includes. Comments: 1–4 sentences
 * of generated Vietnamese, one in 50 with a banned word, one in 40 with a link, one in 5 a reply.
 * NEWSDESK_BENCH_COMMENTS overrides the count.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { openBackend } from '../electron/backend/backend';
import { ensureBuiltCli } from './built-cli';
import { benchTempFolder, writeBenchResult } from './bench-results';
import { seededRandom } from './vietnamese-article';

const commentCount = Number(process.env.NEWSDESK_BENCH_COMMENTS ?? 100_000);
const articleCount = 200;
const targets = { seconds: 5, peakRssMegabytes: 300 };
const measureScript = fileURLToPath(new URL('./comment-import-measure.ts', import.meta.url));
const measureCliScript = fileURLToPath(new URL('./measure-cli.mjs', import.meta.url));

const sentences = [
  'Bài viết phản ánh đúng thực trạng giao thông ở Hà Nội vào giờ cao điểm.',
  'Tôi đồng ý với ý kiến của bạn đọc phía trên, cần xử lý nghiêm.',
  'Cảm ơn tác giả đã cung cấp thông tin hữu ích cho người dân.',
  'Giá xăng giảm nhưng giá điện lại tăng, người lao động khó khăn quá.',
  'Mong các cơ quan chức năng sớm vào cuộc để làm rõ sự việc.',
  'Quận ủy cần lắng nghe ý kiến của nhân dân nhiều hơn nữa.',
  'Đọc xong thấy rất tự hào về thành phố của chúng ta!',
  'Không biết bao giờ dự án này mới hoàn thành đây?',
];
const names = ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Cường', 'Phạm Hoa', 'Hoàng Nam', 'Võ Minh', 'Đỗ Lan', 'Bạn đọc'];

const megabytes = (bytes: number) => Math.round((bytes / (1024 * 1024)) * 10) / 10;

function headline(index: number): string {
  return `Hội nghị sơ kết công tác quý I năm 2024, số ${index + 1}`;
}

/** Writes the JSON file one record at a time. */
export function writeCommentFile(file: string): void {
  const random = seededRandom(9);
  const descriptor = fs.openSync(file, 'w');
  const pending: string[] = [];
  const flush = () => {
    fs.writeSync(descriptor, pending.join(''));
    pending.length = 0;
  };
  pending.push('[\n');
  for (let index = 0; index < commentCount; index += 1) {
    const parts: string[] = [];
    const count = 1 + Math.floor(random() * 4);
    for (let sentence = 0; sentence < count; sentence += 1) parts.push(sentences[Math.floor(random() * sentences.length)]!);
    if (index % 50 === 7) parts.push('Đồ ngu!');
    if (index % 40 === 3) parts.push('Xem thêm tại https://example.com/bai-viet');
    const article = index % articleCount;
    const record = {
      id: `c-${index + 1}`,
      article_url: `https://baothu.example.vn/thoi-su/hoi-nghi-so-ket-cong-tac-quy-i-nam-2024-so-${article + 1}-${900000 + article}.html`,
      article_title: headline(article),
      author: names[index % names.length],
      email: index % 3 === 0 ? null : `ban-doc-${index % 5000}@example.vn`,
      created_at: new Date(Date.UTC(2024, 2, 1) + index * 17_000).toISOString(),
      parent_id: index % 5 === 4 ? `c-${index}` : null,
      status: index % 10 === 9 ? 'approved' : '',
      body: parts.join(' '),
    };
    pending.push(`  ${JSON.stringify(record)}${index + 1 < commentCount ? ',' : ''}\n`);
    if (pending.length >= 1000) flush();
  }
  pending.push(']\n');
  flush();
  fs.closeSync(descriptor);
}

export async function run() {
  const folder = benchTempFolder('comment-import');
  const databasePath = path.join(folder, 'newsdesk.sqlite');
  const file = path.join(folder, 'binh-luan.json');
  try {
    const backend = openBackend({ databasePath, checkResults: false });
    try {
      for (let index = 0; index < articleCount; index += 1) await backend.call('articles.create', { fields: { headline: headline(index) } });
      backend.context.idleTasks.runPending();
    } finally {
      backend.close();
    }
    writeCommentFile(file);
    const fileMegabytes = megabytes(fs.statSync(file).size);
    console.log(`wrote ${commentCount} comments to a ${fileMegabytes} MB JSON file; ${articleCount} local articles`);

    const floorDatabase = path.join(folder, 'floor.sqlite');
    fs.copyFileSync(databasePath, floorDatabase);
    type Figures = { seconds: number; cpuSeconds: number; processMaxRssMegabytes: number; baselineRssMegabytes?: number } & Record<string, unknown>;
    const measurePhase = async (phase: string): Promise<Figures> => {
      const database = phase === 'insert-floor' ? floorDatabase : databasePath;
      const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', measureScript, database, file, phase], { maxBuffer: 1024 * 1024 });
      return JSON.parse(stdout) as Figures;
    };
    /** `newsdesk comments import FILE --json` as a user runs it (the built CLI, in a process of its own). */
    const measureCommand = async (): Promise<Figures> => {
      const { stdout, stderr } = await promisify(execFile)(process.execPath, [measureCliScript, 'comments', 'import', file, '--db', databasePath, '--json'], { maxBuffer: 16 * 1024 * 1024 });
      const report = (JSON.parse(stdout) as Array<Record<string, unknown>>)[0]!;
      const { created, updated, unchanged, matchedToArticles } = report;
      return { ...(JSON.parse(stderr.trim().split('\n').at(-1)!) as Figures), created, updated, unchanged, matchedToArticles };
    };
    await ensureBuiltCli();
    const baseline = await measurePhase('json-parse');
    const insertFloor = await measurePhase('insert-floor');
    const imported = await measureCommand();
    const reimported = await measureCommand();
    const line = (name: string, figures: Figures) =>
      console.log(`${name}: ${figures.seconds} s (CPU ${figures.cpuSeconds} s), peak RSS ${figures.processMaxRssMegabytes} MB${figures.baselineRssMegabytes === undefined ? '' : ` (${figures.baselineRssMegabytes} MB before, tsx included)`}`);
    line('import', imported);
    line('re-import (unchanged)', reimported);
    line('baseline: read + JSON.parse', baseline);
    line('baseline: insert the rows alone (one transaction)', insertFloor);
    const met = imported.seconds <= targets.seconds && imported.processMaxRssMegabytes <= targets.peakRssMegabytes;
    console.log(`targets <= ${targets.seconds} s and <= ${targets.peakRssMegabytes} MB: ${met ? 'met' : 'NOT met'}`);
    const loadAverage = Math.round((os.loadavg()[0] ?? 0) * 10) / 10;
    console.log(`load average ${loadAverage} on ${os.cpus().length} cores (other work slows wall time; CPU time is less affected)`);
    const written = writeBenchResult('comment-import', { loadAverage, comments: commentCount, fileMegabytes, articles: articleCount, targets, met, import: imported, reimport: reimported, baseline, insertFloor });
    console.log(`results: ${written}`);
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

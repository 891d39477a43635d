/**
 * The measured half of bench/comment-import.bench.ts, in a process of its own so that its peak RSS
 * is that of one import alone: `node --import tsx bench/comment-import-measure.ts DATABASE FILE PHASE`
 * with PHASE `import` (comments.importPaths, as `newsdesk comments import` calls it), `reimport`
 * (the same file again: every comment unchanged) or `json-parse` (the baseline: read the whole
 * file and JSON.parse it) or `insert-floor` (the other baseline: insert as many rows of a typical
 * comment into `comments` in one transaction, nothing else; run on a copy of the database).
 * Prints its figures as one JSON line on stdout.
 */
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { openBackend, type OpenedBackend } from '../electron/backend/backend';
import { sql } from '../electron/backend/store/sql';

const phases = ['import', 'reimport', 'json-parse', 'insert-floor'] as const;
type Phase = (typeof phases)[number];

const megabytes = (bytes: number) => Math.round((bytes / (1024 * 1024)) * 10) / 10;
const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;

/** Inserts `count` rows like the bench's comments (same sizes, statuses and indexes touched) in one transaction. */
function insertFloor(backend: OpenedBackend, count: number): void {
  const body = 'Bài viết phản ánh đúng thực trạng giao thông ở Hà Nội vào giờ cao điểm. Cảm ơn tác giả đã cung cấp thông tin hữu ích cho người dân.';
  const folded = 'bai viet phan anh dung thuc trang giao thong o ha noi vao gio cao diem. cam on tac gia da cung cap thong tin huu ich cho nguoi dan. nguyen van an hoi nghi';
  const title = 'Hội nghị sơ kết công tác quý I năm 2024, số 1';
  const url = 'https://baothu.example.vn/thoi-su/hoi-nghi-so-ket-cong-tac-quy-i-nam-2024-so-1-900000.html';
  backend.context.queries.transaction(() => {
    for (let index = 0; index < count; index += 1) {
      const email = index % 3 === 0 ? null : `ban-doc-${index % 5000}@example.vn`;
      const createdAt = new Date(Date.UTC(2024, 2, 1) + index * 17_000).toISOString();
      const parent = index % 5 === 4 ? `c-${index}` : null;
      backend.context.queries.run(sql`INSERT INTO comments (source, external_id, article_id, article_external_id, article_title, article_url, author, author_folded, email,
          body, body_folded, created_at, parent_external_id, status, queue, flags_json, reports, decided_at, moderator, note, imported_at)
        VALUES ('portal', ${`floor-${index + 1}`}, ${(index % 200) + 1}, ${null}, ${title}, ${url}, 'Nguyễn Văn An', 'nguyen van an', ${email}, ${body}, ${folded},
          ${createdAt}, ${parent}, 'pending', 'pending', '[]', 0, ${null}, ${null}, ${null}, '2024-04-01T00:00:00.000Z')`);
    }
  });
}

async function measure(databasePath: string, file: string, phase: Phase) {
  const baselineRssMegabytes = megabytes(process.memoryUsage.rss());
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  let figures: Record<string, unknown>;
  if (phase === 'insert-floor') {
    const count = Number(process.env.NEWSDESK_BENCH_COMMENTS ?? 100_000);
    const backend = openBackend({ databasePath, checkResults: false });
    try {
      insertFloor(backend, count);
    } finally {
      backend.close();
    }
    figures = { rows: count };
  } else if (phase === 'json-parse') {
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
  const cpu = process.cpuUsage(cpuStart);
  return { phase, seconds: round(seconds), cpuSeconds: round((cpu.user + cpu.system) / 1e6), ...figures, baselineRssMegabytes, processMaxRssMegabytes: megabytes(process.resourceUsage().maxRSS * 1024) };
}

const [databasePath, file, phase] = process.argv.slice(2);
if (!databasePath || !file || !(phases as readonly string[]).includes(phase ?? '')) {
  throw new Error(`usage: node --import tsx bench/comment-import-measure.ts DATABASE FILE (${phases.join(' | ')})`);
}
process.stdout.write(`${JSON.stringify(await measure(databasePath, file, phase as Phase))}\n`);

/**
 * Comment queue benchmark (issue 9, point 9), in Chromium through the browser edition: with
 * 100,000 comments pending, the time from pressing `a` (Duyệt) to the next comment rendered
 * (p95 ≤ 50 ms), and the time to open the queue from the "Bình luận" button (≤ 500 ms).
 *
 * The comments are inserted with SQL in one transaction (the importer has its own benchmark),
 * one in ten with a suspect-word flag to highlight. The renderer is built, the backend and the
 * server `newsdesk serve` composes are started in this process, and Chromium (Debian's, or
 * CHROMIUM_PATH) is driven with playwright-core.
 *
 * Measured in the page: from the key's `keydown` timestamp to the first animation frame after the
 * card of another comment is in the DOM (a MutationObserver sees it). Two baselines from the same
 * run show the machine's load: `frameFloor`, a key the page ignores to the next frame, and
 * `moveNext` (`j`), the next card rendered with no backend call. Opening the queue is measured
 * from the click to the first frame with a card, five times (the first cold).
 * NEWSDESK_BENCH_COMMENTS overrides the count; NEWSDESK_BENCH_RENDERER_BUILT=1 skips the build.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { openBackend } from '../electron/backend/backend';
import { openDatabase } from '../electron/backend/store/database';
import { migrate } from '../electron/backend/store/migrations/runner';
import { Queries, sql } from '../electron/backend/store/sql';
import { startServer } from '../electron/serve/server';
import { foldForSearch } from '../shared/text/fold';
import { chromiumArgs, findChromium } from '../test/support/find-chromium.mjs';
import { benchTempFolder, percentile, writeBenchResult } from './bench-results';

const commentCount = Number(process.env.NEWSDESK_BENCH_COMMENTS ?? 100_000);
const decisionPresses = 300;
const movePresses = 100;
const openRepetitions = 5;
const targets = { decisionP95Milliseconds: 50, openMilliseconds: 500 };
const repositoryRoot = fileURLToPath(new URL('..', import.meta.url));

const authors = ['Nguyễn Văn Nam', 'Trần Thị Hường', 'Lê Minh Tuấn', 'Phạm Ngọc Lan', 'Hoàng Hữu Dũng', 'Võ Thanh Mai', 'Đặng Quốc Sơn', 'Bùi Hồng Phương'];
const sentences = [
  'Công viên mới rất đẹp, cảm ơn quận đã quan tâm đến người dân.',
  'Đề nghị xem lại việc đậu xe trên vỉa hè ở hẻm 12.',
  'Bài viết hay, mong báo tiếp tục theo dõi dự án này.',
  'Tôi thấy thủ tục hành chính trực tuyến đã nhanh hơn trước nhiều.',
  'Khu phố tôi còn ngập mỗi khi mưa lớn, mong được giải quyết sớm.',
];

/** 100,000 pending comments over 200 articles' titles, oldest first, with NFC text as the importer stores it. */
function seedComments(databasePath: string): number {
  const started = performance.now();
  const database = openDatabase(databasePath);
  try {
    migrate(database);
    database.pragma('synchronous = OFF');
    const queries = new Queries(database);
    const importedAt = new Date().toISOString();
    const start = Date.UTC(2026, 0, 1);
    queries.transaction(() => {
      for (let index = 0; index < commentCount; index += 1) {
        const author = `${authors[index % authors.length]} ${Math.floor(index / authors.length) % 500}`;
        const articleTitle = `Tin bài số ${index % 200}`;
        let body = `${sentences[index % sentences.length]} ${sentences[(index * 7) % sentences.length]}`;
        let flags: unknown[] = [];
        if (index % 10 === 0) {
          body = `${body} Thật là ngu ngốc.`;
          const startAt = body.indexOf('ngu ngốc');
          flags = [{ kind: 'suspect-word', entry: 'ngu ngốc', match: 'ngu ngốc', start: startAt, end: startAt + 'ngu ngốc'.length }];
        }
        queries.run(sql`
          INSERT INTO comments (source, external_id, article_title, article_url, author, author_folded, email, body, body_folded,
                                created_at, status, queue, flags_json, reports, imported_at)
          VALUES ('portal', ${`bench-${index}`}, ${articleTitle}, ${`https://baoquan3.vn/tin/${index % 200}`}, ${author}, ${foldForSearch(author)},
                  ${`bandoc${index % 5000}@example.vn`}, ${body}, ${foldForSearch(`${body} ${author} ${articleTitle}`)},
                  ${new Date(start + index * 60_000).toISOString()}, 'pending', 'pending', ${JSON.stringify(flags)}, 0, ${importedAt})`);
      }
    });
    database.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    database.close();
  }
  return (performance.now() - started) / 1000;
}

function buildRenderer(): string {
  const dist = path.join(repositoryRoot, 'renderer/dist');
  if (process.env.NEWSDESK_BENCH_RENDERER_BUILT !== '1') {
    const built = spawnSync('npm', ['run', '--silent', 'build:renderer'], { cwd: repositoryRoot, stdio: 'inherit' });
    if (built.status !== 0) throw new Error('comment-queue bench: building the renderer failed');
  }
  if (!fs.existsSync(path.join(dist, 'index.html'))) throw new Error(`comment-queue bench: ${dist}/index.html is missing`);
  return dist;
}

declare global {
  interface Window {
    newsdeskBench?: { keyAt: number; rendered: Promise<number> };
  }
}

/** Arms the page: the next keydown's timestamp, and the first frame after a card of another comment (or none) appears. */
async function armNextCard(page: Page, waitForChange: boolean): Promise<void> {
  await page.evaluate((changeExpected) => {
    const previous = document.querySelector<HTMLElement>('.comment-card')?.dataset['commentId'] ?? null;
    const bench = { keyAt: Number.NaN, rendered: Promise.resolve(0) };
    window.addEventListener('keydown', (event) => (bench.keyAt = event.timeStamp), { once: true, capture: true });
    bench.rendered = new Promise<number>((resolve) => {
      const frame = () => requestAnimationFrame(() => resolve(performance.now()));
      if (!changeExpected) {
        window.addEventListener('keydown', () => frame(), { once: true });
        return;
      }
      const observer = new MutationObserver(() => {
        const current = document.querySelector<HTMLElement>('.comment-card')?.dataset['commentId'] ?? null;
        if (current !== previous) {
          observer.disconnect();
          frame();
        }
      });
      observer.observe(document.body, { childList: true, subtree: true });
    });
    window.newsdeskBench = bench;
  }, waitForChange);
}

async function pressAndMeasure(page: Page, key: string, waitForChange = true): Promise<number> {
  await armNextCard(page, waitForChange);
  await page.keyboard.press(key);
  return page.evaluate(async () => {
    const bench = window.newsdeskBench!;
    const renderedAt = await bench.rendered;
    return renderedAt - bench.keyAt;
  });
}

/** From the click on "Bình luận" to the first frame with the first comment's card. */
async function measureOpening(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const button = [...document.querySelectorAll<HTMLButtonElement>('.app-header button')].find((candidate) => candidate.textContent === 'Bình luận');
    if (!button) throw new Error('no Bình luận button');
    const started = performance.now();
    button.click();
    await new Promise<void>((resolve) => {
      const check = () => (document.querySelector('.comment-card') ? resolve() : requestAnimationFrame(check));
      check();
    });
    await new Promise((resolve) => requestAnimationFrame(resolve));
    return performance.now() - started;
  });
}

function summary(samples: number[]) {
  const sorted = [...samples].sort((first, second) => first - second);
  const round = (value: number) => Math.round(value * 10) / 10;
  return { count: sorted.length, p50: round(percentile(sorted, 0.5)), p95: round(percentile(sorted, 0.95)), max: round(sorted[sorted.length - 1] ?? Number.NaN) };
}

export async function run() {
  const folder = benchTempFolder('comment-queue');
  const databasePath = path.join(folder, 'newsdesk.db');
  const seedSeconds = seedComments(databasePath);
  console.log(`comment-queue: ${commentCount.toLocaleString('en-US')} comments seeded in ${seedSeconds.toFixed(1)} s`);
  const rendererDir = buildRenderer();
  const backend = openBackend({ databasePath });
  const server = await startServer({ backend, rendererDir });
  const executablePath = findChromium() ?? '/usr/bin/chromium';
  const browser = await chromium.launch({ executablePath, args: [...chromiumArgs] });
  try {
    const page = await browser.newPage({ locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh', viewport: { width: 1400, height: 900 } });
    page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
    // tsx (esbuild keepNames) wraps named functions in __name(), which the page does not have.
    await page.addInitScript({ content: 'window.__name = (target) => target;' });
    await page.goto(server.openUrl);
    await page.getByRole('button', { name: 'Bài mới' }).waitFor();

    const openings: number[] = [];
    for (let repetition = 0; repetition < openRepetitions; repetition += 1) {
      openings.push(await measureOpening(page));
      await page.locator('.comment-card').waitFor();
      if (repetition < openRepetitions - 1) {
        await page.getByRole('button', { name: 'Tin bài', exact: true }).first().click();
        await page.getByRole('button', { name: 'Bài mới' }).waitFor();
      }
    }
    await page.getByRole('tab', { name: /^Chờ duyệt/ }).and(page.locator('[aria-selected="true"]')).waitFor();
    const countsShown = await page.getByRole('tab', { name: /^Chờ duyệt/ }).textContent();

    const frameFloor: number[] = [];
    for (let press = 0; press < movePresses; press += 1) frameFloor.push(await pressAndMeasure(page, 'q', false));
    const moveNext: number[] = [];
    for (let press = 0; press < movePresses; press += 1) moveNext.push(await pressAndMeasure(page, press % 2 === 0 ? 'j' : 'k'));
    const decisions: number[] = [];
    for (let press = 0; press < decisionPresses; press += 1) decisions.push(await pressAndMeasure(page, 'a'));
    // Every decision commits: how long after the last key the backend has them all.
    const lastKey = performance.now();
    let approved = 0;
    while (performance.now() - lastKey < 60_000) {
      approved = (await backend.call('comments.counts', {})).approved;
      if (approved >= decisionPresses) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const committedAfterLastKeyMilliseconds = performance.now() - lastKey;

    const result = {
      comments: commentCount,
      seedSeconds: Math.round(seedSeconds * 10) / 10,
      countsShown,
      openQueueMilliseconds: { cold: Math.round(openings[0]!), ...summary(openings), target: targets.openMilliseconds },
      decisionToNextCard: { ...summary(decisions), target: targets.decisionP95Milliseconds },
      baselines: { frameFloor: summary(frameFloor), moveNext: summary(moveNext) },
      decisionsCommitted: { approved, afterLastKeyMilliseconds: Math.round(committedAfterLastKeyMilliseconds) },
      pass: decisions.length > 0 && percentile([...decisions].sort((a, b) => a - b), 0.95) <= targets.decisionP95Milliseconds && Math.max(...openings) <= targets.openMilliseconds,
    };
    console.table({
      'open queue (ms)': { p50: result.openQueueMilliseconds.p50, p95: result.openQueueMilliseconds.p95, max: result.openQueueMilliseconds.max, target: targets.openMilliseconds },
      'a → next card (ms)': { p50: result.decisionToNextCard.p50, p95: result.decisionToNextCard.p95, max: result.decisionToNextCard.max, target: targets.decisionP95Milliseconds },
      'j/k → next card (ms)': { ...result.baselines.moveNext },
      'key → frame floor (ms)': { ...result.baselines.frameFloor },
    });
    console.log(`comment-queue: all ${approved} decisions committed ${result.decisionsCommitted.afterLastKeyMilliseconds} ms after the last key; the tab showed "${countsShown}"`);
    console.log(`comment-queue: wrote ${writeBenchResult('comment-queue', result)}`);
    return result;
  } finally {
    await browser.close();
    await server.close();
    backend.close();
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

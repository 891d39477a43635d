import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { DocNode } from '../shared/model/document';
import { documentPlainText } from '../shared/render/plain-text';
import { countWords } from '../shared/text/word-count';
import { openBackend } from '../electron/backend/backend';
import { benchTempFolder, percentile } from './bench-results';
import { ensureBuiltCli } from './built-cli';
import { seededRandom, vietnameseArticleBody } from './vietnamese-article';

const repositoryRoot = fileURLToPath(new URL('..', import.meta.url));
const cliPath = path.join(repositoryRoot, 'electron/program/newsdesk.mjs');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const chromiumArgs = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export const longArticleHeadline = 'Hội nghị sơ kết công tác quý I năm 2024 (bài dài)';
export const shortArticleHeadline = 'Tin ngắn: lịch tiếp công dân tuần này';
const figureCount = 20;
const targetWords = 20_000;

export interface SeededArticle {
  words: number;
  /** Top-level blocks of the short article, opened before the long one. */
  shortTopLevelNodes: number;
  figures: number;
  topLevelNodes: number;
  bodyJsonBytes: number;
}

/** A photo-like JPEG of 960×640 (a gradient with noise), different for every seed. */
async function photo(seed: number): Promise<Buffer> {
  const random = seededRandom(seed);
  const width = 960;
  const height = 640;
  const pixels = Buffer.alloc(width * height * 3);
  const base = [random() * 200, random() * 200, random() * 200];
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const offset = (y * width + x) * 3;
      const grain = (random() - 0.5) * 30;
      pixels[offset] = base[0]! + (x / width) * 50 + grain;
      pixels[offset + 1] = base[1]! + (y / height) * 50 + grain;
      pixels[offset + 2] = base[2]! + grain;
    }
  }
  return sharp(pixels, { raw: { width, height, channels: 3 } }).jpeg({ quality: 80 }).toBuffer();
}

/**
 * A new database holding a 20,000-word Vietnamese article with 20 figures spread through it and a
 * short article (to open first, so that choosing the long one replaces an open article, as in use).
 */
export async function seedEditorDatabase(name: string): Promise<{ folder: string; databasePath: string; article: SeededArticle }> {
  const folder = benchTempFolder(name);
  const databasePath = path.join(folder, 'newsdesk.sqlite');
  const backend = openBackend({ databasePath, checkResults: false });
  try {
    const paragraphs = vietnameseArticleBody(targetWords).content ?? [];
    const content: DocNode[] = [];
    const every = Math.floor(paragraphs.length / figureCount);
    for (let index = 0; index < paragraphs.length; index += 1) {
      content.push(paragraphs[index]!);
      if ((index + 1) % every === 0 && index / every < figureCount) {
        const figureIndex = Math.floor(index / every);
        const { hash } = await backend.call('media.put', { data: (await photo(500 + figureIndex)).toString('base64'), fileName: `anh-${figureIndex}.jpg` });
        content.push({ type: 'figure', attrs: { hash, caption: `Ảnh ${figureIndex + 1}: quang cảnh hội nghị`, credit: 'Quốc Huy', alt: 'Hội trường' } });
      }
    }
    const body: DocNode = { type: 'doc', content };
    const shortBody = vietnameseArticleBody(200, 7);
    await backend.call('articles.create', { fields: { headline: shortArticleHeadline, sapo: 'Lịch tiếp công dân.', body: shortBody } });
    await backend.call('articles.create', { fields: { headline: longArticleHeadline, sapo: 'Thành ủy triển khai nhiệm vụ trọng tâm quý II.', body } });
    backend.context.idleTasks.runPending();
    return {
      folder,
      databasePath,
      article: {
        words: countWords(documentPlainText(body)),
        shortTopLevelNodes: shortBody.content?.length ?? 0,
        figures: content.filter((node) => node.type === 'figure').length,
        topLevelNodes: content.length,
        bodyJsonBytes: Buffer.byteLength(JSON.stringify(body)),
      },
    };
  } finally {
    backend.close();
  }
}

export interface RunningServe {
  openUrl: string;
  origin: string;
  /** Calls the backend over HTTP with the run's token, as the page does. */
  call: (method: string, args: unknown) => Promise<unknown>;
  stop: () => Promise<void>;
}

/** The stored version of the article whose headline is `headline`: it grows by one with every save. */
export async function storedVersion(serve: RunningServe, headline: string): Promise<number> {
  const listed = (await serve.call('articles.list', {})) as Array<{ headline: string; version: number }>;
  const article = listed.find((candidate) => candidate.headline === headline);
  if (!article) throw new Error(`no article ${headline}`);
  return article.version;
}

/**
 * `newsdesk serve` over the seeded database, serving a private copy of renderer/dist (built by
 * `npm run build:renderer`; NEWSDESK_BENCH_RENDERER_DIR names another build), so that a rebuild while the bench runs cannot change what it measures.
 * The command runs from its build, as users run it: from the TypeScript sources, its workers would load them through tsx while the keys are typed.
 */
export async function startServe(folder: string, databasePath: string): Promise<RunningServe> {
  await ensureBuiltCli();
  const built = process.env.NEWSDESK_BENCH_RENDERER_DIR ?? path.join(repositoryRoot, 'renderer/dist');
  if (!fs.existsSync(path.join(built, 'index.html'))) throw new Error(`${built}/index.html is missing: run \`npm run build:renderer\` first`);
  const rendererCopy = path.join(folder, 'renderer');
  fs.cpSync(built, rendererCopy, { recursive: true });
  const child: ChildProcess = spawn(process.execPath, [cliPath, 'serve', '--db', databasePath, '--port', '0', '--renderer-dir', rendererCopy], {
    cwd: repositoryRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const openUrl = await new Promise<string>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`newsdesk serve printed no URL in 60 s: ${stderr}`)), 60_000);
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
      output += chunk;
      const match = /(http:\/\/127\.0\.0\.1:\d+\/#token=[A-Za-z0-9_-]+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`newsdesk serve exited with code ${code}: ${stderr}`));
    });
  });
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    await exited;
  };
  const origin = new URL(openUrl).origin;
  const token = new URL(openUrl).hash.replace(/^#token=/, '');
  const call = async (method: string, args: unknown) => {
    const response = await fetch(`${origin}/api/${method}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-newsdesk-token': token }, body: JSON.stringify(args) });
    const outcome = (await response.json()) as { ok: boolean; value?: unknown; error?: unknown };
    if (!outcome.ok) throw new Error(`${method} failed: ${JSON.stringify(outcome.error)}`);
    return outcome.value;
  };
  return { openUrl, origin, call, stop };
}

/** tsx (esbuild, keepNames) wraps named functions in `__name(...)`: functions run in a page need it there too. */
const nameHelper = 'globalThis.__name = (target) => target;';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
}

/** Opens the app and waits for the article list. */
export async function openApp(browser: Browser, openUrl: string): Promise<Page> {
  const context = await browser.newContext({ locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh', viewport: { width: 1400, height: 900 } });
  await context.addInitScript(nameHelper);
  const page = await context.newPage();
  await page.goto(openUrl);
  await page.getByRole('button', { name: longArticleHeadline, exact: true }).waitFor();
  return page;
}

/**
 * In the app's page: clicks the list row of `headline` and resolves with the milliseconds until the
 * body editor of that article is editable, holds all its top-level blocks (figures rendered by their
 * node views) and the next frame has been painted.
 */
export function openArticleInPage(page: Page, headline: string, blocks: number, figures: number): Promise<number> {
  return page.evaluate(
    ({ headline, blocks, figures }) =>
      new Promise<number>((resolve, reject) => {
        const button = [...document.querySelectorAll<HTMLButtonElement>('button.row-open')].find((candidate) => candidate.textContent === headline);
        if (!button) {
          reject(new Error(`no list row for ${headline}`));
          return;
        }
        const ready = () => {
          const editor = document.querySelector<HTMLElement>('.ProseMirror[contenteditable="true"]');
          const headlineField = document.querySelector<HTMLTextAreaElement>('textarea');
          return (
            editor !== null &&
            headlineField?.value === headline &&
            editor.childElementCount === blocks &&
            editor.querySelectorAll('figure.figure-node img').length === figures
          );
        };
        const start = performance.now();
        const observer = new MutationObserver(() => {
          if (!ready()) return;
          observer.disconnect();
          afterNextPaint(() => resolve(performance.now() - start));
        });
        observer.observe(document.body, { childList: true, subtree: true, attributes: true, characterData: true });
        const afterNextPaint = (done: () => void) =>
          requestAnimationFrame(() => {
            const channel = new MessageChannel();
            channel.port1.onmessage = () => done();
            channel.port2.postMessage(null);
          });
        button.click();
        setTimeout(() => {
          observer.disconnect();
          reject(new Error(`the article did not open within 20 s`));
        }, 20_000);
      }),
    { headline, blocks, figures },
  );
}

/** The JS heap of a page, in MB: used now, and used after a full garbage collection. */
export async function heapMegabytes(page: Page): Promise<{ used: number; usedAfterGc: number }> {
  const session = await page.context().newCDPSession(page);
  try {
    const before = (await session.send('Runtime.getHeapUsage')) as { usedSize: number };
    await session.send('HeapProfiler.collectGarbage');
    const after = (await session.send('Runtime.getHeapUsage')) as { usedSize: number };
    return { used: round(before.usedSize / 1048576), usedAfterGc: round(after.usedSize / 1048576) };
  } finally {
    await session.detach();
  }
}

/**
 * A page on the app's origin (so its images load the same way) with only the given HTML in a
 * plain contenteditable element and the app's stylesheets: the baseline.
 */
export async function openPlainPage(browser: Browser, origin: string, stylesheets: string[], bodyHtml: string, width: number): Promise<Page> {
  const context = await browser.newContext({ locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh', viewport: { width: 1400, height: 900 } });
  await context.addInitScript(nameHelper);
  const page = await context.newPage();
  const url = `${origin}/__bench/plain.html`;
  const links = stylesheets.map((href) => `<link rel="stylesheet" href="${href}">`).join('');
  await page.route(url, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><html lang="vi"><head><meta charset="utf-8">${links}</head><body><main style="width:${width}px;height:900px;overflow:auto" id="scroller"><div id="plain" class="article-body" contenteditable="true" spellcheck="true" lang="vi"></div></main></body></html>`,
    }),
  );
  await page.goto(url);
  await page.evaluate((html) => {
    window.__plainHtml = html;
  }, bodyHtml);
  return page;
}

declare global {
  interface Window {
    __plainHtml?: string;
  }
}

/** In the plain page: sets the HTML into the element and resolves with the milliseconds until the next paint. */
export function setPlainHtmlInPage(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const element = document.getElementById('plain')!;
        element.innerHTML = '';
        const start = performance.now();
        element.innerHTML = window.__plainHtml ?? '';
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => resolve(performance.now() - start);
          channel.port2.postMessage(null);
        });
      }),
  );
}

export function round(value: number): number {
  return Math.round(value * 100) / 100;
}

export function summarise(samples: readonly number[]) {
  const sorted = [...samples].sort((left, right) => left - right);
  return {
    count: sorted.length,
    p50: round(percentile(sorted, 0.5)),
    p95: round(percentile(sorted, 0.95)),
    max: round(sorted[sorted.length - 1] ?? Number.NaN),
    mean: round(sorted.reduce((total, value) => total + value, 0) / Math.max(1, sorted.length)),
  };
}

export function loadAverage(): number[] {
  return os.loadavg().map(round);
}

export function sleep(milliseconds: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.max(0, milliseconds)));
}

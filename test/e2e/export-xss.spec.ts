import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { renderArticleDocument } from '../../shared/render/article-html';
import { everyPartInput, folderModeInput, payloadInputs, skippedHeadingLevelsInput } from '../unit/shared/render/export-fixtures';
import { pixelPng } from '../unit/shared/render/xss/placement';
import { payloads, xssMarker } from '../unit/shared/render/xss/payloads';

// Exported files are opened on their own, as a reader opens them: no app, no server (the
// project's `browser` settings still choose the Chromium).

const cspMeta = /<meta http-equiv="Content-Security-Policy" content="[^"]*">\n?/u;

/** The export without its CSP, so that the markup alone has to keep every payload inert. */
function withoutCsp(html: string): string {
  const stripped = html.replace(cspMeta, '');
  if (stripped === html) throw new Error('the export has no CSP meta tag to remove');
  return stripped;
}

/** Everything a page did that an inert document never does: dialogs, marker logs, script errors, requests, pop-ups, frames. */
function watchActivity(page: Page, current: () => string, allowedRequest: (url: string) => boolean) {
  const activity: string[] = [];
  page.on('dialog', (dialog) => {
    activity.push(`${current()}: a ${dialog.type()} dialog ${JSON.stringify(dialog.message())}`);
    void dialog.dismiss().catch(() => undefined);
  });
  page.on('console', (message) => {
    if (message.text().includes(xssMarker)) activity.push(`${current()}: console.${message.type()} ${JSON.stringify(message.text())}`);
  });
  page.on('pageerror', (error) => activity.push(`${current()}: a script ran and threw ${error.message}`));
  page.on('request', (request) => {
    if (!request.url().startsWith('data:') && !allowedRequest(request.url())) activity.push(`${current()}: a request for ${request.url()}`);
  });
  page.on('popup', (popup) => activity.push(`${current()}: a pop-up at ${popup.url()}`));
  page.on('frameattached', (frame) => activity.push(`${current()}: a frame at ${frame.url()}`));
  return activity;
}

/** What the browser made of the document: scripts, frames, base, link protocols, image sources. */
function documentFacts() {
  return {
    scripts: [...document.scripts].map((script) => script.type),
    frames: window.frames.length,
    baseIsDocument: document.baseURI === document.URL,
    linkProtocols: [...document.links].map((link) => (link as HTMLAnchorElement).protocol),
    imageProtocols: [...document.images].map((image) => new URL(image.src, document.baseURI).protocol),
    handlers: [...document.querySelectorAll('*')].flatMap((element) => element.getAttributeNames().filter((name) => name.startsWith('on'))),
  };
}

function expectInert(facts: Awaited<ReturnType<typeof documentFacts>>, label: string) {
  expect(facts.scripts, label).toEqual(['application/ld+json']);
  expect(facts.frames, label).toBe(0);
  expect(facts.baseIsDocument, label).toBe(true);
  expect(facts.linkProtocols.filter((protocol) => !['http:', 'https:', 'mailto:'].includes(protocol)), label).toEqual([]);
  expect(facts.imageProtocols.filter((protocol) => protocol !== 'data:'), label).toEqual([]);
  expect(facts.handlers, label).toEqual([]);
}

test.describe('exported articles with XSS payloads, opened in Chromium without their CSP', () => {
  test('no payload, in any of the fields it is placed in or as a link, shows a dialog, logs the marker, throws, frames or requests anything', async ({ page }) => {
    let current = '';
    const activity = watchActivity(page, () => current, () => false);
    // Nothing may load; should something try, it fails at once instead of waiting for a network that is not there.
    await page.route('**/*', (route) => route.abort());
    // Six rotations: every payload in six different fields, and as a link address (the unit tests put each in every field).
    for (let rotation = 0; rotation < 6; rotation += 1) {
      for (const [index, input] of payloadInputs(rotation).entries()) {
        current = `rotation ${rotation}, article ${index + 1}: ${input.article.headline.slice(0, 60)}`;
        await page.setContent(withoutCsp(renderArticleDocument(input)), { waitUntil: 'load' });
        expectInert(await page.evaluate(documentFacts), current);
      }
    }
    // Give late handlers (timers, image errors, focus) a moment before the last page goes.
    await page.waitForTimeout(100);
    expect(activity).toEqual([]);
    expect(payloads.length).toBeGreaterThanOrEqual(150);
  });

  test('opened from a file, each payload in a different field, nothing but the file itself is requested', async ({ page }) => {
    const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'newsdesk-export-xss-'));
    try {
      let current = '';
      let fileUrl = '';
      const activity = watchActivity(page, () => current, (url) => url === fileUrl);
      for (const [index, input] of payloadInputs().entries()) {
        const file = path.join(folder, `payloads-${index + 1}.html`);
        await fs.writeFile(file, withoutCsp(renderArticleDocument(input)));
        current = path.basename(file);
        fileUrl = pathToFileURL(file).href;
        await page.goto(fileUrl, { waitUntil: 'load' });
        expectInert(await page.evaluate(documentFacts), current);
        await page.mouse.move(200, 300);
        await page.keyboard.press('Tab');
      }
      await page.waitForTimeout(100);
      expect(activity).toEqual([]);
    } finally {
      await fs.rm(folder, { recursive: true, force: true });
    }
  });
});

test.describe('an exported article as a reader opens it, CSP in place', () => {
  /** Opens `html` from a file and reports what the CSP blocked. */
  async function openExport(page: Page, html: string, name: string, into?: string) {
    const folder = into ?? (await fs.mkdtemp(path.join(os.tmpdir(), 'newsdesk-export-page-')));
    const file = path.join(folder, `${name}.html`);
    await fs.writeFile(file, html);
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console.error: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP blocked ${event.blockedURI || 'inline'} (${event.violatedDirective})`));
    });
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    return { problems, cleanUp: () => fs.rm(folder, { recursive: true, force: true }) };
  }

  /** Serious and critical axe violations, one line each. */
  async function seriousViolations(page: Page): Promise<string[]> {
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
    return results.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  }

  test('has no serious or critical axe violation, its stylesheet applies and its images show, with nothing blocked', async ({ page }) => {
    const { problems, cleanUp } = await openExport(page, renderArticleDocument(everyPartInput()), 'every-part');
    try {
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thành ủy họp phiên thường kỳ tháng 6');
      expect(await seriousViolations(page)).toEqual([]);
      // The embedded stylesheet is allowed by its hash: the article column is 42rem (672 px) wide.
      expect(await page.locator('article').evaluate((article) => getComputedStyle(article).maxWidth)).toBe('672px');
      const images = await page.locator('figure img').evaluateAll((elements) => elements.map((image) => (image as HTMLImageElement).complete && (image as HTMLImageElement).naturalWidth > 0));
      expect(images.length).toBeGreaterThan(0);
      expect(images.every(Boolean)).toBe(true);
      expect(problems).toEqual([]);
    } finally {
      await cleanUp();
    }
  });

  test('in folder mode, its images load from the images folder beside it, with nothing blocked', async ({ page }) => {
    const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'newsdesk-export-folder-'));
    try {
      await fs.mkdir(path.join(folder, 'images'));
      const png = Buffer.from(pixelPng.replace(/^data:image\/png;base64,/u, ''), 'base64');
      for (const name of ['featured', 'tall', 'wide']) await fs.writeFile(path.join(folder, 'images', `${name}-1600.jpg`), png);
      const { problems, cleanUp } = await openExport(page, renderArticleDocument(folderModeInput()), 'index', folder);
      try {
        const images = await page.locator('figure img').evaluateAll((elements) => elements.map((image) => `${(image as HTMLImageElement).getAttribute('src')}: ${(image as HTMLImageElement).naturalWidth}`));
        expect(images).toEqual(['images/featured-1600.jpg: 1', 'images/tall-1600.jpg: 1', 'images/tall-1600.jpg: 1', 'images/wide-1600.jpg: 1']);
        expect(problems).toEqual([]);
      } finally {
        await cleanUp();
      }
    } finally {
      await fs.rm(folder, { recursive: true, force: true });
    }
  });

  test('a body with skipped heading levels and an article full of payloads have no serious axe violation either', async ({ page }) => {
    for (const [name, input] of [
      ['skipped-headings', skippedHeadingLevelsInput()],
      ['payloads', payloadInputs()[0]!],
    ] as const) {
      const { problems, cleanUp } = await openExport(page, renderArticleDocument(input), name);
      try {
        expect(await seriousViolations(page), name).toEqual([]);
        expect(problems, name).toEqual([]);
      } finally {
        await cleanUp();
      }
    }
  });
});

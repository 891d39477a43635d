import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, type NewsdeskServer } from './fixtures';
import { newsdeskPage, type NewsdeskPage } from './newsdesk-page';

/** A 1 × 1 PNG. */
const pixel = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });

/** An article with every field the export shows: source prefix, sapo, byline, date, a figure. */
async function createFullArticle(newsdesk: NewsdeskServer, headline: string) {
  const author = await newsdesk.call('authors.create', { name: 'Hồng Ngọc' });
  const { hash } = await newsdesk.call('media.put', { data: pixel, fileName: 'anh.png' });
  return newsdesk.call('articles.create', {
    fields: {
      headline,
      sourcePrefix: '(Thanhuytphcm.vn)',
      sapo: 'Chiều 3/6, hội nghị tổng kết công tác.',
      date: '2024-03-29',
      bylines: { authors: [{ authorId: author.id, role: 'writer' }], team: false, source: '' },
      body: {
        type: 'doc',
        content: [
          paragraph('Đoạn mở đầu của bài.'),
          { type: 'figure', attrs: { hash, caption: 'Quang cảnh hội nghị', credit: 'Minh Anh', alt: 'Hội trường', featured: false } },
          paragraph('Đoạn kết.'),
        ],
      },
    },
  });
}

/** Types at the end of the body's last paragraph (the body's centre is its figure). */
async function typeAtEnd(app: NewsdeskPage, text: string): Promise<void> {
  await app.body.getByText('Đoạn kết.').click();
  await app.page.keyboard.press('End');
  await app.page.keyboard.type(text);
}

async function exportFolder(): Promise<string> {
  return fs.mkdtemp(path.join(os.tmpdir(), 'newsdesk-e2e-export-'));
}

function exportDialog(page: Page) {
  return page.getByRole('dialog', { name: 'Xuất HTML' });
}

/** Opens Xuất HTML with `folder` typed in "Thư mục xuất". */
async function openExportDialog(page: Page, folder: string) {
  await page.getByRole('button', { name: 'Xuất HTML', exact: true }).click();
  const dialog = exportDialog(page);
  await dialog.getByRole('textbox', { name: 'Thư mục xuất' }).fill(folder);
  return dialog;
}

test('Xem trước shows the exported document of the article as edited, in a sandboxed frame, and follows the typing', async ({ page, openApp, newsdesk, consoleWatch }) => {
  // The frame may run no script: Chromium says so each time Playwright's own scripts try to enter it.
  consoleWatch.allow(/^console\.error: Blocked script execution in 'about:srcdoc' because the document's frame is sandboxed/);
  await createFullArticle(newsdesk, 'Hội nghị tổng kết');
  await openApp();
  const app = newsdeskPage(page);
  await app.openArticle('Hội nghị tổng kết');

  await page.getByRole('button', { name: 'Xem trước', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Xem trước', exact: true })).toHaveAttribute('aria-pressed', 'true');
  const frameElement = page.locator('iframe[title="Xem trước"]');
  await expect(frameElement).toHaveAttribute('sandbox', '');
  const preview = frameElement.contentFrame();
  await expect(preview.locator('h1')).toHaveText('Hội nghị tổng kết');
  // The export's embedded stylesheet applies: the app's policy allows it by its hash.
  await expect(preview.locator('article')).toHaveCSS('max-width', '672px');
  await expect(preview.locator('.sapo')).toContainText('(Thanhuytphcm.vn) - Chiều 3/6, hội nghị tổng kết công tác.');
  await expect(preview.locator('article')).toContainText('Đoạn mở đầu của bài.');
  await expect(preview.locator('figcaption')).toContainText('Quang cảnh hội nghị');
  await expect(preview.locator('figure img')).toHaveAttribute('src', /^data:image\/png;base64,/);
  await expect(preview.locator('figure img')).toHaveJSProperty('naturalWidth', 1);
  await expect(preview.locator('article')).toContainText('Hồng Ngọc');
  await expect(preview.locator('time')).toContainText('29 tháng 3 năm 2024');

  await typeAtEnd(app, ' Câu vừa gõ thêm.');
  await expect(preview.locator('article')).toContainText('Câu vừa gõ thêm.');
  await app.headline.fill('Hội nghị tổng kết năm');
  await expect(preview.locator('h1')).toHaveText('Hội nghị tổng kết năm');

  await page.getByRole('button', { name: 'Xem trước', exact: true }).click();
  await expect(frameElement).toHaveCount(0);
});

test('Sao chép HTML puts the body and byline on the clipboard as text/html, images included, and as text/plain', async ({ page, context, openApp, newsdesk }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: newsdesk.origin });
  await createFullArticle(newsdesk, 'Tin sao chép');
  await openApp();
  const app = newsdeskPage(page);
  await app.openArticle('Tin sao chép');
  await typeAtEnd(app, ' Thêm một câu.');

  await page.getByRole('button', { name: 'Sao chép HTML' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã sao chép HTML' })).toBeVisible();
  // The fragment is rendered from the editor as it is now, the typing included.
  const clipboard = await page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    return {
      types: [...item!.types].sort(),
      html: await (await item!.getType('text/html')).text(),
      text: await (await item!.getType('text/plain')).text(),
    };
  });
  expect(clipboard.types).toEqual(['text/html', 'text/plain']);
  expect(clipboard.html).toContain('Đoạn kết. Thêm một câu.');
  expect(clipboard.html).toContain('Hồng Ngọc');
  expect(clipboard.html).toMatch(/<img[^>]+src="data:image\/png;base64,/);
  expect(clipboard.html).not.toMatch(/<html|<head|<title|<h1/i);
  expect(clipboard.text).toContain('Đoạn kết. Thêm một câu.');
  expect(clipboard.text).not.toContain('<');
});

import fs from 'node:fs/promises';
import { crc32, deflateSync } from 'node:zlib';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, type NewsdeskServer } from './fixtures';
import { newsdeskPage, type NewsdeskPage } from './newsdesk-page';

/** A greyscale PNG of `width` × `height`, in base64. */
function png(width: number, height: number): string {
  const chunk = (type: string, data: Buffer) => {
    const typed = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const checksum = Buffer.alloc(4);
    checksum.writeUInt32BE(crc32(typed));
    return Buffer.concat([length, typed, checksum]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.writeUInt8(8, 8);
  const rows = Buffer.alloc((width + 1) * height, 0x80);
  for (let row = 0; row < height; row += 1) rows[row * (width + 1)] = 0;
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]).toString('base64');
}

const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });

/** An article with every field the export shows: source prefix, sapo, byline, date, a figure. */
async function createFullArticle(newsdesk: NewsdeskServer, headline: string, image = png(1, 1)) {
  const author = await newsdesk.call('authors.create', { name: 'Hồng Ngọc' });
  const { hash } = await newsdesk.call('media.put', { data: image, fileName: 'anh.png' });
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
  await createFullArticle(newsdesk, 'Hội nghị tổng kết', png(2000, 4));
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
  // A wide photograph keeps its size in the markup; the preview shows a lighter copy scaled to the frame.
  await expect(preview.locator('figure img')).toHaveAttribute('src', /^data:image\/webp;base64,/);
  await expect(preview.locator('figure img')).toHaveAttribute('width', '2000');
  await expect(preview.locator('figure img')).toHaveJSProperty('naturalWidth', 1200);
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

test('Xuất HTML exports the ticked articles after the checklist, with progress and a summary; they become Đã xuất', async ({ page, openApp, newsdesk }) => {
  const full = await createFullArticle(newsdesk, 'Hội nghị tổng kết');
  await newsdesk.call('articles.create', { fields: { headline: 'Tin còn TK', body: { type: 'doc', content: [paragraph('Số liệu XXX.')] } } });
  await newsdesk.call('articles.create', { fields: { headline: 'Tin không xuất' } });
  const folder = await exportFolder();
  await openApp();
  const app = newsdeskPage(page);
  await app.openArticle('Hội nghị tổng kết');
  await typeAtEnd(app, ' Gõ trước khi xuất.');
  await app.articleList.getByRole('checkbox', { name: 'Chọn Hội nghị tổng kết' }).check();
  await app.articleList.getByRole('checkbox', { name: 'Chọn Tin còn TK' }).check();

  const dialog = await openExportDialog(page, folder);
  await expect(dialog.getByRole('radio', { name: 'Các bài đã chọn (2)' })).toBeChecked();
  await expect(dialog.getByRole('radio', { name: 'Nhúng ảnh vào tệp' })).toBeChecked();
  await expect(dialog.getByText('2 bài sẽ được xuất.')).toBeVisible();
  const warnings = dialog.getByRole('listitem').filter({ hasText: 'Tin còn TK' });
  await expect(warnings).toContainText('Chưa có sapo');
  await expect(warnings).toContainText('Chưa có tác giả');
  await expect(warnings).toContainText('Còn chữ giữ chỗ “TK” trong tiêu đề');
  await expect(warnings).toContainText('Còn chữ giữ chỗ “XXX” trong nội dung');
  await expect(dialog.getByRole('listitem').filter({ hasText: 'Hội nghị tổng kết' })).toHaveCount(0);

  await dialog.getByRole('button', { name: 'Bắt đầu xuất' }).click();
  await expect(dialog.getByRole('status').filter({ hasText: 'Đã xuất 2 bài; 0 bài không xuất được.' })).toBeVisible();
  const files = (await fs.readdir(folder)).sort();
  expect(files).toHaveLength(2);
  for (const file of files) await expect(dialog.getByText(path.join(folder, file))).toBeVisible();
  const written = await fs.readFile(path.join(folder, files.find((file) => file.startsWith('hoi-nghi'))!), 'utf8');
  expect(written).toContain('Gõ trước khi xuất.');
  expect(written).toMatch(/<img[^>]+src="data:image\/png;base64,/);
  await dialog.getByRole('button', { name: 'Đóng' }).click();

  await expect(app.articleRow('Hội nghị tổng kết')).toContainText('Đã xuất');
  await expect(app.articleRow('Tin còn TK')).toContainText('Đã xuất');
  await expect(app.articleRow('Tin không xuất')).toContainText('Bản nháp');
  // The open article shows its new status, and keeps saving on top of the exported version.
  await expect(app.status).toHaveValue('exported');
  await expect(page.getByText(/^Xuất lúc \d\d:\d\d, \d\d\/\d\d\/\d{4}$/)).toBeVisible();
  await typeAtEnd(app, ' Sửa sau khi xuất.');
  await app.expectSaved();
  await expect(app.conflictAlert).toHaveCount(0);
  expect((await newsdesk.call('articles.get', { id: full.id })).status).toBe('exported');
  expect((await newsdesk.call('settings.get', {})).exportFolder).toBe(folder);
  await fs.rm(folder, { recursive: true, force: true });
});

test('Xuất HTML asks before replacing a file: Thay thế replaces it, Đặt tên mới writes beside it', async ({ page, openApp, newsdesk }) => {
  const article = await newsdesk.call('articles.create', { fields: { headline: 'Tin trùng tên', sapo: 'Sapo.' } });
  const folder = await exportFolder();
  const first = await newsdesk.call('export.article', { id: article.id, folder });
  if (first.outcome !== 'written') throw new Error('the first export was not written');
  await openApp();
  const app = newsdeskPage(page);
  await app.openArticle('Tin trùng tên');

  for (const [answer, expected] of [['Thay thế', first.path], ['Đặt tên mới', first.path.replace(/\.html$/, '-2.html')]] as const) {
    const dialog = await openExportDialog(page, folder);
    await expect(dialog.getByRole('radio', { name: 'Bài đang mở' })).toBeChecked();
    await dialog.getByRole('button', { name: 'Bắt đầu xuất' }).click();
    const question = dialog.getByRole('group', { name: `Đã có tệp: ${first.path}` });
    await expect(question.getByRole('checkbox', { name: 'Áp dụng cho tất cả' })).not.toBeChecked();
    await question.getByRole('button', { name: answer }).click();
    await expect(dialog.getByRole('status').filter({ hasText: 'Đã xuất 1 bài' })).toBeVisible();
    await expect(dialog.getByText(expected, { exact: true })).toBeVisible();
    await dialog.getByRole('button', { name: 'Đóng' }).click();
  }
  expect((await fs.readdir(folder)).sort()).toEqual([path.basename(first.path).replace(/\.html$/, '-2.html'), path.basename(first.path)].sort());
  await fs.rm(folder, { recursive: true, force: true });
});

test('Hủy stops a batch after the article being exported', async ({ page, openApp, newsdesk }) => {
  for (let index = 1; index <= 5; index += 1) {
    await newsdesk.call('articles.create', { fields: { headline: `Tin đã duyệt ${index}`, status: 'approved' } });
  }
  await newsdesk.call('articles.create', { fields: { headline: 'Tin nháp' } });
  const folder = await exportFolder();
  // The second article's export waits until Hủy is pressed, so the cancel lands at a known point.
  let release!: () => void;
  const cancelPressed = new Promise<void>((resolve) => {
    release = resolve;
  });
  let calls = 0;
  await page.route('**/api/export.article', async (route) => {
    calls += 1;
    if (calls === 2) await cancelPressed;
    await route.continue();
  });
  await openApp();

  const dialog = await openExportDialog(page, folder);
  await expect(dialog.getByRole('radio', { name: 'Tất cả' })).toBeChecked();
  await dialog.getByRole('radio', { name: 'Theo trạng thái' }).check();
  await dialog.getByRole('combobox', { name: 'Trạng thái cần xuất' }).selectOption({ label: 'Đã duyệt' });
  await expect(dialog.getByText('5 bài sẽ được xuất.')).toBeVisible();
  await dialog.getByRole('radio', { name: 'Thư mục kèm ảnh' }).check();
  await dialog.getByRole('button', { name: 'Bắt đầu xuất' }).click();

  await expect(dialog.getByText('1/5', { exact: true })).toBeVisible();
  await expect(dialog.getByRole('progressbar', { name: 'Tiến độ xuất' })).toHaveAttribute('value', '1');
  await dialog.getByRole('button', { name: 'Hủy' }).click();
  await expect(dialog.getByText('Sẽ dừng sau bài đang xuất…')).toBeVisible();
  release();

  await expect(dialog.getByRole('status').filter({ hasText: 'Đã xuất 2 bài; 0 bài không xuất được. Đã hủy 3 bài chưa xuất.' })).toBeVisible();
  expect(calls).toBe(2);
  const written = (await fs.readdir(folder)).sort();
  expect(written).toHaveLength(2);
  for (const slug of written) expect((await fs.stat(path.join(folder, slug, 'index.html'))).isFile()).toBe(true);
  await fs.rm(folder, { recursive: true, force: true });
});

test('Cài đặt keeps the export settings: image width, originals and the folder', async ({ page, openApp, newsdesk }) => {
  await openApp();
  await page.getByRole('button', { name: 'Cài đặt' }).click();
  const dialog = page.getByRole('dialog', { name: 'Cài đặt' });
  const width = dialog.getByRole('spinbutton', { name: 'Chiều rộng ảnh tối đa (px)' });
  await expect(width).toHaveValue('1600');
  await width.fill('1200');
  await width.press('Enter');
  await dialog.getByRole('checkbox', { name: 'Kèm ảnh gốc' }).check();
  await dialog.getByRole('textbox', { name: 'Thư mục xuất' }).fill('/tmp/bao-chi');
  await dialog.getByRole('textbox', { name: 'Thư mục xuất' }).press('Enter');
  await expect.poll(async () => {
    const { exportImageMaxWidth, exportOriginals, exportFolder } = await newsdesk.call('settings.get', {});
    return { exportImageMaxWidth, exportOriginals, exportFolder };
  }).toEqual({ exportImageMaxWidth: 1200, exportOriginals: true, exportFolder: '/tmp/bao-chi' });
  await dialog.getByRole('button', { name: 'Đóng' }).click();

  await page.getByRole('button', { name: 'Xuất HTML', exact: true }).click();
  await expect(exportDialog(page).getByRole('textbox', { name: 'Thư mục xuất' })).toHaveValue('/tmp/bao-chi');
});

import { crc32, deflateSync } from 'node:zlib';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { newsdeskPage } from './newsdesk-page';

/** A PNG of `width` × `height` grey pixels, built here so the test knows its exact size. */
function png(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const typed = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const checksum = Buffer.alloc(4);
    checksum.writeUInt32BE(crc32(typed));
    return Buffer.concat([length, typed, checksum]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.writeUInt8(8, 8); // bit depth
  header.writeUInt8(0, 9); // greyscale
  const rows = Buffer.alloc((width + 1) * height, 0x80);
  for (let row = 0; row < height; row += 1) rows[row * (width + 1)] = 0; // filter: none
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

async function pickImage(page: Page, file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('toolbar', { name: 'Định dạng' }).getByRole('button', { name: 'Chèn ảnh', exact: true }).click();
  await (await chooser).setFiles(file);
}

test('Chèn ảnh inserts a figure whose caption, credit and alt text are stored, and undo in the caption keeps the figure', async ({ page, openApp, newsdesk }) => {
  const created = await newsdesk.call('articles.create', { fields: { headline: 'Bài chèn ảnh' } });
  await openApp();
  const app = newsdeskPage(page);
  await app.openArticle('Bài chèn ảnh');
  await app.typeInBody('Đoạn trước ảnh.');

  await pickImage(page, { name: 'hoi-nghi.png', mimeType: 'image/png', buffer: png(3, 2) });
  const figure = app.body.locator('figure');
  await expect(figure).toHaveCount(1);
  const image = figure.locator('img');
  await expect.poll(() => image.evaluate((element: HTMLImageElement) => element.complete && element.naturalWidth)).toBe(3);

  const caption = app.body.getByRole('textbox', { name: 'Chú thích ảnh', exact: true });
  const credit = app.body.getByRole('textbox', { name: 'Nguồn ảnh', exact: true });
  const alt = app.body.getByRole('textbox', { name: 'Mô tả ảnh', exact: true });
  await caption.pressSequentially('Quang cảnh hội nghị');
  await page.waitForTimeout(700); // a pause ends the undo step, as in the body
  await caption.pressSequentially(' (nháp)');
  await expect(caption).toHaveValue('Quang cảnh hội nghị (nháp)');
  await caption.press('Control+z');
  await expect(caption).toHaveValue('Quang cảnh hội nghị');
  await expect(figure).toHaveCount(1);
  await caption.press('Home');
  await caption.press('Backspace');
  await expect(caption).toHaveValue('Quang cảnh hội nghị');
  await expect(figure).toHaveCount(1);
  await credit.fill('Hồng Ngọc');
  await alt.fill('Hội trường phường Võ Thị Sáu');
  await expect(image).toHaveAttribute('alt', 'Hội trường phường Võ Thị Sáu');
  await app.expectSaved();

  await page.reload();
  await expect(caption).toHaveValue('Quang cảnh hội nghị');
  await expect(credit).toHaveValue('Hồng Ngọc');
  await expect(alt).toHaveValue('Hội trường phường Võ Thị Sáu');
  // The only figure is the featured image ("Ảnh đại diện") without being chosen.
  await expect(figure.getByRole('button', { name: 'Ảnh đại diện' })).toHaveAttribute('aria-pressed', 'true');

  const stored = await newsdesk.call('articles.get', { id: created.id });
  const figures = (stored.body.content ?? []).filter((node) => node.type === 'figure');
  expect(figures).toHaveLength(1);
  const attrs = figures[0]!.attrs!;
  expect(attrs).toMatchObject({ caption: 'Quang cảnh hội nghị', credit: 'Hồng Ngọc', alt: 'Hội trường phường Võ Thị Sáu', featured: false });
  const media = await newsdesk.call('media.get', { hash: String(attrs.hash) });
  expect([media.mime, media.width, media.height, media.fileName]).toEqual(['image/png', 3, 2, 'hoi-nghi.png']);
});

test('a file that is not an image, or larger than the setting, is refused with a message naming it', async ({ page, openApp, newsdesk, consoleWatch }) => {
  // The refused media.put answers with an HTTP error, which Chromium logs.
  consoleWatch.allow(/Failed to load resource: the server responded with a status of 415/);
  const created = await newsdesk.call('articles.create', { fields: { headline: 'Bài không có ảnh' } });
  await newsdesk.call('settings.update', { changes: { maxImageMegabytes: 1 } });
  await openApp();
  const app = newsdeskPage(page);
  await app.openArticle('Bài không có ảnh');
  await app.typeInBody('Chỉ có chữ.');

  await pickImage(page, { name: 'ghi-chu.txt', mimeType: 'text/plain', buffer: Buffer.from('Không phải ảnh', 'utf8') });
  await expect(page.getByRole('alert').filter({ hasText: 'ghi-chu.txt' })).toContainText('Không chèn được ảnh');

  await pickImage(page, { name: 'anh-lon.png', mimeType: 'image/png', buffer: Buffer.concat([png(1, 1), Buffer.alloc(1024 * 1024 + 1)]) });
  await expect(page.getByRole('alert').filter({ hasText: 'anh-lon.png' })).toContainText('vượt mức tối đa 1,0 MB');
  await expect(app.body.locator('figure')).toHaveCount(0);

  await app.expectSaved();
  const stored = await newsdesk.call('articles.get', { id: created.id });
  expect((stored.body.content ?? []).some((node) => node.type === 'figure')).toBe(false);
});

test('an image dropped on the body becomes a figure there and starts no import', async ({ page, openApp, newsdesk }) => {
  const created = await newsdesk.call('articles.create', { fields: { headline: 'Bài kéo thả ảnh' } });
  await openApp();
  const app = newsdeskPage(page);
  await app.openArticle('Bài kéo thả ảnh');
  await app.typeInBody('Đoạn văn.');

  const dataTransfer = await page.evaluateHandle((base64) => {
    const transfer = new DataTransfer();
    const bytes = Uint8Array.from(atob(base64), (character) => character.charCodeAt(0));
    transfer.items.add(new File([bytes], 'keo-tha.png', { type: 'image/png' }));
    return transfer;
  }, png(2, 2).toString('base64'));
  const box = (await app.body.locator('p').first().boundingBox())!;
  await app.body.locator('p').first().dispatchEvent('dragenter', { dataTransfer });
  await app.body.locator('p').first().dispatchEvent('dragover', { dataTransfer, clientX: box.x + 4, clientY: box.y + 4 });
  // No "Thả tệp để nhập": the image will be a figure, not an import.
  await expect(page.getByText('Thả tệp để nhập', { exact: true })).toBeHidden();
  await app.body.locator('p').first().dispatchEvent('drop', { dataTransfer, clientX: box.x + box.width - 2, clientY: box.y + box.height / 2 });

  await expect(app.body.locator('figure')).toHaveCount(1);
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await app.expectSaved();
  expect((await newsdesk.call('articles.list', {})).map((article) => article.headline)).toEqual(['Bài kéo thả ảnh']);
  const stored = await newsdesk.call('articles.get', { id: created.id });
  expect((stored.body.content ?? []).filter((node) => node.type === 'figure')).toHaveLength(1);

  // A text file dropped on the same body is still an article import.
  const textTransfer = await page.evaluateHandle(() => {
    const transfer = new DataTransfer();
    transfer.items.add(new File(['Tiêu đề bài nhập\n\nNội dung bài nhập.'], 'bai-nhap.txt', { type: 'text/plain' }));
    return transfer;
  });
  await app.body.locator('p').first().dispatchEvent('drop', { dataTransfer: textTransfer, clientX: box.x + 4, clientY: box.y + box.height / 2 });
  await expect(page.getByRole('dialog', { name: 'Kết quả nhập' })).toBeVisible();
  await expect(app.body.locator('figure')).toHaveCount(1);
  await expect.poll(async () => (await newsdesk.call('articles.list', {})).length).toBe(2);
});

test('a selected figure has no serious accessibility violations, and Ảnh đại diện moves to the figure chosen', async ({ page, openApp, newsdesk }) => {
  const first = await newsdesk.call('media.put', { data: png(1, 1).toString('base64'), fileName: 'mot.png' });
  const second = await newsdesk.call('media.put', { data: png(2, 1).toString('base64'), fileName: 'hai.png' });
  const created = await newsdesk.call('articles.create', {
    fields: {
      headline: 'Bài hai ảnh',
      body: {
        type: 'doc',
        content: [
          { type: 'figure', attrs: { hash: first.hash, caption: 'Ảnh một', alt: 'Một' } },
          { type: 'paragraph', content: [{ type: 'text', text: 'Giữa hai ảnh.' }] },
          { type: 'figure', attrs: { hash: second.hash, caption: 'Ảnh hai', alt: 'Hai' } },
          { type: 'figure', attrs: { hash: '', caption: 'Ảnh không đọc được' } },
        ],
      },
    },
  });
  await openApp();
  const app = newsdeskPage(page);
  await app.openArticle('Bài hai ảnh');

  const figures = app.body.locator('figure');
  await figures.nth(1).getByRole('img').click();
  await expect(figures.nth(1)).toHaveClass(/is-selected/);
  expect(await seriousViolations(page), 'selected figure').toEqual([]);

  await expect(figures.nth(2)).toContainText('Chưa có ảnh');
  await expect(figures.nth(2).getByRole('button', { name: 'Thay ảnh' })).toBeVisible();

  const chooser = page.waitForEvent('filechooser');
  await figures.nth(2).getByRole('button', { name: 'Thay ảnh' }).click();
  await (await chooser).setFiles({ name: 'thay.png', mimeType: 'image/png', buffer: png(4, 1) });
  await expect.poll(() => figures.nth(2).locator('img').evaluate((element: HTMLImageElement) => element.complete && element.naturalWidth)).toBe(4);

  await figures.nth(1).getByRole('button', { name: 'Ảnh đại diện' }).click();
  await expect(figures.nth(1).getByRole('button', { name: 'Ảnh đại diện' })).toHaveAttribute('aria-pressed', 'true');
  await expect(figures.nth(0).getByRole('button', { name: 'Ảnh đại diện' })).toHaveAttribute('aria-pressed', 'false');

  await figures.nth(0).getByRole('img').click();
  await page.keyboard.press('Alt+ArrowDown');
  await expect(app.body.locator('p').first()).toHaveText('Giữa hai ảnh.');
  await app.expectSaved();

  const stored = await newsdesk.call('articles.get', { id: created.id });
  expect((stored.body.content ?? []).map((node) => (node.type === 'figure' ? [node.attrs?.caption, node.attrs?.featured] : node.type))).toEqual([
    'paragraph',
    ['Ảnh một', false],
    ['Ảnh hai', true],
    ['Ảnh không đọc được', false],
    'paragraph',
  ]);
  const replaced = (stored.body.content ?? []).find((node) => node.attrs?.caption === 'Ảnh không đọc được');
  expect((await newsdesk.call('media.get', { hash: String(replaced?.attrs?.hash) })).width).toBe(4);
});

test('Dung lượng ảnh tối đa (MB) in Cài đặt is stored, and at most 30', async ({ page, openApp, newsdesk }) => {
  await openApp();
  await page.getByRole('button', { name: 'Cài đặt' }).click();
  const field = page.getByRole('dialog', { name: 'Cài đặt' }).getByRole('spinbutton', { name: 'Dung lượng ảnh tối đa (MB)' });
  await expect(field).toHaveValue('30');
  await expect(field).toHaveAttribute('max', '30');
  await field.fill('5');
  await expect.poll(async () => (await newsdesk.call('settings.get', {})).maxImageMegabytes).toBe(5);
  await field.fill('40');
  await page.waitForTimeout(300);
  expect((await newsdesk.call('settings.get', {})).maxImageMegabytes).toBe(5);
});

test('a figure can be moved by dragging it with the mouse', async ({ page, openApp, newsdesk }) => {
  const media = await newsdesk.call('media.put', { data: png(8, 4).toString('base64'), fileName: 'keo.png' });
  const created = await newsdesk.call('articles.create', {
    fields: {
      headline: 'Bài kéo ảnh',
      body: {
        type: 'doc',
        content: [
          { type: 'paragraph', content: [{ type: 'text', text: 'Đoạn một.' }] },
          { type: 'paragraph', content: [{ type: 'text', text: 'Đoạn hai.' }] },
          { type: 'figure', attrs: { hash: media.hash, caption: 'Ảnh kéo', alt: 'Kéo' } },
        ],
      },
    },
  });
  await openApp();
  const app = newsdeskPage(page);
  await app.openArticle('Bài kéo ảnh');
  await app.body.getByRole('img', { name: 'Kéo' }).dragTo(app.body.locator('p').first(), { targetPosition: { x: 2, y: 2 } });
  await expect.poll(async () => {
    const stored = await newsdesk.call('articles.get', { id: created.id });
    return (stored.body.content ?? []).map((node) => node.type);
  }).toEqual(['figure', 'paragraph', 'paragraph', 'paragraph']);
});

import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Locator } from '@playwright/test';
import { test, expect } from './fixtures';
import { newsdeskPage } from './newsdesk-page';
import { encodeTcvn3 } from '../unit/shared/text/legacy/legacy-test-encoders';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/paste/${name}`, import.meta.url), 'utf8');

/** Pastes HTML (and its plain text) into `target` through a synthetic ClipboardEvent, as the browser does. */
async function pasteHtml(target: Locator, html: string, text: string): Promise<void> {
  await target.evaluate(
    (element, data) => {
      const clipboardData = new DataTransfer();
      clipboardData.setData('text/html', data.html);
      clipboardData.setData('text/plain', data.text);
      element.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }));
    },
    { html, text },
  );
}

test('pastes from Word, LibreOffice and Google Docs keep their structure without a CSP violation; legacy pastes into the headline and sapo are offered in Unicode', async ({ page, openApp, newsdesk }) => {
  await openApp();
  const app = newsdeskPage(page);
  await app.createArticle();
  await app.body.click();

  await pasteHtml(app.body, fixture('word.html'), 'Thành phố triển khai chương trình chuyển đổi số');
  await expect(app.body.locator('h2', { hasText: 'Thành phố triển khai chương trình chuyển đổi số' })).toBeVisible();
  await expect(app.body.locator('h3', { hasText: 'Ba nhiệm vụ trọng tâm' })).toBeVisible();
  await expect(app.body.locator('ul > li > ul > li', { hasText: 'Cáp quang đến từng khu phố' })).toBeVisible();
  await expect(app.body.locator('ol > li')).toHaveText(['Khảo sát hiện trạng', 'Đào tạo cán bộ']);
  await expect(app.body.locator('a[href="mailto:toasoan@thanhuytphcm.vn"]')).toHaveAttribute('rel', 'noopener noreferrer nofollow');
  const warnings = page.getByRole('region', { name: 'Cảnh báo khi dán' });
  await expect(warnings).toContainText('1 ảnh trong nội dung dán vào không lấy được dữ liệu');
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  expect(axe.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => violation.id), 'pasted body and warnings').toEqual([]);
  await warnings.getByRole('button', { name: 'Đóng cảnh báo' }).click();

  await page.keyboard.press('Control+End');
  await pasteHtml(app.body, fixture('libreoffice.html'), 'Hội nghị Ban Chấp hành Đảng bộ Quận 3');
  await expect(app.body.locator('th', { hasText: 'Chỉ tiêu' })).toBeVisible();
  await expect(app.body.locator('figure img[alt="Toàn cảnh hội nghị"]')).toBeVisible();

  await page.keyboard.press('Control+End');
  await pasteHtml(app.body, fixture('google-docs.html'), 'Lễ hội Văn hóa ẩm thực');
  await expect(app.body.locator('strong', { hasText: 'Công viên 23 tháng 9' })).toBeVisible();
  await expect(app.body.locator('ul > li > ul > li', { hasText: 'Phở Hà Nội' })).toBeVisible();
  await expect(app.body.locator('td', { hasText: 'Khai mạc' })).toBeVisible();
  // (TipTap's React node view wrapper of a figure sets its own white-space through the CSSOM, which the CSP allows.)
  const leftovers = app.body.locator('[style]:not([data-node-view-wrapper]), font, [class^="Mso"], [class="western"]');
  expect(await leftovers.evaluateAll((elements) => elements.map((element) => element.outerHTML.slice(0, 200)))).toEqual([]);
  expect(await app.body.locator('table').count()).toBe(3);

  // Ctrl+Shift+V: ProseMirror sees Shift held and pastes the clipboard's plain text.
  await app.body.locator('p', { hasText: 'Theo kế hoạch' }).click();
  await page.keyboard.press('End');
  await page.keyboard.down('Shift');
  await pasteHtml(app.body, '<h1>Đầu đề dán</h1><p><b>chữ đậm</b></p>', ' Dán thuần');
  await page.keyboard.up('Shift');
  await expect(app.body.locator('p', { hasText: 'Theo kế hoạch' })).toHaveText('Theo kế hoạch, chương trình hoàn thành trong năm 2030. Dán thuần');
  await expect(app.body.getByText('Đầu đề dán')).toHaveCount(0);

  // The legacy-encoding offer in the headline and the sapo: the paste goes in as it is, then converts on request.
  const sentence = 'Quận ủy Quận 3 tổ chức hội nghị';
  const tcvn3 = encodeTcvn3(sentence);
  for (const field of [app.headline, app.sapo]) {
    await field.click();
    await field.evaluate((element, text) => {
      const clipboardData = new DataTransfer();
      clipboardData.setData('text/plain', text);
      element.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }));
    }, tcvn3);
    await page.keyboard.insertText(tcvn3);
    await expect(field).toHaveValue(tcvn3);
    const bar = page.getByRole('region', { name: 'Chuyển mã văn bản dán vào' });
    await expect(bar).toContainText(sentence);
    await bar.getByRole('button', { name: 'Chuyển sang Unicode' }).click();
    await expect(field).toHaveValue(sentence);
    await expect(bar).toBeHidden();
  }

  await app.expectSaved();
  const [summary] = await newsdesk.call('articles.list', {});
  const stored = await newsdesk.call('articles.get', { id: summary!.id });
  expect(stored.headline).toBe(sentence);
  const types = JSON.stringify(stored.body);
  expect(types).toContain('"type":"table"');
  expect(types).toContain('"type":"tableHeader"');
  expect(types).not.toContain('style');
});

test('a table is inserted, filled with Tab between cells, saved and read back after a reload', async ({ page, openApp, newsdesk }) => {
  await openApp();
  const app = newsdeskPage(page);
  await app.createArticle();
  await app.headline.fill('Bảng số liệu');
  await app.typeInBody('Số liệu:');
  const toolbar = page.getByRole('toolbar', { name: 'Định dạng' });
  await expect(toolbar.getByRole('button', { name: 'Thêm hàng' })).toBeDisabled();
  await toolbar.getByRole('button', { name: 'Chèn bảng' }).click();
  await expect(toolbar.getByRole('button', { name: 'Hàng tiêu đề' })).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.type('Quận');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Dân số');
  await page.keyboard.press('Tab');
  // The third column is empty: Xoá cột removes the column of the cursor.
  await toolbar.getByRole('button', { name: 'Xoá cột' }).click();
  await expect(app.body.locator('tr').first().locator('th')).toHaveText(['Quận', 'Dân số']);
  await app.body.locator('td').first().click();
  await page.keyboard.type('Quận 1');
  await page.keyboard.press('Tab');
  await page.keyboard.type('142.000');
  await toolbar.getByRole('button', { name: 'Thêm hàng' }).click();
  await expect(app.body.locator('tr')).toHaveCount(4);
  await app.body.locator('tr').last().locator('td').first().click();
  await toolbar.getByRole('button', { name: 'Xoá hàng' }).click();
  await expect(app.body.locator('tr')).toHaveCount(3);
  await app.body.locator('th', { hasText: 'Dân số' }).click();
  await toolbar.getByRole('button', { name: 'Thêm cột' }).click();
  await expect(app.body.locator('tr').first().locator('th')).toHaveCount(3);
  await app.expectSaved();

  await page.reload();
  await expect(page.getByRole('button', { name: 'Bài mới' })).toBeVisible();
  await app.openArticle('Bảng số liệu');
  await expect(app.body.locator('th')).toHaveText(['Quận', 'Dân số', '']);
  await expect(app.body.locator('td')).toHaveText(['Quận 1', '142.000', '', '', '', '']);
  const [summary] = await newsdesk.call('articles.list', {});
  expect((await newsdesk.call('articles.get', { id: summary!.id })).wordCount).toBe(11); // 3 in the headline, 8 in the body
});

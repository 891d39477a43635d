import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { newsdeskPage } from './newsdesk-page';

/** Serious and critical axe violations, one line each, so a failure says what and where. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

test('the article list, the editor, the history panel and the dialogs have no serious accessibility violations', async ({ page, openApp, newsdesk }) => {
  // A dozen axe runs over the whole page: each takes seconds on a shared 2-core machine.
  test.setTimeout(150_000);
  await newsdesk.call('articles.create', { fields: { headline: 'Tin kiểm tra trợ năng', status: 'submitted' } });
  // Cài đặt lists the author directory: one active author and one no longer active.
  await newsdesk.call('authors.create', { name: 'Hồng Ngọc', penName: 'H.N' });
  const inactive = await newsdesk.call('authors.create', { name: 'Thu Lan', role: 'editor' });
  await newsdesk.call('authors.update', { id: inactive.id, active: false });
  await openApp();
  const app = newsdeskPage(page);
  expect(await seriousViolations(page), 'article list').toEqual([]);

  await app.openArticle('Tin kiểm tra trợ năng');
  await app.typeInBody('Nội dung để kiểm tra.');
  await app.expectSaved();
  expect(await seriousViolations(page), 'editor').toEqual([]);

  await page.getByRole('button', { name: 'Lịch sử phiên bản' }).click();
  await expect(page.getByRole('region', { name: 'Lịch sử phiên bản' }).getByRole('listitem').first()).toBeVisible();
  expect(await seriousViolations(page), 'history panel').toEqual([]);

  await page.getByRole('button', { name: 'Liên kết' }).click();
  await expect(page.getByRole('dialog', { name: 'Liên kết' })).toBeVisible();
  expect(await seriousViolations(page), 'link dialog').toEqual([]);
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Cài đặt' }).click();
  await expect(page.getByRole('dialog', { name: 'Cài đặt' })).toBeVisible();
  await expect(page.getByRole('dialog', { name: 'Cài đặt' }).getByRole('checkbox', { name: 'Đang hoạt động: Thu Lan' })).not.toBeChecked();
  expect(await seriousViolations(page), 'settings dialog').toEqual([]);

  await page.getByRole('dialog', { name: 'Cài đặt' }).getByRole('button', { name: 'Đóng' }).click();

  await page.getByRole('button', { name: 'Xuất HTML', exact: true }).click();
  await expect(page.getByRole('dialog', { name: 'Xuất HTML' }).getByText('1 bài sẽ được xuất.')).toBeVisible();
  expect(await seriousViolations(page), 'export dialog').toEqual([]);
  await page.getByRole('dialog', { name: 'Xuất HTML' }).getByRole('button', { name: 'Đóng' }).click();
  await app.articleList.getByRole('button', { name: 'Thùng rác', exact: true }).click();
  expect(await seriousViolations(page), 'trash view').toEqual([]);
});

test('the comment queues view and its shortcuts dialog have no serious accessibility violations', async ({ page, openApp, newsdesk }) => {
  await newsdesk.call('comments.setWordList', { list: 'banned', entries: ['lừa đảo'] });
  const records = [
    { id: 'a1', author: 'Minh Tú', email: 'tu@example.vn', body: 'Công viên đẹp, xem thêm https://example.vn/anh', status: 'approved', parent_id: '' },
    { id: 'a2', author: 'Minh Tú', email: 'tu@example.vn', body: 'Bọn lừa đảo!', status: '', parent_id: 'a1' },
    { id: 'a3', author: 'Lan Anh', email: '', body: 'Rất hay.', status: '', parent_id: '' },
  ].map((record, index) => ({ ...record, article_url: 'https://baoquan3.vn/tin/1', article_title: 'Tin kiểm tra', created_at: `2026-11-30T0${index}:00:00Z` }));
  await newsdesk.call('comments.import', { files: [{ name: 'binh-luan.json', data: Buffer.from(JSON.stringify(records)).toString('base64') }] });
  await openApp();
  await page.getByRole('button', { name: 'Bình luận', exact: true }).click();
  await expect(page.getByRole('article', { name: 'Lan Anh' })).toBeFocused();
  await page.getByRole('checkbox', { name: 'Chọn bình luận của Lan Anh' }).check();
  await expect(page.getByRole('button', { name: 'Duyệt các bình luận đã chọn' })).toBeVisible();
  expect(await seriousViolations(page), 'pending queue').toEqual([]);
  await page.getByRole('tab', { name: 'Bị báo cáo (1)' }).click();
  await expect(page.getByRole('article', { name: 'Minh Tú' }).getByRole('region', { name: /Bình luận khác/ })).toBeVisible();
  expect(await seriousViolations(page), 'reported queue with a card').toEqual([]);
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Phím tắt' })).toBeVisible();
  expect(await seriousViolations(page), 'shortcuts dialog').toEqual([]);
});

test('every control of the editor has an accessible name', async ({ page, openApp }) => {
  await openApp();
  const app = newsdeskPage(page);
  await app.createArticle();
  for (const name of ['Đậm', 'Nghiêng', 'Gạch chân', 'Tiêu đề 2', 'Tiêu đề 3', 'Tiêu đề 4', 'Danh sách', 'Danh sách số', 'Trích dẫn', 'Liên kết', 'Chèn ảnh', 'Chèn bảng', 'Thêm hàng', 'Xoá hàng', 'Thêm cột', 'Xoá cột', 'Hàng tiêu đề', 'Hoàn tác', 'Làm lại']) {
    await expect(page.getByRole('toolbar', { name: 'Định dạng' }).getByRole('button', { name, exact: true })).toHaveCount(1);
  }
  for (const name of ['Tiêu đề', 'Nguồn', 'Sapo', 'Nội dung']) {
    await expect(page.getByRole('textbox', { name, exact: true })).toHaveCount(1);
  }
  await expect(app.status).toHaveValue('draft');
  await expect(app.status.getByRole('option')).toHaveText(['Bản nháp', 'Chờ duyệt', 'Đã duyệt', 'Đã xuất']);
  await expect(page.getByRole('button', { name: 'Lưu', exact: true })).toBeVisible();
});

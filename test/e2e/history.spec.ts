import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { bodyText, newsdeskPage } from './newsdesk-page';

const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
/** A figure whose image was never stored (as an import can leave one): its caption and credit are still compared. */
const figure = (caption: string, credit: string) => ({ type: 'figure', attrs: { hash: '', caption, credit, alt: '', featured: false } });
const body = (...blocks: object[]) => ({ type: 'doc', content: blocks });

/** Serious and critical axe violations within `selector`, one line each. */
async function seriousViolations(page: Page, selector: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).include(selector).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

test('Lịch sử phiên bản: Xem marks the differences with <ins>/<del>, Khôi phục asks, restores as a new version and says so', async ({ page, openApp, newsdesk }) => {
  test.setTimeout(90_000);
  await newsdesk.call('settings.update', { changes: { moderatorName: 'Hồng Ngọc' } });
  const created = await newsdesk.call('articles.create', { fields: { headline: 'Bản đầu tiên', sapo: 'Chiều 3/6, hội nghị.', body: body(paragraph('Người dân phấn khởi.'), paragraph('Đoạn sẽ bị xoá.'), figure('Quang cảnh hội nghị', 'Minh Anh')) } });
  await newsdesk.call('articles.save', {
    id: created.id,
    expectedVersion: created.version,
    kind: 'explicit',
    fields: { headline: 'Bản thứ hai', body: body(paragraph('Người dân rất phấn khởi.'), figure('Quang cảnh buổi hội nghị', 'Minh Anh')) },
  });
  await openApp();
  const app = newsdeskPage(page);
  await app.openArticle('Bản thứ hai');

  await page.getByRole('button', { name: 'Lịch sử phiên bản' }).click();
  const panel = page.getByRole('region', { name: 'Lịch sử phiên bản' });
  const rows = panel.getByRole('listitem');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText('Phiên bản 2');
  await expect(rows.nth(0)).toContainText('Lưu');
  await expect(rows.nth(0)).toContainText('Người sửa: Hồng Ngọc');
  await expect(rows.nth(1)).toContainText('Phiên bản 1');
  await expect(rows.nth(1)).toContainText('Tạo bài');
  expect(await seriousViolations(page, '.history-panel'), 'history panel').toEqual([]);

  await panel.getByRole('button', { name: 'Xem phiên bản 1' }).click();
  const compare = page.getByRole('dialog', { name: /^Phiên bản 1 .* so với bản hiện tại$/ });
  await expect(compare).toBeVisible();
  // From version 1 to the current text: what the current text added, and what it no longer has.
  await expect(compare.locator('ins')).toHaveText(['thứ hai', 'rất ', 'buổi ']);
  await expect(compare.locator('del')).toHaveText(['đầu tiên', 'Đoạn sẽ bị xoá.']);
  expect(await seriousViolations(page, '.version-compare-dialog'), 'Xem').toEqual([]);

  await compare.getByRole('button', { name: 'Khôi phục phiên bản 1' }).click();
  const confirm = page.getByRole('dialog', { name: 'Khôi phục phiên bản 1?' });
  await expect(confirm).toBeVisible();
  expect(await seriousViolations(page, 'dialog[open]'), 'confirmation').toEqual([]);
  await confirm.getByRole('button', { name: 'Khôi phục', exact: true }).click();

  await expect(confirm).toBeHidden();
  await expect(panel.getByRole('status')).toHaveText(/^Đã khôi phục phiên bản 1 \(.*\)\. Việc khôi phục được lưu thành phiên bản 3; nội dung trước đó vẫn còn trong lịch sử\.$/);
  await expect(panel.getByRole('status')).toBeFocused();
  await expect(app.headline).toHaveValue('Bản đầu tiên');
  await expect(app.body).toContainText('Người dân phấn khởi.Đoạn sẽ bị xoá.');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(0)).toContainText('Phiên bản 3');
  await expect(rows.nth(0)).toContainText('Khôi phục');
  expect(await seriousViolations(page, '.history-panel'), 'history panel after the restore').toEqual([]);

  const stored = await newsdesk.call('articles.get', { id: created.id });
  expect([stored.headline, bodyText(stored.body)]).toEqual(['Bản đầu tiên', 'Người dân phấn khởi.\nĐoạn sẽ bị xoá.']);
  expect(stored.body.content?.[2]).toMatchObject({ type: 'figure', attrs: { caption: 'Quang cảnh hội nghị' } });
  const versions = await newsdesk.call('revisions.list', { articleId: created.id });
  expect(versions.map((version) => [version.number, version.kind, version.author])).toEqual([
    [3, 'restore', 'Hồng Ngọc'],
    [2, 'explicit', 'Hồng Ngọc'],
    [1, 'create', 'Hồng Ngọc'],
  ]);
});

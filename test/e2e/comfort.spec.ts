import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { newsdeskPage } from './newsdesk-page';

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

const longBody = {
  type: 'doc',
  content: Array.from({ length: 80 }, (_, index) => ({ type: 'paragraph', content: [{ type: 'text', text: `Đoạn ${index + 1} của bài dài, đủ để cuộn.` }] })),
};

test('comfort: one Tab stop per list, "?" lists the shortcuts, sticky actions, dates, dark mode, duplicate import', async ({ page, openApp, newsdesk }) => {
  test.setTimeout(120_000);
  await newsdesk.call('articles.create', { fields: { headline: 'Tin thứ nhất' } });
  await newsdesk.call('articles.create', { fields: { headline: 'Tin thứ hai' } });
  await newsdesk.call('articles.create', { fields: { headline: 'Bài dài', body: longBody } });
  await page.emulateMedia({ colorScheme: 'dark' });
  await openApp();
  const app = newsdeskPage(page);

  // Dates are written as the interface language writes them.
  await expect(app.articleRow('Tin thứ nhất')).toContainText(/Cập nhật \d\d:\d\d, \d\d\/\d\d\/\d{4}/);

  // Each row is one Tab stop: Tab from the list tools lands on one row, ↓ and End move within the list.
  const rows = app.articleList.getByRole('listitem');
  await expect(rows).toHaveCount(3);
  await expect(app.articleList.locator('.article-rows [tabindex="0"]')).toHaveCount(1);
  const first = rows.nth(0).getByRole('button', { name: 'Bài dài', exact: true });
  await first.focus();
  await page.keyboard.press('ArrowDown');
  await expect(rows.nth(1).getByRole('button', { name: 'Tin thứ hai', exact: true })).toBeFocused();
  await page.keyboard.press('End');
  await expect(rows.nth(2).getByRole('button', { name: 'Tin thứ nhất', exact: true })).toBeFocused();
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.closest('.article-rows') ?? null)).toBeNull();

  // "?" (focus not in a text field) lists every shortcut of the editor.
  await rows.nth(2).getByRole('button', { name: 'Tin thứ nhất', exact: true }).focus();
  await page.keyboard.press('Shift+?');
  const shortcuts = page.getByRole('dialog', { name: 'Phím tắt' });
  await expect(shortcuts).toContainText('Ctrl+H');
  await expect(shortcuts).toContainText('Ctrl+Shift+V');
  await expect(shortcuts).toContainText('Sang ô sau trong bảng');
  expect(await seriousViolations(page), 'shortcuts dialog, dark').toEqual([]);
  await page.keyboard.press('Escape');
  await expect(shortcuts).toBeHidden();

  // Dark mode follows the system, and stays axe clean; the actions stay in view while the body scrolls.
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(13, 17, 23)');
  await app.openArticle('Bài dài');
  await page.locator('.editor-pane').evaluate((pane) => pane.scrollTo(0, pane.scrollHeight));
  await expect(page.getByText('Đoạn 80 của bài dài')).toBeInViewport();
  await expect(page.getByRole('button', { name: 'Lưu', exact: true })).toBeInViewport();
  expect(await seriousViolations(page), 'editor, dark').toEqual([]);

  // The caret moving up stays clear of the sticky header: the body scrolls before it would go under it.
  const headerBottom = await page.locator('.article-header').evaluate((header) => header.getBoundingClientRect().bottom);
  await page.locator('.editor-pane').evaluate((pane, top) => {
    const paragraph = [...pane.querySelectorAll('.article-body p')][39]!;
    pane.scrollTop += paragraph.getBoundingClientRect().top - top - 2;
  }, headerBottom);
  await app.body.getByText('Đoạn 41 của bài dài').click();
  for (let press = 0; press < 3; press += 1) await page.keyboard.press('ArrowUp');
  // The browser moves the caret and tells the editor after (selectionchange): the body scrolls then.
  await expect.poll(() => page.evaluate(() => window.getSelection()!.getRangeAt(0).getBoundingClientRect().top)).toBeGreaterThanOrEqual(headerBottom);

  // Importing a file that is already an article asks first; "Mở bài đã có" opens it and creates nothing.
  const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'newsdesk-comfort-e2e-'));
  try {
    const file = path.join(folder, 'tin-nhap.txt');
    await fs.writeFile(file, 'Tin nhập hai lần\n\nNội dung của tin nhập.\n');
    await page.getByLabel('Chọn tệp để nhập').setInputFiles(file);
    const report = page.getByRole('dialog', { name: 'Kết quả nhập' });
    await report.getByRole('button', { name: 'Đóng' }).click();
    const before = (await newsdesk.call('articles.list', {})).length;

    await page.getByLabel('Chọn tệp để nhập').setInputFiles(file);
    const question = page.getByRole('dialog', { name: 'Bài này đã có' });
    await expect(question).toContainText('đã có trong bài “Tin nhập hai lần”');
    await question.getByRole('button', { name: 'Mở bài đã có' }).click();
    await expect(app.headline).toHaveValue('Tin nhập hai lần');
    await expect(report).toBeHidden();
    expect((await newsdesk.call('articles.list', {})).length).toBe(before);

    await page.getByLabel('Chọn tệp để nhập').setInputFiles(file);
    await page.getByRole('dialog', { name: 'Bài này đã có' }).getByRole('button', { name: 'Vẫn nhập' }).click();
    await expect(report).toContainText('Tiêu đề và nội dung này đã có trong bài');
    expect((await newsdesk.call('articles.list', {})).length).toBe(before + 1);
  } finally {
    await fs.rm(folder, { recursive: true, force: true });
  }
});

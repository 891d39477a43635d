import AxeBuilder from '@axe-core/playwright';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test, expect } from './fixtures';
import { newsdeskPage } from './newsdesk-page';

test('Kiểm tra chính tả underlines "nguời" with aria-invalid="spelling", the menu fixes it, and exports carry no trace of it', async ({ page, openApp, newsdesk }) => {
  const created = await newsdesk.call('articles.create', {
    fields: { headline: 'Tin chính tả', body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'UBND TP.HCM họp online về COVID-19.' }] }] } },
  });
  await openApp();
  const app = newsdeskPage(page);
  await app.openArticle('Tin chính tả');
  await expect(app.body.locator('[aria-invalid="spelling"]')).toHaveCount(0);
  // The browser's own checker stays off while ours is on (its dictionaries seldom know Vietnamese).
  await expect(app.body).toHaveAttribute('spellcheck', 'false');

  await app.typeInBody(' Mọi nguời đều đến.');
  const flagged = app.body.locator('[aria-invalid="spelling"]');
  await expect(flagged).toHaveText(['nguời']);
  await expect(flagged).toHaveCSS('text-decoration-line', 'underline');

  // Saved and exported while the word is still flagged: neither the body nor the HTML holds the decoration.
  await page.keyboard.press('Control+s');
  await app.expectSaved();
  const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'newsdesk-e2e-spell-'));
  const exported = await newsdesk.call('export.article', { id: created.id, folder, images: 'embed', ifExists: 'replace', originals: false, includeComments: false });
  if (exported.outcome !== 'written') throw new Error(`export answered ${exported.outcome}`);
  const html = await fs.readFile(exported.path, 'utf8');
  expect(html).toContain('Mọi nguời đều đến.');
  expect(html).not.toContain('aria-invalid');
  expect(html).not.toContain('spelling');
  expect(JSON.stringify((await newsdesk.call('articles.get', { id: created.id })).body)).not.toContain('spelling');

  await flagged.click({ button: 'right' });
  const menu = page.getByRole('menu', { name: 'Gợi ý chính tả' });
  await expect(menu.getByRole('menuitem')).toHaveText(['người', 'nguồi', 'Bỏ qua từ này']);
  await expect(menu.getByRole('menuitem', { name: 'người' })).toBeFocused();
  const axe = await new AxeBuilder({ page }).include('.spell-menu').include('.article-body').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  expect(axe.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => violation.id)).toEqual([]);
  await page.keyboard.press('Enter');
  await expect(menu).toHaveCount(0);
  await expect(app.body).toContainText('Mọi người đều đến.');
  await expect(flagged).toHaveCount(0);
  await expect(app.body).toBeFocused();

  // Shift+F10 on a flagged word opens the menu too; "Bỏ qua từ này" stores the word in the settings.
  await page.keyboard.type(' Ông đươc');
  await page.keyboard.press('Space');
  await expect(flagged).toHaveText(['đươc']);
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Shift+F10');
  await menu.getByRole('menuitem', { name: 'Bỏ qua từ này' }).click();
  await expect(flagged).toHaveCount(0);
  await expect.poll(async () => (await newsdesk.call('settings.get', {})).spellCheckIgnored).toEqual(['đươc']);

  // Tiêu đề cannot underline a word: the field is marked invalid and the note under it offers the fix.
  await app.headline.fill('Tin chính tả: nguời dân');
  await expect(app.headline).toHaveAttribute('aria-invalid', 'spelling');
  await page.getByRole('button', { name: 'Thay “nguời” bằng “người”' }).click();
  await expect(app.headline).toHaveValue('Tin chính tả: người dân');
  await expect(app.headline).not.toHaveAttribute('aria-invalid');

  // Cài đặt › Kiểm tra chính tả off: no underline at all.
  await app.typeInBody(' Hai nguời.');
  await expect(flagged).toHaveText(['nguời']);
  await page.getByRole('button', { name: 'Cài đặt' }).click();
  const settings = page.getByRole('dialog', { name: 'Cài đặt' });
  await settings.getByRole('checkbox', { name: 'Kiểm tra chính tả' }).uncheck();
  await settings.getByRole('button', { name: 'Đóng' }).click();
  await expect(flagged).toHaveCount(0);
  await expect(app.body).toHaveAttribute('spellcheck', 'true');
  expect((await newsdesk.call('settings.get', {})).spellCheck).toBe(false);
  await fs.rm(folder, { recursive: true, force: true });
});

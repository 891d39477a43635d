import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { newsdeskPage } from './newsdesk-page';

const seedPath = path.join(fileURLToPath(new URL('../fixtures/import/', import.meta.url)), 'seed-article.txt');

/** The Tác giả field's controls, found by role and glossary name. */
function bylineControls(page: Page) {
  return {
    input: page.getByRole('combobox', { name: 'Tác giả', exact: true }),
    suggestions: page.getByRole('listbox', { name: 'Tác giả' }),
    chosen: page.getByRole('list', { name: 'Tác giả đã chọn' }),
    team: page.getByRole('checkbox', { name: 'Nhóm PV' }),
    source: page.getByRole('textbox', { name: 'Theo', exact: true }),
    line: page.getByRole('status', { name: 'Dòng tác giả' }),
  };
}

test('Tác giả: pick an author from the directory, add a new one with Enter, Nhóm PV; the byline line and the stored bylines follow', async ({ page, openApp, newsdesk }) => {
  const minhAnh = await newsdesk.call('authors.create', { name: 'Minh Anh', penName: 'M.Anh' });
  await newsdesk.call('authors.create', { name: 'Minh Khang' });
  await openApp();
  const app = newsdeskPage(page);
  const bylines = bylineControls(page);
  await app.createArticle();
  await page.keyboard.type('Bài có tác giả');
  await expect(bylines.line).toHaveText('(chưa có tác giả)');

  // Typed without accents, the directory suggests both, in Vietnamese order; ArrowDown and Enter pick the first.
  await bylines.input.click();
  await page.keyboard.type('minh');
  await expect(bylines.suggestions.getByRole('option')).toHaveText([/^Minh Anh \(M\.Anh\)/, /^Minh Khang/]);
  await page.keyboard.press('ArrowDown');
  await expect(bylines.suggestions.getByRole('option', { name: /Minh Anh/ })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(bylines.chosen.getByRole('listitem')).toHaveText([/Minh Anh \(M\.Anh\)/]);
  await expect(bylines.input).toHaveValue('');
  await expect(bylines.line).toHaveText('M.Anh');

  // A name not in the directory: Enter adds it to the directory and to the byline.
  await page.keyboard.type('Thu Trang');
  await page.keyboard.press('Enter');
  await expect(bylines.chosen.getByRole('listitem')).toHaveText([/Minh Anh/, /Thu Trang/]);
  await expect(bylines.line).toHaveText('M.Anh - Thu Trang');

  await bylines.team.check();
  await expect(bylines.line).toHaveText('M.Anh - Thu Trang - Nhóm PV');
  await page.getByRole('combobox', { name: 'Vai trò của Thu Trang' }).selectOption({ label: 'Ảnh' });
  await expect(bylines.line).toHaveText('M.Anh - Nhóm PV - Ảnh: Thu Trang');
  await app.expectSaved();

  const directory = await newsdesk.call('authors.list', {});
  expect(directory.map((author) => author.name)).toEqual(['Minh Anh', 'Minh Khang', 'Thu Trang']);
  const thuTrang = directory.find((author) => author.name === 'Thu Trang')!;
  const [summary] = await newsdesk.call('articles.list', {});
  await expect
    .poll(async () => (await newsdesk.call('articles.get', { id: summary!.id })).bylines)
    .toEqual({
      authors: [
        { authorId: minhAnh.id, role: 'writer', name: 'Minh Anh', penName: 'M.Anh' },
        { authorId: thuTrang.id, role: 'photographer', name: 'Thu Trang', penName: null },
      ],
      team: true,
      source: '',
    });

  await page.reload();
  await app.openArticle('Bài có tác giả');
  await expect(bylines.chosen.getByRole('listitem')).toHaveText([/Minh Anh/, /Thu Trang/]);
  await expect(bylines.team).toBeChecked();
  await expect(bylines.line).toHaveText('M.Anh - Nhóm PV - Ảnh: Thu Trang');

  // Removing an author and giving a source.
  await page.getByRole('button', { name: 'Bỏ Minh Anh' }).click();
  await bylines.team.uncheck();
  await bylines.source.fill('TTXVN');
  await expect(bylines.line).toHaveText('Ảnh: Thu Trang - Theo TTXVN');
  await app.headline.click();
  await app.expectSaved();
  await expect
    .poll(async () => (await newsdesk.call('articles.get', { id: summary!.id })).bylines)
    .toEqual({ authors: [{ authorId: thuTrang.id, role: 'photographer', name: 'Thu Trang', penName: null }], team: false, source: 'TTXVN' });
});

test('the imported seed article shows its byline "Hồng Ngọc" in the Tác giả field', async ({ page, openApp }) => {
  await openApp();
  const app = newsdeskPage(page);
  const bylines = bylineControls(page);
  const chooserOpened = page.waitForEvent('filechooser');
  await app.articleList.getByRole('button', { name: 'Nhập', exact: true }).click();
  await (await chooserOpened).setFiles([seedPath]);
  const report = page.getByRole('dialog', { name: 'Kết quả nhập' });
  await report.getByRole('region', { name: 'seed-article.txt' }).getByRole('button', { name: 'Mở bài' }).click();
  await expect(bylines.chosen.getByRole('listitem')).toHaveCount(1);
  await expect(bylines.chosen.getByRole('listitem')).toContainText('Hồng Ngọc');
  await expect(page.getByRole('combobox', { name: 'Vai trò của Hồng Ngọc' })).toHaveValue('writer');
  await expect(bylines.line).toHaveText('Hồng Ngọc');
});

test('Enter on the name of an author no longer active signs with that author instead of adding a second one', async ({ page, openApp, newsdesk }) => {
  const lanHuong = await newsdesk.call('authors.create', { name: 'Lan Hương' });
  await newsdesk.call('authors.update', { id: lanHuong.id, active: false });
  await openApp();
  const app = newsdeskPage(page);
  const bylines = bylineControls(page);
  await app.createArticle();
  await bylines.input.click();
  await page.keyboard.type('lan hương');
  await expect(bylines.suggestions).toBeHidden();
  await page.keyboard.press('Enter');
  await expect(bylines.chosen.getByRole('listitem')).toHaveCount(1);
  await expect(bylines.line).toHaveText('Lan Hương');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await app.expectSaved();
  expect((await newsdesk.call('authors.list', { all: true })).map((author) => author.id)).toEqual([lanHuong.id]);
  const [summary] = await newsdesk.call('articles.list', {});
  expect((await newsdesk.call('articles.get', { id: summary!.id })).bylines.authors).toEqual([
    { authorId: lanHuong.id, role: 'writer', name: 'Lan Hương', penName: null },
  ]);
});

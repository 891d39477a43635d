import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { newsdeskPage } from './newsdesk-page';

const seedPath = path.join(fileURLToPath(new URL('../fixtures/import/', import.meta.url)), 'seed-article.txt');

/** Ngày, Nơi viết and Từ khóa, found by their glossary names. */
function metadataControls(page: Page) {
  return {
    date: page.getByLabel('Ngày', { exact: true }),
    place: page.getByRole('textbox', { name: 'Nơi viết', exact: true }),
    tagInput: page.getByRole('textbox', { name: 'Từ khóa', exact: true }),
    tags: page.getByRole('list', { name: 'Từ khóa đã chọn' }),
    dateline: page.locator('.date-dateline'),
  };
}

test('Ngày, Nơi viết, Từ khóa: set a date, a place and two tags; they are saved, and kept after a reload', async ({ page, openApp, newsdesk }) => {
  await openApp();
  const app = newsdeskPage(page);
  const metadata = metadataControls(page);
  await app.createArticle();
  await page.keyboard.type('Bài có ngày và từ khóa');
  await expect(metadata.dateline).toHaveText('(chưa có ngày)');

  await metadata.date.fill('2024-03-29');
  await expect(metadata.dateline).toHaveText('Thứ Sáu, ngày 29 tháng 3 năm 2024');
  await metadata.place.fill('TP.HCM');
  // Enter adds a tag, a comma too; a tag already there (ignoring case and accents) is not added again.
  await metadata.tagInput.click();
  await page.keyboard.type('Quận 3');
  await page.keyboard.press('Enter');
  await page.keyboard.type('hội quần chúng,');
  await page.keyboard.type('quan 3');
  await page.keyboard.press('Enter');
  await expect(metadata.tags.getByRole('listitem')).toHaveText([/^Quận 3×?$/, /^hội quần chúng×?$/]);
  await expect(metadata.tagInput).toHaveValue('');
  await app.headline.click();
  await app.expectSaved();

  const [summary] = await newsdesk.call('articles.list', {});
  await expect
    .poll(async () => {
      const article = await newsdesk.call('articles.get', { id: summary!.id });
      return { date: article.date, datelinePlace: article.datelinePlace, tags: article.tags };
    })
    .toEqual({ date: '2024-03-29', datelinePlace: 'TP.HCM', tags: ['Quận 3', 'hội quần chúng'] });

  await page.reload();
  await app.openArticle('Bài có ngày và từ khóa');
  await expect(metadata.date).toHaveValue('2024-03-29');
  await expect(metadata.dateline).toHaveText('Thứ Sáu, ngày 29 tháng 3 năm 2024');
  await expect(metadata.place).toHaveValue('TP.HCM');
  await expect(metadata.tags.getByRole('listitem')).toHaveText([/^Quận 3×?$/, /^hội quần chúng×?$/]);

  // Removing a tag and clearing the date are saved too.
  await page.getByRole('button', { name: 'Bỏ từ khóa: Quận 3' }).click();
  await metadata.date.fill('');
  await expect(metadata.dateline).toHaveText('(chưa có ngày)');
  await app.headline.click();
  await app.expectSaved();
  await expect
    .poll(async () => {
      const article = await newsdesk.call('articles.get', { id: summary!.id });
      return { date: article.date, tags: article.tags };
    })
    .toEqual({ date: null, tags: ['hội quần chúng'] });
});

test('the imported seed article shows its dateline\'s date in Ngày', async ({ page, openApp, newsdesk }) => {
  await openApp();
  const metadata = metadataControls(page);
  const app = newsdeskPage(page);
  const chooserOpened = page.waitForEvent('filechooser');
  await app.articleList.getByRole('button', { name: 'Nhập', exact: true }).click();
  await (await chooserOpened).setFiles([seedPath]);
  const report = page.getByRole('dialog', { name: 'Kết quả nhập' });
  await report.getByRole('region', { name: 'seed-article.txt' }).getByRole('button', { name: 'Mở bài' }).click();
  await expect(metadata.date).toHaveValue('2024-03-29');
  await expect(metadata.dateline).toHaveText('Thứ Sáu, ngày 29 tháng 3 năm 2024');
  const [summary] = await newsdesk.call('articles.list', {});
  expect((await newsdesk.call('articles.get', { id: summary!.id })).date).toBe('2024-03-29');
});

test('in English the fields read Date, Dateline place and Tags', async ({ page, openApp, newsdesk }) => {
  await newsdesk.call('articles.create', { fields: { headline: 'English metadata', date: '2024-09-01', datelinePlace: 'Hà Nội', tags: ['Thủ đô'] } });
  await openApp();
  await newsdesk.call('settings.update', { changes: { language: 'en' } });
  await page.reload();
  await expect(page.getByRole('button', { name: 'New article' })).toBeVisible();
  await page.getByRole('button', { name: 'English metadata', exact: true }).click();
  await expect(page.getByLabel('Date', { exact: true })).toHaveValue('2024-09-01');
  // The dateline is the portal's, in Vietnamese, whatever the interface language.
  await expect(page.locator('.date-dateline')).toHaveText('Chủ Nhật, ngày 1 tháng 9 năm 2024');
  await expect(page.getByRole('textbox', { name: 'Dateline place', exact: true })).toHaveValue('Hà Nội');
  await expect(page.getByRole('list', { name: 'Chosen tags' }).getByRole('listitem')).toHaveText([/^Thủ đô×?$/]);
  await expect(page.getByRole('textbox', { name: 'Tags', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Remove tag: Thủ đô' })).toBeVisible();
});

test('Tin khác: related articles are found by typing, kept in order, and removed', async ({ page, openApp, newsdesk }) => {
  const first = await newsdesk.call('articles.create', { fields: { headline: 'Hội nghị Thành ủy lần thứ 12' } });
  const second = await newsdesk.call('articles.create', { fields: { headline: 'Đại hội Đảng bộ Quận 3' } });
  const main = await newsdesk.call('articles.create', { fields: { headline: 'Tin chính' } });
  await openApp();
  const app = newsdeskPage(page);
  await app.openArticle('Tin chính');
  const search = page.getByRole('searchbox', { name: 'Tin khác' });
  await search.fill('dai hoi');
  await page.getByRole('button', { name: 'Thêm vào Tin khác: Đại hội Đảng bộ Quận 3' }).click();
  await search.fill('hoi nghi thanh uy');
  await expect(page.getByRole('button', { name: 'Thêm vào Tin khác: Hội nghị Thành ủy lần thứ 12' })).toBeVisible();
  await search.press('Enter');
  await expect(page.getByRole('button', { name: 'Bỏ khỏi Tin khác: Hội nghị Thành ủy lần thứ 12' })).toBeVisible();
  await expect(page.getByRole('button', { name: /Thêm vào Tin khác: Tin chính/ })).toHaveCount(0);
  await expect.poll(async () => (await newsdesk.call('articles.get', { id: main.id })).related.map((article) => article.id)).toEqual([second.id, first.id]);

  await page.reload();
  await app.openArticle('Tin chính');
  await page.getByRole('button', { name: 'Bỏ khỏi Tin khác: Đại hội Đảng bộ Quận 3' }).click();
  await expect.poll(async () => (await newsdesk.call('articles.get', { id: main.id })).related.map((article) => article.id)).toEqual([first.id]);
});

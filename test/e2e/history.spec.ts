import { test, expect } from './fixtures';
import { bodyText, newsdeskPage } from './newsdesk-page';

test('Lịch sử phiên bản lists saved versions and Khôi phục brings one back as a new version', async ({ page, openApp, newsdesk }) => {
  await openApp();
  const app = newsdeskPage(page);
  await app.createArticle();
  await page.keyboard.type('Bản đầu tiên');
  await app.typeInBody('Nội dung bản đầu.');
  await page.keyboard.press('Control+s');
  await app.expectSaved();

  await app.headline.fill('Bản thứ hai');
  await app.body.click();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('Nội dung bản thứ hai.');
  await page.keyboard.press('Control+s');
  await app.expectSaved();

  await page.getByRole('button', { name: 'Lịch sử phiên bản' }).click();
  const panel = page.getByRole('region', { name: 'Lịch sử phiên bản' });
  const firstVersion = panel.getByRole('listitem').filter({ hasText: 'Bản đầu tiên' }).first();
  await expect(firstVersion).toBeVisible();
  await expect(panel.getByRole('listitem').filter({ hasText: 'Bản thứ hai' }).first()).toBeVisible();

  await firstVersion.getByRole('button', { name: /^Khôi phục/ }).click();
  await expect(app.headline).toHaveValue('Bản đầu tiên');
  await expect(app.body).toHaveText('Nội dung bản đầu.');
  await expect(panel.getByRole('listitem').filter({ hasText: 'Khôi phục' }).first()).toBeVisible();

  const [summary] = await newsdesk.call('articles.list', {});
  const stored = await newsdesk.call('articles.get', { id: summary!.id });
  expect(stored.headline).toBe('Bản đầu tiên');
  expect(bodyText(stored.body)).toBe('Nội dung bản đầu.');
  await expect(app.articleList.getByRole('button', { name: 'Bản đầu tiên', exact: true })).toBeVisible();
});

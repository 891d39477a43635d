import type { Page } from '@playwright/test';
import { test, expect, type NewsdeskServer } from './fixtures';
import { ApiError } from '../../shared/api/errors';
import { bodyText, newsdeskPage } from './newsdesk-page';

async function createSavedArticle(page: Page, headline: string) {
  const app = newsdeskPage(page);
  await app.createArticle();
  await page.keyboard.type(headline);
  await app.typeInBody('Đoạn mở đầu.');
  await app.expectSaved();
  return app;
}

async function storedArticle(newsdesk: NewsdeskServer) {
  const [summary] = await newsdesk.call('articles.list', {});
  return newsdesk.call('articles.get', { id: summary!.id });
}

test('a failed save says so, keeps the text, and succeeds on a later attempt', async ({ page, openApp, newsdesk, consoleWatch }) => {
  consoleWatch.allow(/Failed to load resource: net::ERR_FAILED/);
  await openApp();
  const app = await createSavedArticle(page, 'Mất kết nối khi đang lưu');

  await page.route('**/api/articles.save', (route) => route.abort('failed'));
  await app.typeInBody(' Câu viết khi máy chủ không trả lời.');
  await expect(app.saveState).toContainText('Không lưu được — sẽ thử lại');
  await expect(app.body).toContainText('Đoạn mở đầu. Câu viết khi máy chủ không trả lời.');
  expect(bodyText((await storedArticle(newsdesk)).body)).toBe('Đoạn mở đầu.');

  await page.unroute('**/api/articles.save');
  await app.expectSaved();
  await expect(app.body).toContainText('Đoạn mở đầu. Câu viết khi máy chủ không trả lời.');
  expect(bodyText((await storedArticle(newsdesk)).body)).toBe('Đoạn mở đầu. Câu viết khi máy chủ không trả lời.');
});

test('a save that the server refuses with a storage error is retried', async ({ page, openApp, newsdesk, consoleWatch }) => {
  consoleWatch.allow(/Failed to load resource: the server responded with a status of 500/);
  await openApp();
  const app = await createSavedArticle(page, 'Lỗi ghi cơ sở dữ liệu');

  let refusals = 0;
  await page.route('**/api/articles.save', async (route) => {
    if (refusals >= 2) return route.continue();
    refusals += 1;
    return route.fulfill({
      status: 500,
      contentType: 'application/json',
      body: JSON.stringify({ ok: false, error: new ApiError('database-io-failed', { databasePath: 'newsdesk.sqlite', problem: 'disk I/O error' }).toShape() }),
    });
  });
  await app.typeInBody(' Thêm một câu.');
  await expect(app.saveState).toContainText('Không lưu được — sẽ thử lại');
  await expect(app.saveState).toContainText('Lỗi đọc/ghi cơ sở dữ liệu newsdesk.sqlite (disk I/O error).');
  await expect(app.saveState).toContainText('Nội dung vẫn còn nguyên trong trình soạn thảo.');
  await app.expectSaved();
  expect(refusals).toBe(2);
  expect(bodyText((await storedArticle(newsdesk)).body)).toBe('Đoạn mở đầu. Thêm một câu.');
});

test('edits made while a save is in flight are saved after it', async ({ page, openApp, newsdesk }) => {
  await openApp();
  const app = await createSavedArticle(page, 'Gõ trong lúc đang lưu');

  let releaseFirst: () => void = () => {};
  const firstHeld = new Promise<void>((resolve) => {
    releaseFirst = resolve;
  });
  let saves = 0;
  let concurrent = 0;
  let maxConcurrent = 0;
  await page.route('**/api/articles.save', async (route) => {
    saves += 1;
    concurrent += 1;
    maxConcurrent = Math.max(maxConcurrent, concurrent);
    if (saves === 1) await firstHeld;
    await route.continue();
    concurrent -= 1;
  });
  await app.typeInBody(' Một.');
  await expect(app.saveState).toHaveText('Đang lưu…');
  await page.keyboard.type(' Hai.');
  await app.sapo.click();
  await page.waitForTimeout(1_500);
  expect(saves).toBe(1);
  releaseFirst();
  await app.expectSaved();
  expect(saves).toBe(2);
  expect(maxConcurrent).toBe(1);
  expect(bodyText((await storedArticle(newsdesk)).body)).toBe('Đoạn mở đầu. Một. Hai.');
});

test('two tabs: the stale tab gets a conflict, keeps its text, and can keep it as a new version', async ({ context, page, openApp, newsdesk }) => {
  await openApp();
  const tabA = await createSavedArticle(page, 'Bài sửa ở hai thẻ');
  const tabB = newsdeskPage(await openApp(await context.newPage()));
  await tabB.openArticle('Bài sửa ở hai thẻ');
  await expect(tabB.body).toContainText('Đoạn mở đầu.');

  await tabA.typeInBody(' Thẻ A viết thêm.');
  await tabA.expectSaved();

  await tabB.typeInBody(' Thẻ B viết thêm.');
  await expect(tabB.conflictAlert).toBeVisible();
  await expect(tabB.saveState).toHaveText('Xung đột phiên bản');
  await expect(tabB.body).toContainText('Đoạn mở đầu. Thẻ B viết thêm.');
  // No autosave goes out while the user has not chosen.
  await tabB.page.keyboard.type(' Vẫn gõ tiếp.');
  await tabB.page.waitForTimeout(1_500);
  expect(bodyText((await storedArticle(newsdesk)).body)).toBe('Đoạn mở đầu. Thẻ A viết thêm.');

  await tabB.conflictAlert.getByRole('button', { name: 'Giữ bản của tôi' }).click();
  await tabB.expectSaved();
  await expect(tabB.conflictAlert).toBeHidden();
  expect(bodyText((await storedArticle(newsdesk)).body)).toBe('Đoạn mở đầu. Thẻ B viết thêm. Vẫn gõ tiếp.');

  // The other version is not lost: it is in the history.
  const stored = await storedArticle(newsdesk);
  const revisions = await newsdesk.call('revisions.list', { articleId: stored.id });
  const texts = await Promise.all(revisions.map(async (revision) => bodyText((await newsdesk.call('revisions.get', { id: revision.id })).body)));
  expect(texts).toContain('Đoạn mở đầu. Thẻ A viết thêm.');
});

test('two tabs: the stale tab can load the other version instead', async ({ context, page, openApp }) => {
  await openApp();
  const tabA = await createSavedArticle(page, 'Chọn bản kia');
  const tabB = newsdeskPage(await openApp(await context.newPage()));
  await tabB.openArticle('Chọn bản kia');
  await expect(tabB.body).toContainText('Đoạn mở đầu.');

  await tabA.headline.fill('Chọn bản kia — đã sửa ở thẻ A');
  await tabA.headline.blur();
  await tabA.expectSaved();

  await tabB.typeInBody(' Bản nháp của thẻ B.');
  await expect(tabB.conflictAlert).toBeVisible();
  await expect(tabB.body).toContainText('Bản nháp của thẻ B.');
  await tabB.conflictAlert.getByRole('button', { name: 'Tải bản kia' }).click();
  await expect(tabB.conflictAlert).toBeHidden();
  await expect(tabB.headline).toHaveValue('Chọn bản kia — đã sửa ở thẻ A');
  await expect(tabB.body).not.toContainText('Bản nháp của thẻ B.');

  await tabB.typeInBody(' Thẻ B sửa tiếp trên bản mới.');
  await tabB.expectSaved();
});

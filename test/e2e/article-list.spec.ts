import { test, expect } from './fixtures';
import { newsdeskPage } from './newsdesk-page';

test('an article moves to Thùng rác from the list and comes back with Khôi phục', async ({ page, openApp, newsdesk }) => {
  const first = await newsdesk.call('articles.create', { fields: { headline: 'Tin giữ lại' } });
  const second = await newsdesk.call('articles.create', { fields: { headline: 'Tin bỏ vào thùng rác' } });
  await openApp();
  const app = newsdeskPage(page);
  await expect(app.articleList.getByRole('button', { name: 'Tin giữ lại', exact: true })).toBeVisible();

  await app.articleList.getByRole('button', { name: 'Chuyển vào Thùng rác: Tin bỏ vào thùng rác' }).click();
  await expect(app.articleList.getByRole('button', { name: 'Tin bỏ vào thùng rác', exact: true })).toBeHidden();
  expect((await newsdesk.call('articles.get', { id: second.id })).trashedAt).not.toBeNull();

  await app.articleList.getByRole('button', { name: 'Thùng rác', exact: true }).click();
  await expect(app.articleList.getByRole('heading', { name: 'Thùng rác' })).toBeVisible();
  await expect(app.articleRow('Tin bỏ vào thùng rác')).toBeVisible();
  await expect(app.articleRow('Tin giữ lại')).toBeHidden();
  await app.articleList.getByRole('button', { name: 'Khôi phục: Tin bỏ vào thùng rác' }).click();
  await expect(app.articleList.getByText('Thùng rác trống.')).toBeVisible();
  expect((await newsdesk.call('articles.get', { id: second.id })).trashedAt).toBeNull();

  await app.articleList.getByRole('button', { name: 'Tin bài', exact: true }).click();
  await expect(app.articleList.getByRole('button', { name: 'Tin bỏ vào thùng rác', exact: true })).toBeVisible();
  expect((await newsdesk.call('articles.get', { id: first.id })).trashedAt).toBeNull();
});

test('the open article can be moved to the trash, and its pending text is saved first', async ({ page, openApp, newsdesk }) => {
  await openApp();
  const app = newsdeskPage(page);
  await app.createArticle();
  await page.keyboard.type('Tin sắp xóa');
  await page.getByRole('main').getByRole('button', { name: 'Chuyển vào Thùng rác', exact: true }).click();
  await expect(app.headline).toBeHidden();
  await expect(page.getByText('Chọn một tin bài ở bên trái, hoặc bấm “Bài mới”.')).toBeVisible();

  const [trashed] = await newsdesk.call('articles.list', { trashed: true });
  expect(trashed?.headline).toBe('Tin sắp xóa');
});

test('rows show "(Chưa có tiêu đề)", status and time; the status filter and search narrow the list', async ({ page, openApp, newsdesk }) => {
  await newsdesk.call('articles.create', {});
  await newsdesk.call('articles.create', { fields: { headline: 'Đảng ủy phường họp', status: 'submitted' } });
  await newsdesk.call('articles.create', { fields: { headline: 'Thông báo lịch tiếp dân', status: 'approved' } });
  await openApp();
  const app = newsdeskPage(page);

  await expect(app.articleRow('(Chưa có tiêu đề)')).toContainText(/Bản nháp · Cập nhật \d\d:\d\d, \d\d\/\d\d\/\d{4}/);
  await expect(app.articleRow('Đảng ủy phường họp')).toContainText('Chờ duyệt');
  await expect(app.articleRow('Thông báo lịch tiếp dân')).toContainText('Đã duyệt');

  await page.getByRole('combobox', { name: 'Lọc theo trạng thái' }).selectOption({ label: 'Chờ duyệt' });
  await expect(app.articleList.getByRole('listitem')).toHaveCount(1);
  await expect(app.articleRow('Đảng ủy phường họp')).toBeVisible();
  await page.getByRole('combobox', { name: 'Lọc theo trạng thái' }).selectOption({ label: 'Tất cả trạng thái' });
  await expect(app.articleList.getByRole('listitem')).toHaveCount(3);

  await page.keyboard.press('Control+f');
  const search = page.getByRole('searchbox', { name: 'Tìm kiếm' });
  await expect(search).toBeFocused();
  await page.keyboard.type('dang uy');
  await expect(app.articleList.getByRole('listitem')).toHaveCount(1);
  await expect(app.articleRow('Đảng ủy phường họp')).toBeVisible();
});

test('the list is keyboard accessible: Tab reaches a row and Enter opens it', async ({ page, openApp, newsdesk }) => {
  await newsdesk.call('articles.create', { fields: { headline: 'Mở bằng bàn phím' } });
  await openApp();
  const app = newsdeskPage(page);
  const row = app.articleList.getByRole('button', { name: 'Mở bằng bàn phím', exact: true });
  for (let presses = 0; presses < 15; presses += 1) {
    if (await row.evaluate((element) => element === document.activeElement)) break;
    await page.keyboard.press('Tab');
  }
  await expect(row).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(app.headline).toHaveValue('Mở bằng bàn phím');
  await expect(row).toHaveAttribute('aria-current', 'true');
});

test('Ctrl+N creates a new article and focuses its headline', async ({ page, openApp, newsdesk }) => {
  await openApp();
  const app = newsdeskPage(page);
  await page.keyboard.press('Control+n');
  await expect(app.headline).toBeFocused();
  await expect.poll(async () => (await newsdesk.call('articles.list', {})).length).toBe(1);
});

test('a new draft left without typing is not kept; one with text is', async ({ page, openApp, newsdesk }) => {
  const other = await newsdesk.call('articles.create', { fields: { headline: 'Tin có sẵn' } });
  await openApp();
  const app = newsdeskPage(page);
  await app.createArticle();
  const [untouched] = await newsdesk.call('articles.list', {});
  expect(untouched?.id).not.toBe(other.id);

  await app.openArticle('Tin có sẵn');
  await expect(app.headline).toHaveValue('Tin có sẵn');
  expect((await newsdesk.call('articles.list', {})).map((article) => article.id)).toEqual([other.id]);
  await expect(app.articleList.getByRole('button', { name: '(Chưa có tiêu đề)' })).toBeHidden();

  await app.createArticle();
  await page.keyboard.type('Tin mới viết');
  await app.expectSaved();
  await app.openArticle('Tin có sẵn');
  await expect(app.headline).toHaveValue('Tin có sẵn');
  expect((await newsdesk.call('articles.list', {})).map((article) => article.headline).sort()).toEqual(['Tin có sẵn', 'Tin mới viết']);
});

test('the list filters by category and author, and sorts by headline in Vietnamese order', async ({ page, openApp, newsdesk }) => {
  const party = await newsdesk.call('categories.create', { name: 'Xây dựng Đảng' });
  const author = await newsdesk.call('authors.create', { name: 'Hồng Ngọc' });
  const byline = { authors: [{ authorId: author.id, role: 'writer' as const }], team: false, source: '' };
  await newsdesk.call('articles.create', { fields: { headline: 'Đảng ủy họp', categoryId: party.id, bylines: byline } });
  await newsdesk.call('articles.create', { fields: { headline: 'Ánh sáng', categoryId: party.id } });
  await newsdesk.call('articles.create', { fields: { headline: 'Dân vận', bylines: byline } });
  await openApp();
  const app = newsdeskPage(page);
  const rows = app.articleList.locator('.article-row .row-headline');
  await expect(rows).toHaveCount(3);

  await page.getByRole('combobox', { name: 'Sắp xếp' }).selectOption('headline-asc');
  await expect(rows.first()).toContainText('Ánh sáng');
  await expect(rows.nth(1)).toContainText('Dân vận');
  await expect(rows.nth(2)).toContainText('Đảng ủy họp');

  await page.getByRole('combobox', { name: 'Lọc theo chuyên mục' }).selectOption({ label: 'Xây dựng Đảng' });
  await expect(rows).toHaveCount(2);
  await page.getByRole('combobox', { name: 'Lọc theo tác giả' }).selectOption({ label: 'Hồng Ngọc' });
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Đảng ủy họp');
});

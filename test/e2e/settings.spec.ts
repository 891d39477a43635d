import { test, expect } from './fixtures';
import { bodyText, newsdeskPage } from './newsdesk-page';

// The other specs run the browser edition inside the Playwright worker; this one goes through the
// shipped command (`newsdesk serve` in its own process), so the suite proves that it works end to end.
test.use({ newsdeskEdition: 'spawned' });

test('Cài đặt switches the interface to English at once, keeps it after a reload, and back to Vietnamese', async ({ page, openApp, newsdesk }) => {
  await newsdesk.call('articles.create', { fields: { headline: 'Tin thử ngôn ngữ' } });
  await openApp();
  await page.getByRole('button', { name: 'Tin thử ngôn ngữ', exact: true }).click();
  await expect(page.getByRole('textbox', { name: 'Tiêu đề', exact: true })).toHaveValue('Tin thử ngôn ngữ');

  await page.getByRole('button', { name: 'Cài đặt' }).click();
  const dialog = page.getByRole('dialog', { name: 'Cài đặt' });
  await dialog.getByRole('combobox', { name: 'Ngôn ngữ giao diện' }).selectOption('en');
  const englishDialog = page.getByRole('dialog', { name: 'Settings' });
  await expect(englishDialog.getByRole('combobox', { name: 'Interface language' })).toHaveValue('en');
  await englishDialog.getByRole('button', { name: 'Close' }).click();

  await expect(page.getByRole('button', { name: 'New article' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Headline', exact: true })).toHaveValue('Tin thử ngôn ngữ');
  await expect(page.getByRole('textbox', { name: 'Lead', exact: true })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Body', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Bold' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  expect((await newsdesk.call('settings.get', {})).language).toBe('en');

  await page.reload();
  await expect(page.getByRole('button', { name: 'New article' })).toBeVisible();
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('dialog', { name: 'Settings' }).getByRole('combobox', { name: 'Interface language' }).selectOption('vi');
  await page.getByRole('dialog', { name: 'Cài đặt' }).getByRole('button', { name: 'Đóng' }).click();
  await expect(page.getByRole('button', { name: 'Bài mới' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Nội dung', exact: true })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  expect((await newsdesk.call('settings.get', {})).language).toBe('vi');
});

test('Kiểu đặt dấu thanh: typing follows the chosen style, and existing articles convert as one version in Lịch sử phiên bản', async ({ page, openApp, newsdesk }) => {
  const oldStyle = await newsdesk.call('articles.create', {
    fields: {
      headline: 'Quận ủy Quận 3 hòa giải',
      sapo: 'Thành ủy chỉ đạo.',
      body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Đội thủy lợi khỏe mạnh.' }] }] },
    },
  });
  const unchanged = await newsdesk.call('articles.create', { fields: { headline: 'Tin thể thao' } });
  await openApp();
  const app = newsdeskPage(page);
  await app.openArticle('Quận ủy Quận 3 hòa giải');

  await page.getByRole('button', { name: 'Cài đặt' }).click();
  const dialog = page.getByRole('dialog', { name: 'Cài đặt' });
  await dialog.getByRole('combobox', { name: 'Kiểu đặt dấu thanh' }).selectOption('new');
  await expect.poll(async () => (await newsdesk.call('settings.get', {})).toneStyle).toBe('new');
  await dialog.getByRole('button', { name: 'Chuyển các tin bài hiện có sang kiểu này' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Đã chuyển 1 tin bài. Các bản trước vẫn còn trong Lịch sử phiên bản của từng bài.');
  await dialog.getByRole('button', { name: 'Đóng' }).click();

  // The open article was loaded again, converted.
  await expect(app.headline).toHaveValue('Quận uỷ Quận 3 hoà giải');
  await expect(app.sapo).toHaveValue('Thành uỷ chỉ đạo.');
  await expect(app.body).toHaveText('Đội thuỷ lợi khoẻ mạnh.');

  // Typed words follow the style once completed, in the body and in the headline, where the caret stays put.
  await app.typeInBody(' Tổ hòa giải.');
  await expect(app.body).toHaveText('Đội thuỷ lợi khoẻ mạnh. Tổ hoà giải.');
  await app.headline.click();
  await page.keyboard.press('Home');
  await page.keyboard.type('Đội thủy lợi, ');
  await expect(app.headline).toHaveValue('Đội thuỷ lợi, Quận uỷ Quận 3 hoà giải');
  await page.keyboard.press('Control+s');
  await app.expectSaved();
  const saved = await newsdesk.call('articles.get', { id: oldStyle.id });
  expect(saved.headline).toBe('Đội thuỷ lợi, Quận uỷ Quận 3 hoà giải');
  expect(bodyText(saved.body)).toBe('Đội thuỷ lợi khoẻ mạnh. Tổ hoà giải.');
  expect(await newsdesk.call('articles.get', { id: unchanged.id })).toEqual(unchanged);

  // Lịch sử phiên bản shows the conversion, and the version before it can be restored.
  const revisions = await newsdesk.call('revisions.list', { articleId: oldStyle.id });
  expect(revisions.slice(-2).map((revision) => [revision.kind, revision.articleVersion])).toEqual([['tone-style', 2], ['create', 1]]);
  expect(revisions.filter((revision) => revision.kind === 'tone-style')).toHaveLength(1);
  await page.getByRole('button', { name: 'Lịch sử phiên bản' }).click();
  const panel = page.getByRole('region', { name: 'Lịch sử phiên bản' });
  await expect(panel.getByRole('listitem').filter({ hasText: 'Chuyển kiểu dấu thanh' })).toHaveCount(1);
  await panel.getByRole('button', { name: 'Khôi phục phiên bản 1' }).click();
  await page.getByRole('dialog', { name: 'Khôi phục phiên bản 1?' }).getByRole('button', { name: 'Khôi phục', exact: true }).click();
  await expect(app.headline).toHaveValue('Quận ủy Quận 3 hòa giải');
  await expect(app.body).toHaveText('Đội thủy lợi khỏe mạnh.');
  expect((await newsdesk.call('articles.get', { id: oldStyle.id })).sapo).toBe('Thành ủy chỉ đạo.');
});

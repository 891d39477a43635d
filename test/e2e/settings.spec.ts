import { test, expect } from './fixtures';

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

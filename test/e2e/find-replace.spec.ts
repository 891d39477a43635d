import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';
import { bodyText, newsdeskPage } from './newsdesk-page';

const body = {
  type: 'doc',
  content: [
    { type: 'paragraph', content: [{ type: 'text', text: 'Hòa giải thành và hoà hợp, ' }, { type: 'text', marks: [{ type: 'bold' }], text: 'hoa' }, { type: 'text', text: ' hồng.' }] },
    { type: 'figure', attrs: { hash: '', caption: 'Buổi hòa giải', credit: 'Hòa Phạm', alt: '', featured: false } },
    { type: 'paragraph', content: [{ type: 'text', text: 'Hoàng hôn.' }] },
  ],
};

test('Ctrl+H finds with and without accents in headline, sapo, body and captions; "Thay tất cả" is one undo step', async ({ page, openApp, newsdesk }) => {
  test.setTimeout(90_000);
  const article = await newsdesk.call('articles.create', { fields: { headline: 'Hòa giải ở phường', sapo: 'Chuyện hoà giải.', body } });
  await openApp();
  const app = newsdeskPage(page);
  await app.openArticle('Hòa giải ở phường');

  await app.body.click();
  await page.keyboard.press('Control+h');
  const panel = page.getByRole('region', { name: 'Tìm và thay thế' });
  const query = panel.getByRole('textbox', { name: 'Tìm', exact: true });
  await expect(query).toBeFocused();
  const count = panel.getByRole('status').first();

  // With accents, either tone placement: Hòa, hoà (headline, sapo, body ×2, caption, credit).
  await query.fill('hòa');
  await expect(count).toHaveText('1/6 · Tiêu đề');
  await expect(app.headline).toHaveClass(/find-field-current/);
  await expect(page.locator('.article-body .find-match')).toHaveCount(2);
  await query.press('Enter');
  await query.press('Enter');
  await expect(count).toHaveText('3/6 · Nội dung');
  await expect(page.locator('.article-body .find-match-current')).toHaveText('Hòa');

  // Without accents "hoa" also finds hoa and Hoàng; with whole words, not Hoàng.
  await query.fill('hoa');
  await expect(count).toHaveText('1/1 · Nội dung');
  await panel.getByRole('checkbox', { name: 'Không phân biệt dấu' }).check();
  await expect(count).toHaveText('1/8 · Tiêu đề');
  await panel.getByRole('checkbox', { name: 'Nguyên từ' }).check();
  await expect(count).toHaveText('1/7 · Tiêu đề');
  await expect(page.locator('.find-in-caption.find-in-credit .figure-input')).toHaveCount(3);

  const violations = (await new AxeBuilder({ page }).include('.find-panel').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze()).violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => violation.id);
  expect(violations).toEqual([]);

  await panel.getByRole('textbox', { name: 'Thay bằng' }).fill('hợp');
  await panel.getByRole('button', { name: 'Thay tất cả' }).click();
  await expect(app.headline).toHaveValue('hợp giải ở phường');
  await expect(app.sapo).toHaveValue('Chuyện hợp giải.');
  await expect(app.body).toContainText('hợp giải thành và hợp hợp, hợp hồng.');
  await expect(page.getByRole('textbox', { name: 'Chú thích ảnh' })).toHaveValue('Buổi hợp giải');
  await expect(count).toHaveText('Không có kết quả');

  // One Ctrl+Z takes back all of it, headline and sapo included, even pressed in the headline.
  await app.headline.click();
  await page.keyboard.press('Control+z');
  await expect(app.headline).toHaveValue('Hòa giải ở phường');
  await expect(app.sapo).toHaveValue('Chuyện hoà giải.');
  await expect(app.body).toContainText('Hòa giải thành và hoà hợp, hoa hồng.');
  await expect(page.getByRole('textbox', { name: 'Nguồn ảnh' })).toHaveValue('Hòa Phạm');

  // "Thay" replaces the current match only, then Esc closes the panel and the body has the focus.
  await panel.getByRole('button', { name: 'Thay', exact: true }).click();
  await expect(app.headline).toHaveValue('hợp giải ở phường');
  await expect(count).toHaveText('1/6 · Sapo');
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(app.body).toBeFocused();

  await app.expectSaved();
  const stored = await newsdesk.call('articles.get', { id: article.id });
  expect(stored.headline).toBe('hợp giải ở phường');
  expect(bodyText(stored.body)).toContain('Hòa giải thành và hoà hợp, hoa hồng.');
});

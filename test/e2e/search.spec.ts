import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';
import { newsdeskPage } from './newsdesk-page';

const paragraph = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

test('the search box finds articles without accents as you type, with highlighted snippets; Esc clears it', async ({ page, openApp, newsdesk }) => {
  const inHeadline = await newsdesk.call('articles.create', {
    fields: { headline: 'Cần đầu tư để hỗ trợ các hội quần chúng', sapo: 'Chiều 3/6, Quận ủy Quận 3 tổ chức hội nghị tổng kết.' },
  });
  const inBody = await newsdesk.call('articles.create', {
    fields: { headline: 'Tin phường', body: paragraph('Đảng ủy phường họp bàn về các hội quần chúng <b>địa phương</b>.') },
  });
  await newsdesk.call('articles.create', { fields: { headline: 'Thời tiết', body: paragraph('Nắng ráo.') } });
  await openApp();
  const app = newsdeskPage(page);
  await expect(app.articleList.getByRole('listitem')).toHaveCount(3);

  await page.keyboard.press('Control+f');
  const search = page.getByRole('searchbox', { name: 'Tìm kiếm' });
  await expect(search).toBeFocused();
  await expect(search).toHaveAttribute('placeholder', 'Tìm kiếm…');
  await page.keyboard.type('hoi quan chung');

  const results = app.articleList.getByRole('list', { name: 'Kết quả tìm kiếm' });
  await expect(results.getByRole('listitem')).toHaveCount(2);
  await expect(app.articleList.getByRole('status')).toHaveText('2 kết quả');
  // The headline match ranks above the body match.
  await expect(results.getByRole('listitem').first()).toContainText('Cần đầu tư');
  const headlineMatch = results.getByRole('button', { name: 'Cần đầu tư để hỗ trợ các hội quần chúng' });
  await expect(headlineMatch.locator('mark')).toHaveText(['hội quần chúng']);

  const bodyHit = results.getByRole('listitem').filter({ hasText: 'Tin phường' });
  await expect(bodyHit.locator('.row-snippet')).toHaveText('Đảng ủy phường họp bàn về các hội quần chúng <b>địa phương</b>.');
  await expect(bodyHit.locator('.row-snippet mark')).toHaveText(['hội quần chúng']);
  // Text from the article is shown as text, never parsed as HTML.
  await expect(bodyHit.locator('b')).toHaveCount(0);

  const axe = await new AxeBuilder({ page }).include('nav').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  expect(axe.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => violation.id)).toEqual([]);

  await page.keyboard.press('Escape');
  await expect(search).toHaveValue('');
  await expect(app.articleList.getByRole('listitem')).toHaveCount(3);
  await expect(results).toBeHidden();

  await search.fill('dang uy');
  await expect(results.getByRole('listitem')).toHaveCount(1);
  await expect(results.locator('mark')).toHaveText(['Đảng ủy']);
  await results.getByRole('button', { name: 'Tin phường' }).click();
  await expect(app.headline).toHaveValue('Tin phường');
  await expect(results.getByRole('button', { name: 'Tin phường' })).toHaveAttribute('aria-current', 'true');

  await search.fill('"tp.hcm" - * NEAR(');
  await expect(app.articleList.getByText('Không có tin bài nào khớp.')).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(inHeadline.id).not.toBe(inBody.id);
});

test('search results follow a save: an edited headline is found by its new words', async ({ page, openApp, newsdesk }) => {
  await newsdesk.call('articles.create', { fields: { headline: 'Khai mạc hội chợ' } });
  await openApp();
  const app = newsdeskPage(page);
  const search = page.getByRole('searchbox', { name: 'Tìm kiếm' });
  await search.fill('trien lam');
  await expect(app.articleList.getByText('Không có tin bài nào khớp.')).toBeVisible();

  await search.fill('');
  await app.openArticle('Khai mạc hội chợ');
  await app.headline.fill('Khai mạc triển lãm');
  await app.expectSaved();
  await search.fill('trien lam');
  const results = app.articleList.getByRole('list', { name: 'Kết quả tìm kiếm' });
  await expect(results.getByRole('listitem')).toHaveCount(1);
  await expect(results.locator('mark')).toHaveText(['triển lãm']);
});

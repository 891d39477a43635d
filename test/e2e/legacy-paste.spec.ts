import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { bodyText, newsdeskPage } from './newsdesk-page';
import { encodeTcvn3 } from '../unit/shared/text/legacy/legacy-test-encoders';

const sentence = 'Quận ủy Quận 3 tổ chức hội nghị';
const tcvn3Sentence = encodeTcvn3(sentence);

/** Serious and critical axe violations, one line each (as in accessibility.spec.ts). */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

/** Pastes plain text into `target` as the browser does (headless clipboard permissions are unreliable). */
async function pastePlainText(target: Locator, text: string): Promise<void> {
  await target.evaluate((element, pasted) => {
    const clipboardData = new DataTransfer();
    clipboardData.setData('text/plain', pasted);
    element.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }));
  }, text);
}

test('a TCVN3 paste is offered in Unicode; accepting converts it and Hoàn tác brings the pasted text back', async ({ page, openApp, newsdesk }) => {
  expect(tcvn3Sentence).not.toBe(sentence);
  await openApp();
  const app = newsdeskPage(page);
  await app.createArticle();
  await app.typeInBody('Tin: ');
  await pastePlainText(app.body, tcvn3Sentence);

  const bar = page.getByRole('region', { name: 'Chuyển mã văn bản dán vào' });
  await expect(bar.getByRole('status')).toHaveText('Văn bản dán vào có vẻ dùng mã TCVN3 (ABC).');
  await expect(bar).toContainText(sentence);
  await expect(app.body).toHaveText(`Tin: ${tcvn3Sentence}`);
  expect(await seriousViolations(page), 'legacy paste bar').toEqual([]);

  await bar.getByRole('button', { name: 'Chuyển sang Unicode' }).click();
  await expect(bar).toBeHidden();
  await expect(app.body).toHaveText(`Tin: ${sentence}`);
  await expect(app.body).toBeFocused();

  await page.keyboard.press('Control+z');
  await expect(app.body).toHaveText(`Tin: ${tcvn3Sentence}`);
  await page.keyboard.press('Control+Shift+z');
  await expect(app.body).toHaveText(`Tin: ${sentence}`);

  await app.expectSaved();
  const [summary] = await newsdesk.call('articles.list', {});
  expect(bodyText((await newsdesk.call('articles.get', { id: summary!.id })).body)).toBe(`Tin: ${sentence}`);
});

test('typing goes on while the bar is shown, and accepting converts only the pasted text', async ({ page, openApp }) => {
  await openApp();
  const app = newsdeskPage(page);
  await app.createArticle();
  await app.typeInBody('Mở đầu. ');
  await pastePlainText(app.body, tcvn3Sentence);
  const bar = page.getByRole('region', { name: 'Chuyển mã văn bản dán vào' });
  await expect(bar).toBeVisible();

  await page.keyboard.type(' và gõ tiếp');
  await expect(app.body).toBeFocused();
  await expect(app.body).toHaveText(`Mở đầu. ${tcvn3Sentence} và gõ tiếp`);
  await page.keyboard.press('Home');
  await page.keyboard.type('Tin: ');
  await expect(app.body).toHaveText(`Tin: Mở đầu. ${tcvn3Sentence} và gõ tiếp`);

  await bar.getByRole('button', { name: 'Chuyển sang Unicode' }).click();
  await expect(app.body).toHaveText(`Tin: Mở đầu. ${sentence} và gõ tiếp`);
  await page.keyboard.press('Control+z');
  await expect(app.body).toHaveText(`Tin: Mở đầu. ${tcvn3Sentence} và gõ tiếp`);
});

test('Bỏ qua keeps the pasted text, and clean Unicode pastes get no bar', async ({ page, openApp }) => {
  await openApp();
  const app = newsdeskPage(page);
  await app.createArticle();
  await app.body.click();
  const bar = page.getByRole('region', { name: 'Chuyển mã văn bản dán vào' });

  await pastePlainText(app.body, `${sentence} © 2024 “Café” 😀`);
  await expect(app.body).toHaveText(`${sentence} © 2024 “Café” 😀`);
  await expect(bar).toHaveCount(0);

  await pastePlainText(app.body, ` ${tcvn3Sentence}`);
  await expect(bar).toBeVisible();
  await bar.getByRole('button', { name: 'Bỏ qua' }).click();
  await expect(bar).toHaveCount(0);
  await expect(app.body).toHaveText(`${sentence} © 2024 “Café” 😀 ${tcvn3Sentence}`);
});

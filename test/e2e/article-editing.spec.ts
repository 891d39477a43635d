import { test, expect } from './fixtures';
import { bodyText, newsdeskPage } from './newsdesk-page';

const headline = 'Hội nghị tổng kết công tác Đảng ủy năm 2024';
const sapo = 'Sáng 29/3, Đảng ủy phường Võ Thị Sáu tổ chức hội nghị tổng kết công tác năm 2024, triển khai nhiệm vụ năm 2025.';
const source = '(Thanhuytphcm.vn)';
const paragraph = 'Phó Bí thư thường trực Quận ủy Quận 3 Nguyễn Thành Nam phát biểu chỉ đạo tại hội nghị.';

test('a new article keeps its Vietnamese headline, source, lead and body across a reload', async ({ page, openApp, newsdesk }) => {
  await openApp();
  const app = newsdeskPage(page);
  await app.createArticle();

  await page.keyboard.type(headline);
  await app.sourcePrefix.fill(source);
  await app.sapo.click();
  await page.keyboard.type(sapo);
  await app.typeInBody(paragraph);
  await page.keyboard.press('Enter');
  await page.keyboard.type('Đoàn kết, dân chủ, kỷ cương, đổi mới.');

  await app.expectSaved();
  await expect(app.articleRow(headline)).toBeVisible();
  await expect(page.getByText(/^Số chữ: \d+/)).toBeVisible();

  await page.reload();
  await expect(app.headline).toHaveValue(headline);
  await expect(app.sourcePrefix).toHaveValue(source);
  await expect(app.sapo).toHaveValue(sapo);
  await expect(app.body).toContainText(paragraph);
  await expect(app.body).toContainText('Đoàn kết, dân chủ, kỷ cương, đổi mới.');
  await expect(app.articleRow(headline)).toBeVisible();

  const [summary] = await newsdesk.call('articles.list', {});
  const stored = await newsdesk.call('articles.get', { id: summary!.id });
  expect(stored.headline).toBe(headline);
  expect(bodyText(stored.body)).toBe(`${paragraph}\nĐoàn kết, dân chủ, kỷ cương, đổi mới.`);
});

test('the status bar says "Đã lưu" only once the backend has confirmed the save', async ({ page, openApp }) => {
  await openApp();
  const app = newsdeskPage(page);
  await app.createArticle();

  let releaseSave: () => void = () => {};
  const saveHeld = new Promise<void>((resolve) => {
    releaseSave = resolve;
  });
  await page.route('**/api/articles.save', async (route) => {
    await saveHeld;
    await route.continue();
  });
  await page.keyboard.type('Tin nóng');
  await expect(app.saveState).toHaveText('Đang lưu…');
  await page.waitForTimeout(1_500);
  await expect(app.saveState).toHaveText('Đang lưu…');
  releaseSave();
  await app.expectSaved();
});

test('text typed or pasted in decomposed Unicode (NFD) is stored in NFC', async ({ page, openApp, newsdesk }) => {
  await openApp();
  const app = newsdeskPage(page);
  await app.createArticle();

  const decomposedHeadline = 'Thành ủy chỉ đạo công tác phòng, chống thiên tai'.normalize('NFD');
  const decomposedBody = 'Người dân được hướng dẫn di dời đến nơi an toàn.'.normalize('NFD');
  await page.keyboard.insertText(decomposedHeadline);
  await app.body.click();
  await page.keyboard.insertText(decomposedBody);
  // The backend composes what the page sends (the headline field itself is put in the house tone style, and so in NFC, when it loses focus).
  expect((await app.headline.inputValue()).normalize('NFC')).toBe(decomposedHeadline.normalize('NFC'));
  await app.expectSaved();

  const [summary] = await newsdesk.call('articles.list', {});
  const stored = await newsdesk.call('articles.get', { id: summary!.id });
  expect(stored.headline).toBe(decomposedHeadline.normalize('NFC'));
  expect(stored.headline).not.toBe(decomposedHeadline);
  expect(bodyText(stored.body)).toBe(decomposedBody.normalize('NFC'));
});

test('Ctrl+S saves at once as an explicit version', async ({ page, openApp, newsdesk }) => {
  await openApp();
  const app = newsdeskPage(page);
  await app.createArticle();
  await page.keyboard.type('Lưu ngay bằng phím tắt');
  await page.keyboard.press('Control+s');
  await app.expectSaved();

  const [summary] = await newsdesk.call('articles.list', {});
  const revisions = await newsdesk.call('revisions.list', { articleId: summary!.id });
  expect(revisions.some((revision) => revision.kind === 'explicit' && revision.headline === 'Lưu ngay bằng phím tắt')).toBe(true);
});

test('the toolbar formats the body, and a link must be http, https or mailto', async ({ page, openApp, newsdesk }) => {
  await openApp();
  const app = newsdeskPage(page);
  await app.createArticle();
  await page.keyboard.type('Định dạng');

  await app.typeInBody('Cổng thông tin');
  await page.keyboard.press('Shift+Home');
  await page.getByRole('button', { name: 'Đậm' }).click();
  await expect(page.getByRole('button', { name: 'Đậm' })).toHaveAttribute('aria-pressed', 'true');

  await page.getByRole('button', { name: 'Liên kết' }).click();
  const dialog = page.getByRole('dialog', { name: 'Liên kết' });
  const address = dialog.getByRole('textbox', { name: 'Địa chỉ liên kết' });
  await address.fill('javascript:alert(1)');
  await dialog.getByRole('button', { name: 'Áp dụng' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Chỉ nhận địa chỉ bắt đầu bằng http://, https:// hoặc mailto:');
  await address.fill('https://thanhuytphcm.vn/');
  await dialog.getByRole('button', { name: 'Áp dụng' }).click();
  await expect(dialog).toBeHidden();
  await expect(app.body.locator('a[href="https://thanhuytphcm.vn/"]')).toHaveText('Cổng thông tin');

  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Tiêu đề 2' }).click();
  await page.keyboard.type('Tiêu đề phụ');
  await expect(app.body.locator('h2')).toHaveText('Tiêu đề phụ');
  await page.getByRole('button', { name: 'Hoàn tác' }).click();
  await expect(app.body).not.toContainText('Tiêu đề phụ');
  await page.getByRole('button', { name: 'Làm lại' }).click();
  await expect(app.body.locator('h2')).toHaveText('Tiêu đề phụ');

  await app.expectSaved();
  const [summary] = await newsdesk.call('articles.list', {});
  const stored = await newsdesk.call('articles.get', { id: summary!.id });
  const paragraphNode = stored.body.content?.[0];
  const marks = paragraphNode?.content?.[0]?.marks?.map((mark) => mark.type).sort();
  expect(marks).toEqual(['bold', 'link']);
});

test('a figure in the body shows its image from the media store, its caption and its credit', async ({ page, openApp, newsdesk }) => {
  const onePixelPng = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';
  const media = await newsdesk.call('media.put', { data: onePixelPng, fileName: 'hoi-nghi.png' });
  const caption = 'Phó Bí thư thường trực Quận ủy Quận 3 Nguyễn Thành Nam phát biểu chỉ đạo tại hội nghị';
  await newsdesk.call('articles.create', {
    fields: {
      headline: 'Bài có ảnh',
      body: {
        type: 'doc',
        content: [
          { type: 'paragraph', content: [{ type: 'text', text: 'Đoạn trước ảnh.' }] },
          { type: 'figure', attrs: { hash: media.hash, caption, credit: 'Ảnh: Hồng Ngọc', alt: 'Quang cảnh hội nghị' } },
        ],
      },
    },
  });
  await openApp();
  const app = newsdeskPage(page);
  await app.openArticle('Bài có ảnh');

  const image = app.body.getByRole('img', { name: 'Quang cảnh hội nghị' });
  await expect(image).toBeVisible();
  await expect.poll(() => image.evaluate((element: HTMLImageElement) => element.complete && element.naturalWidth)).toBe(1);
  await expect(app.body.getByRole('textbox', { name: 'Chú thích ảnh' })).toHaveValue(caption);
  await expect(app.body.getByRole('textbox', { name: 'Nguồn ảnh' })).toHaveValue('Ảnh: Hồng Ngọc');
  await expect(app.body.getByRole('textbox', { name: 'Mô tả ảnh' })).toHaveValue('Quang cảnh hội nghị');
});

test('the headline is one line: Enter adds no break, and a pasted break becomes a space', async ({ page, openApp, newsdesk }) => {
  await openApp();
  const app = newsdeskPage(page);
  await app.createArticle();
  await page.keyboard.type('Hội nghị');
  await page.keyboard.press('Enter');
  await page.keyboard.type(' Thành ủy');
  await expect(app.headline).toHaveValue('Hội nghị Thành ủy');
  await page.keyboard.insertText('\nlần thứ 12\r\n');
  await expect(app.headline).toHaveValue('Hội nghị Thành ủy lần thứ 12 ');
  await app.expectSaved();
  const [summary] = await newsdesk.call('articles.list', {});
  expect(summary?.headline).toBe('Hội nghị Thành ủy lần thứ 12 ');
});

test('headline and sapo counters warn above the limits set in Cài đặt', async ({ page, openApp, newsdesk }) => {
  await openApp();
  const app = newsdeskPage(page);
  await app.createArticle();
  const longHeadline = `Hội nghị ${'Thành ủy '.repeat(14)}`.trim();
  await page.keyboard.insertText(longHeadline);
  const count = [...longHeadline].length;
  expect(count).toBeGreaterThan(120);
  await expect(app.headline).toHaveAccessibleDescription(`${count}/120 ký tự, dài hơn mức 120 của tòa soạn`);
  await expect(page.getByRole('textbox', { name: 'Sapo', exact: true })).toHaveAccessibleDescription('0/400 ký tự');

  await page.getByRole('button', { name: 'Cài đặt' }).click();
  const dialog = page.getByRole('dialog', { name: 'Cài đặt' });
  const limit = dialog.getByRole('spinbutton', { name: 'Tiêu đề tối đa' });
  await limit.fill('200');
  await limit.press('Enter');
  await expect.poll(async () => (await newsdesk.call('settings.get', {})).headlineLimit).toBe(200);
  await dialog.getByRole('button', { name: 'Đóng' }).click();
  await expect(app.headline).toHaveAccessibleDescription(`${count}/200 ký tự`);
});

test('Chuyên mục: categories are added in Cài đặt and an article is filed under one', async ({ page, openApp, newsdesk }) => {
  await openApp();
  const app = newsdeskPage(page);
  await page.getByRole('button', { name: 'Cài đặt' }).click();
  const dialog = page.getByRole('dialog', { name: 'Cài đặt' });
  await dialog.getByRole('textbox', { name: 'Chuyên mục mới' }).fill('Xây dựng Đảng');
  await dialog.getByRole('button', { name: 'Thêm chuyên mục' }).click();
  await expect(dialog.getByRole('textbox', { name: 'Tên chuyên mục: Xây dựng Đảng' })).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Chuyên mục mới' }).fill('XAY DUNG DANG');
  await dialog.getByRole('button', { name: 'Thêm chuyên mục' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Đã có chuyên mục «Xây dựng Đảng»');
  await dialog.getByRole('button', { name: 'Đóng' }).click();

  await app.createArticle();
  await page.keyboard.type('Hội nghị Thành ủy');
  await page.getByRole('combobox', { name: 'Chuyên mục', exact: true }).selectOption({ label: 'Xây dựng Đảng' });
  await app.expectSaved();
  const [category] = await newsdesk.call('categories.list', {});
  const [summary] = await newsdesk.call('articles.list', {});
  expect((await newsdesk.call('articles.get', { id: summary!.id })).categoryId).toBe(category!.id);

  await page.reload();
  await app.openArticle('Hội nghị Thành ủy');
  await expect(page.getByRole('combobox', { name: 'Chuyên mục', exact: true })).toHaveValue(String(category!.id));
});

test('typed letters, painted before the editor reads them, keep the editor rules and are in the save that follows at once', async ({ page, openApp, newsdesk }) => {
  await openApp();
  const app = newsdeskPage(page);
  await app.createArticle();
  await page.keyboard.type('Gõ nhanh');

  await app.typeInBody('- Mục một');
  await expect(app.body.locator('ul > li')).toHaveText('Mục một');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Xem https://thanhuytphcm.vn ');
  await expect(app.body.locator('a[href="https://thanhuytphcm.vn"]')).toHaveText('https://thanhuytphcm.vn');
  await page.keyboard.press('Control+b');
  await page.keyboard.type('đậm');
  await expect(app.body.locator('strong')).toHaveText('đậm');

  // The last letters and Ctrl+S in one go: the save has them.
  await page.keyboard.press('Control+b');
  await page.keyboard.type(' cuối');
  await page.keyboard.press('Control+s');
  await app.expectSaved();
  const [summary] = await newsdesk.call('articles.list', {});
  const stored = await newsdesk.call('articles.get', { id: summary!.id });
  expect(bodyText(stored.body).trimEnd()).toBe('Mục một\nXem https://thanhuytphcm.vn đậm cuối');

  // A click elsewhere right after typing: the letter is in the document the click acts on.
  await page.keyboard.type('!');
  await app.headline.click();
  await app.expectSaved();
  const again = await newsdesk.call('articles.get', { id: summary!.id });
  expect(bodyText(again.body).trimEnd()).toBe('Mục một\nXem https://thanhuytphcm.vn đậm cuối!');
  await expect(app.body).toContainText('đậm cuối!');
});

import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { test, expect, type NewsdeskServer } from './fixtures';

/** One comment of the portal's JSON export (the CSV columns as keys). */
interface PortalComment {
  id: string;
  article_url: string;
  article_title: string;
  author: string;
  email: string;
  created_at: string;
  parent_id: string;
  status: string;
  body: string;
}

function portalComment(index: number, changes: Partial<PortalComment> = {}): PortalComment {
  return {
    id: `bl-${index}`,
    article_url: 'https://baoquan3.vn/tin/cong-vien-moi',
    article_title: 'Quận 3 khánh thành công viên mới',
    author: `Bạn đọc ${index}`,
    email: `bandoc${index}@example.vn`,
    created_at: `2026-11-30T0${index}:00:00Z`,
    parent_id: '',
    status: '',
    body: `Ý kiến số ${index} về công viên.`,
    ...changes,
  };
}

function jsonFile(name: string, records: PortalComment[]) {
  return { name, data: Buffer.from(JSON.stringify(records), 'utf8').toString('base64') };
}

async function importComments(newsdesk: NewsdeskServer, records: PortalComment[]): Promise<void> {
  await newsdesk.call('comments.import', { files: [jsonFile('binh-luan.json', records)] });
}

/** Opens Bình luận from the keyboard: the header button, then Enter. */
async function openQueuesByKeyboard(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Bình luận', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('tablist', { name: 'Hàng đợi bình luận' })).toBeVisible();
}

const card = (page: Page, author: string) => page.getByRole('article', { name: author, exact: true });
const tab = (page: Page, name: RegExp | string) => page.getByRole('tab', { name });

async function expectCounts(page: Page, counts: { pending: number; approved: number; rejected: number; spam: number }): Promise<void> {
  await expect(tab(page, `Chờ duyệt (${counts.pending})`)).toBeVisible();
  await expect(tab(page, `Đã duyệt (${counts.approved})`)).toBeVisible();
  await expect(tab(page, `Đã từ chối (${counts.rejected})`)).toBeVisible();
  await expect(tab(page, `Thư rác (${counts.spam})`)).toBeVisible();
}

test('moderating from the keyboard only: j/k, approve, reject, spam, undo, select and bulk approve', async ({ page, openApp, newsdesk }) => {
  await newsdesk.call('settings.update', { changes: { moderatorName: 'Thu Hà' } });
  await importComments(newsdesk, [1, 2, 3, 4, 5, 6].map((index) => portalComment(index)));
  await openApp();
  await openQueuesByKeyboard(page);

  await expect(tab(page, 'Chờ duyệt (6)')).toHaveAttribute('aria-selected', 'true');
  await expect(card(page, 'Bạn đọc 1')).toBeFocused();
  await page.keyboard.press('j');
  await expect(card(page, 'Bạn đọc 2')).toBeFocused();
  await page.keyboard.press('k');
  await expect(card(page, 'Bạn đọc 1')).toBeFocused();

  await page.keyboard.press('a');
  await expect(card(page, 'Bạn đọc 2')).toBeFocused();
  await expectCounts(page, { pending: 5, approved: 1, rejected: 0, spam: 0 });
  await page.keyboard.press('r');
  await expect(card(page, 'Bạn đọc 3')).toBeFocused();
  await page.keyboard.press('s');
  await expect(card(page, 'Bạn đọc 4')).toBeFocused();
  await expectCounts(page, { pending: 3, approved: 1, rejected: 1, spam: 1 });

  // Hoàn tác takes back the last decision (Thư rác): the comment is back and focused.
  await page.keyboard.press('u');
  await expect(card(page, 'Bạn đọc 3')).toBeFocused();
  await expectCounts(page, { pending: 4, approved: 1, rejected: 1, spam: 0 });

  // x selects; Shift+A approves the selection.
  await page.keyboard.press('x');
  await page.keyboard.press('j');
  await page.keyboard.press('x');
  await expect(page.getByRole('checkbox', { name: 'Chọn bình luận của Bạn đọc 3' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Chọn bình luận của Bạn đọc 4' })).toBeChecked();
  await page.keyboard.press('Shift+A');
  await expect(card(page, 'Bạn đọc 5')).toBeFocused();
  await expectCounts(page, { pending: 2, approved: 3, rejected: 1, spam: 0 });

  // Every decision was committed at once, with the moderator's name.
  await expect
    .poll(async () => (await newsdesk.call('comments.list', { status: 'approved' })).map((comment) => comment.externalId).sort())
    .toEqual(['bl-1', 'bl-3', 'bl-4']);
  const rejected = await newsdesk.call('comments.list', { status: 'rejected' });
  expect(rejected.map((comment) => [comment.externalId, comment.moderator])).toEqual([['bl-2', 'Thu Hà']]);
  expect(await newsdesk.call('comments.list', { status: 'spam' })).toEqual([]);

  // ? lists the shortcuts; Esc closes the list and the keys work again.
  await page.keyboard.press('?');
  const shortcuts = page.getByRole('dialog', { name: 'Phím tắt' });
  await expect(shortcuts.getByText('Duyệt các bình luận đã chọn')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(shortcuts).toBeHidden();
  await page.keyboard.press('a');
  await expectCounts(page, { pending: 1, approved: 4, rejected: 1, spam: 0 });

  // Keys typed in a filter are text, not decisions.
  await page.getByRole('textbox', { name: 'Người viết' }).focus();
  await page.keyboard.type('as');
  await expect(page.getByRole('textbox', { name: 'Người viết' })).toHaveValue('as');
  // The filter applies (nobody is called "as"); nothing was decided.
  await expect(tab(page, 'Chờ duyệt (0)')).toBeVisible();
  expect(await newsdesk.call('comments.counts', {})).toMatchObject({ pending: 1, approved: 4, rejected: 1, spam: 0 });
});

test('a reported comment shows its banned word highlighted, with the reason, the article and the history', async ({ page, openApp, newsdesk }) => {
  await newsdesk.call('comments.setWordList', { list: 'banned', entries: ['lừa đảo'] });
  await importComments(newsdesk, [
    portalComment(1, { author: 'Minh Tú', email: 'tu@example.vn', body: 'Công viên đẹp quá.', status: 'approved' }),
    portalComment(2, { author: 'Minh Tú', email: 'tu@example.vn', body: 'Bọn lừa đảo, đừng tin!', parent_id: 'bl-1' }),
  ]);
  await openApp();
  await openQueuesByKeyboard(page);
  await expect(tab(page, 'Bị báo cáo (1)')).toBeVisible();
  await tab(page, 'Bị báo cáo (1)').click();
  const reported = card(page, 'Minh Tú');
  await expect(reported).toBeFocused();
  await expect(reported.locator('mark')).toHaveText('lừa đảo');
  await expect(reported.getByRole('list', { name: 'Lý do cần xem' })).toContainText('Từ cấm: “lừa đảo”');
  await expect(reported.getByText('Quận 3 khánh thành công viên mới')).toBeVisible();
  await expect(reported.getByText('Tổng lượt bình luận: 1', { exact: false })).toBeVisible();
  await expect(reported.getByText('Trả lời Minh Tú:')).toBeVisible();
  const history = reported.getByRole('region', { name: /Bình luận khác của người này/ });
  await expect(history).toContainText('Đã duyệt');
  await expect(history).toContainText('Công viên đẹp quá.');
});

test('hostile comment text renders inert, as text', async ({ page, openApp, newsdesk }) => {
  const hostile = ['<img src=x onerror=alert(1)>', '<script>alert(2)</script>', '"><svg onload=alert(3)>', '{{constructor.constructor("alert(4)")()}}'];
  await importComments(newsdesk, hostile.map((body, index) => portalComment(index + 1, { body, author: `<b>Kẻ xấu ${index + 1}</b>` })));
  page.on('dialog', (dialog) => {
    throw new Error(`a comment ran script: ${dialog.message()}`);
  });
  await openApp();
  await openQueuesByKeyboard(page);
  for (const [index, body] of hostile.entries()) {
    const shown = card(page, `<b>Kẻ xấu ${index + 1}</b>`);
    await expect(shown).toBeFocused();
    await expect(shown.locator('.comment-body')).toHaveText(body);
    await expect(shown.locator('img, script, svg, b')).toHaveCount(0);
    await page.keyboard.press('j');
  }
  await expect(page.locator('.comments-view img, .comments-view script')).toHaveCount(0);
});

test('the Big List of Naughty Strings, as comments, shows exactly as written and runs nothing', async ({ page, openApp, newsdesk }) => {
  // 514 cards, each opened with its details: about 25 s alone, far more on a shared 2-core machine.
  test.setTimeout(150_000);
  // The Big List of Naughty Strings (MIT licence, test/fixtures/blns/LICENSE); the empty string is not a comment.
  const naughty = (JSON.parse(await readFile(new URL('../fixtures/blns/blns.json', import.meta.url), 'utf8')) as string[]).filter((value) => value !== '');
  await importComments(
    newsdesk,
    naughty.map((body, index) => portalComment(index + 1, { id: `blns-${index}`, body, author: `Bạn đọc ${index}`, created_at: '2026-11-30T01:00:00Z' })),
  );
  const ran: string[] = [];
  page.on('dialog', (dialog) => {
    ran.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('request', (request) => {
    if (!request.url().startsWith(newsdesk.origin)) ran.push(request.url());
  });
  await openApp();
  await openQueuesByKeyboard(page);
  await expect(tab(page, `Chờ duyệt (${naughty.length})`)).toBeVisible();
  await expect(card(page, 'Bạn đọc 0')).toBeFocused();
  // Walks the whole queue with j inside the page (one round trip), reading each card as it is focused.
  const shown = await page.evaluate(async (count) => {
    const cards: Array<{ author: string | null; body: string | null }> = [];
    const focusedCard = () => (document.activeElement?.matches('.comment-card') ? document.activeElement : null);
    for (let index = 0; index < count; index += 1) {
      const current = focusedCard();
      cards.push({ author: current?.querySelector('.comment-author')?.textContent ?? null, body: current?.querySelector('.comment-body')?.textContent ?? null });
      document.activeElement?.dispatchEvent(new KeyboardEvent('keydown', { key: 'j', bubbles: true }));
      const deadline = performance.now() + 5_000;
      while (index + 1 < count && focusedCard() === current && performance.now() < deadline) await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    return cards;
  }, naughty.length);
  expect(shown).toEqual(naughty.map((body, index) => ({ author: `Bạn đọc ${index}`, body: body.normalize('NFC') })));
  await expect(page.locator('.comments-view').locator('img, script, iframe, svg, object, embed')).toHaveCount(0);
  expect(ran).toEqual([]);
});

test('Nhập bình luận imports a file and reports what it did, or why nothing was imported', async ({ page, openApp }) => {
  await openApp();
  await page.getByRole('button', { name: 'Bình luận', exact: true }).click();
  await expect(tab(page, 'Chờ duyệt (0)')).toBeVisible();

  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Nhập bình luận' }).click();
  await (await chooser).setFiles({ name: 'binh-luan.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify([portalComment(1), portalComment(2)])) });
  const report = page.getByRole('dialog', { name: 'Kết quả nhập bình luận' });
  await expect(report).toContainText('binh-luan.json');
  await expect(report).toContainText('Thêm 2, cập nhật 0, không đổi 0');
  await report.getByRole('button', { name: 'Đóng' }).click();
  await expect(tab(page, 'Chờ duyệt (2)')).toBeVisible();
  await expect(card(page, 'Bạn đọc 1')).toBeVisible();

  const again = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Nhập bình luận' }).click();
  await (await again).setFiles({ name: 'hong.json', mimeType: 'application/json', buffer: Buffer.from('[{"id": "x", "author": ') });
  await expect(page.getByRole('dialog', { name: 'Kết quả nhập bình luận' }).getByRole('alert')).toContainText('Không nhập được');
  await expect(page.getByRole('dialog', { name: 'Kết quả nhập bình luận' }).getByRole('alert')).toContainText('hong.json');
});

test('editing Từ cấm in Cài đặt flags the waiting comments again', async ({ page, openApp, newsdesk }) => {
  await importComments(newsdesk, [portalComment(1, { body: 'Bài viết ngu ngốc thật.' }), portalComment(2)]);
  await openApp();
  await page.getByRole('button', { name: 'Bình luận', exact: true }).click();
  await expect(tab(page, 'Chờ duyệt (2)')).toBeVisible();
  await expect(tab(page, 'Bị báo cáo (0)')).toBeVisible();

  await page.getByRole('button', { name: 'Cài đặt' }).click();
  const settings = page.getByRole('dialog', { name: 'Cài đặt' });
  await settings.getByRole('textbox', { name: 'Tên người duyệt' }).fill('Thu Hà');
  await settings.getByRole('textbox', { name: 'Tên người duyệt' }).press('Enter');
  await expect.poll(async () => (await newsdesk.call('settings.get', {})).moderatorName).toBe('Thu Hà');
  await settings.getByRole('checkbox', { name: 'Tự động từ chối bình luận có từ cấm' }).check();
  await expect.poll(async () => (await newsdesk.call('settings.get', {})).autoRejectBanned).toBe(true);
  await settings.getByRole('checkbox', { name: 'Tự động từ chối bình luận có từ cấm' }).uncheck();
  await expect.poll(async () => (await newsdesk.call('settings.get', {})).autoRejectBanned).toBe(false);
  await settings.getByRole('textbox', { name: 'Từ cấm', exact: true }).fill('ngu ngốc\n');
  await settings.getByRole('button', { name: 'Lưu danh sách Từ cấm' }).click();
  await expect(settings.getByText('1 bình luận được đánh dấu lại', { exact: false })).toBeVisible();
  await settings.getByRole('button', { name: 'Đóng' }).click();

  await expect(tab(page, 'Chờ duyệt (1)')).toBeVisible();
  await tab(page, 'Bị báo cáo (1)').click();
  await expect(card(page, 'Bạn đọc 1').locator('mark')).toHaveText('ngu ngốc');
  expect((await newsdesk.call('comments.wordLists', {})).banned).toEqual(['ngu ngốc']);

  // Từ cần xem xét from a text file: one entry a line, # for comments; a line that cannot be an entry is reported.
  await page.getByRole('button', { name: 'Cài đặt' }).click();
  const chooser = page.waitForEvent('filechooser');
  await settings.getByRole('button', { name: 'Nhập Từ cần xem xét từ tệp' }).click();
  await (await chooser).setFiles({ name: 'tu-can-xem-xet.txt', mimeType: 'text/plain', buffer: Buffer.from('# Danh sách thử\ncông viên\n!!!\n') });
  await expect(settings.getByText('Đã thêm 1 mục', { exact: false })).toBeVisible();
  await expect(settings.getByRole('list', { name: 'Dòng không nhập được' })).toContainText('Dòng 3:');
  await expect(settings.getByRole('textbox', { name: 'Từ cần xem xét', exact: true })).toHaveValue(/công viên/);
  await settings.getByRole('button', { name: 'Đóng' }).click();
  await tab(page, /^Chờ duyệt/).click();
  await expect(card(page, 'Bạn đọc 2').getByRole('list', { name: 'Lý do cần xem' })).toContainText('Từ cần xem xét: “công viên”');
});

test('the filters narrow the queues, and "Từ chối tất cả của người này" rejects every waiting comment by the author', async ({ page, openApp, newsdesk }) => {
  await newsdesk.call('articles.create', { fields: { headline: 'Quận 3 khánh thành công viên mới' } });
  await importComments(newsdesk, [
    portalComment(1, { author: 'Minh Tú', email: 'tu@example.vn', created_at: '2026-11-01T03:00:00Z', body: 'Công viên còn thiếu ghế đá.' }),
    portalComment(2, { author: 'Lan Anh', email: '', body: 'Đường Nguyễn Đình Chiểu ngập sau mưa.', article_title: 'Chống ngập ở Quận 3', article_url: 'https://baoquan3.vn/tin/chong-ngap' }),
    portalComment(3, { author: 'Minh Tú', email: 'tu@example.vn', body: 'Cảm ơn phường.' }),
    portalComment(4, { author: 'Khách', email: 'tu@example.vn', body: 'Đồng ý với ý kiến trên.' }),
  ]);
  await openApp();
  await page.getByRole('button', { name: 'Bình luận', exact: true }).click();
  await expect(tab(page, 'Chờ duyệt (4)')).toBeVisible();

  // Ctrl+F goes to Tìm bình luận, which ignores accents and case.
  const search = page.getByRole('searchbox', { name: 'Tìm bình luận' });
  await page.keyboard.press('Control+f');
  await expect(search).toBeFocused();
  await page.keyboard.type('duong nguyen dinh chieu');
  await expect(tab(page, 'Chờ duyệt (1)')).toBeVisible();
  await expect(card(page, 'Lan Anh')).toBeVisible();
  await search.press('Escape');
  await expect(tab(page, 'Chờ duyệt (4)')).toBeVisible();

  await page.getByRole('textbox', { name: 'Người viết' }).fill('minh tu');
  await expect(tab(page, 'Chờ duyệt (2)')).toBeVisible();
  await page.getByRole('textbox', { name: 'Người viết' }).fill('');
  await page.getByLabel('Từ ngày').fill('2026-11-15');
  await expect(tab(page, 'Chờ duyệt (3)')).toBeVisible();
  await page.getByLabel('Từ ngày').fill('');
  await expect(tab(page, 'Chờ duyệt (4)')).toBeVisible();

  // The headline of a local article filters by that article.
  await card(page, 'Minh Tú').getByRole('button', { name: 'Quận 3 khánh thành công viên mới' }).click();
  await expect(page.getByRole('search', { name: 'Lọc bình luận' }).getByText('Bài: Quận 3 khánh thành công viên mới')).toBeVisible();
  await expect(tab(page, 'Chờ duyệt (3)')).toBeVisible();
  await page.getByRole('button', { name: 'Bỏ lọc theo bài: Quận 3 khánh thành công viên mới' }).click();
  await expect(tab(page, 'Chờ duyệt (4)')).toBeVisible();

  // Same name or same email: comments 1, 3 and 4.
  await expect(card(page, 'Minh Tú')).toBeFocused();
  await page.getByRole('button', { name: 'Từ chối tất cả của người này', exact: true }).click();
  await expect(tab(page, 'Đã từ chối (3)')).toBeVisible();
  await expect(tab(page, 'Chờ duyệt (1)')).toBeVisible();
  await expect(card(page, 'Lan Anh')).toBeVisible();
  expect((await newsdesk.call('comments.list', { status: 'rejected' })).map((comment) => comment.externalId).sort()).toEqual(['bl-1', 'bl-3', 'bl-4']);
});

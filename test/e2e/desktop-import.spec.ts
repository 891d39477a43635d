// The desktop edition's File › Nhập, on the renderer's side. Electron cannot run here, so the page
// gets a stand-in for the preload's `window.newsdesk`: methods go to `newsdesk serve` over HTTP and
// the test pushes the events the main process would send (the main process's part is tested in
// test/unit/electron/main/main-process.test.ts).
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import type { ContractEvents } from '../../shared/api/contract';
import type { CallOutcome } from '../../shared/api/errors';
import type { ImportOutcome } from '../../shared/import/import-outcome';
import type { ImportedArticleSummary } from '../../shared/model/import';
import { test, expect, type NewsdeskServer } from './fixtures';
import { newsdeskPage } from './newsdesk-page';

const seedPath = fileURLToPath(new URL('../fixtures/import/seed-article.txt', import.meta.url));
const seedHeadline = 'Cần đầu tư, quan tâm hơn nữa để hỗ trợ các hội quần chúng hoạt động tốt hơn tại địa phương';

interface DesktopEvents {
  emit: (name: string, payload: unknown) => void;
  listenerCount: (name: string) => number;
}

/** Runs in the page before its scripts: a desktop bridge over the browser edition's HTTP API. */
function installDesktopBridge(token: string): void {
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const on = (name: string, listener: (payload: unknown) => void) => {
    const named = listeners.get(name) ?? new Set();
    named.add(listener);
    listeners.set(name, named);
    return () => {
      named.delete(listener);
    };
  };
  const call = (method: string) => async (args: unknown) => {
    const response = await fetch(`/api/${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-newsdesk-token': token },
      body: JSON.stringify(args),
    });
    return response.json();
  };
  const bridge = new Proxy({}, { get: (_target, name) => (name === 'on' ? on : typeof name === 'string' && name !== 'then' ? call(name) : undefined) });
  Object.defineProperty(window, 'newsdesk', { value: bridge });
  const events: DesktopEvents = {
    emit: (name, payload) => listeners.get(name)?.forEach((listener) => listener(payload)),
    listenerCount: (name) => listeners.get(name)?.size ?? 0,
  };
  Object.defineProperty(window, 'desktopEvents', { value: events });
}

async function openDesktopApp(page: Page, newsdesk: NewsdeskServer, openApp: (target?: Page) => Promise<Page>): Promise<void> {
  await page.addInitScript(installDesktopBridge, newsdesk.token);
  await openApp();
  await page.waitForFunction(() => (window as unknown as { desktopEvents: DesktopEvents }).desktopEvents.listenerCount('import.completed') === 1);
}

function emit<E extends keyof ContractEvents>(page: Page, name: E, payload: ContractEvents[E]): Promise<void> {
  return page.evaluate(([eventName, eventPayload]) => {
    (window as unknown as { desktopEvents: DesktopEvents }).desktopEvents.emit(eventName, eventPayload);
  }, [name, payload] as const);
}

/** What the main process does for one chosen file: one `import.files` call, its outcome as the import pipeline gives it. */
async function importAsMainWould(newsdesk: NewsdeskServer, name: string, bytes: Buffer): Promise<ImportOutcome> {
  const response = await fetch(`${newsdesk.origin}/api/import.files`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-newsdesk-token': newsdesk.token },
    body: JSON.stringify({ files: [{ name, data: bytes.toString('base64') }] }),
  });
  const outcome = (await response.json()) as CallOutcome<{ articles: ImportedArticleSummary[] }>;
  return outcome.ok
    ? { kind: 'imported', fileName: name, articles: outcome.value.articles }
    : { kind: 'failed', fileName: name, failure: { reason: 'rejected', error: outcome.error } };
}

test('desktop: the report of File › Nhập shows each file, the list refreshes, and Mở bài opens the article', async ({ page, openApp, newsdesk }) => {
  await openDesktopApp(page, newsdesk, openApp);
  const app = newsdeskPage(page);

  await emit(page, 'job.progress', { jobId: 'import:1', done: 0, total: 2, label: 'seed-article.txt' });
  await expect(page.getByRole('status').filter({ hasText: 'Đang nhập 1/2…' })).toBeVisible();

  const outcomes: ImportOutcome[] = [
    await importAsMainWould(newsdesk, 'seed-article.txt', await fs.readFile(seedPath)),
    await importAsMainWould(newsdesk, 'bai-hong.docx', Buffer.from('Đây không phải tệp Word, chỉ là văn bản thường.\n')),
    { kind: 'failed', fileName: 'qua-lon.txt', failure: { reason: 'too-large', sizeBytes: 60 * 1024 * 1024, limitBytes: 50 * 1024 * 1024 } },
    { kind: 'failed', fileName: 'da-xoa.txt', failure: { reason: 'unreadable', cause: 'missing', detail: 'ENOENT: no such file or directory' } },
  ];
  await emit(page, 'import.completed', { outcomes });

  const report = page.getByRole('dialog', { name: 'Kết quả nhập' });
  await expect(report).toBeVisible();
  await expect(report).toContainText('Đã nhập 1 tệp, 3 tệp không nhập được.');
  await expect(report.getByRole('region', { name: path.basename(seedPath) })).toContainText('(Thanhuytphcm.vn)');
  const failed = report.getByRole('region', { name: 'bai-hong.docx' });
  await expect(failed).toContainText('Không nhập được: bai-hong.docx');
  await expect(failed).toContainText('Không có tin bài nào được tạo từ tệp này.');
  await expect(report.getByRole('region', { name: 'qua-lon.txt' })).toContainText('Không nhập được: tệp lớn hơn 50 MB');
  await expect(report.getByRole('region', { name: 'da-xoa.txt' })).toContainText('Không nhập được: không tìm thấy tệp');
  await expect(page.getByRole('status').filter({ hasText: 'Đang nhập' })).toHaveCount(0);

  // The article was created behind the page's back: it is listed only because the page refreshed.
  await expect(app.articleList.getByRole('listitem').filter({ hasText: seedHeadline })).toHaveCount(1);

  await report.getByRole('region', { name: 'seed-article.txt' }).getByRole('button', { name: 'Mở bài' }).click();
  await expect(report).toBeHidden();
  await expect(app.headline).toHaveValue(seedHeadline);
  await expect(app.sourcePrefix).toHaveValue('(Thanhuytphcm.vn)');
});

// Regression: the page answered File › Nhập by clicking its hidden file input, which Chromium
// refuses in Electron (no click in the page): the main process now shows the dialog.
test('desktop: a File › Nhập command from the menu no longer opens the page’s file picker', async ({ page, openApp, newsdesk }) => {
  await openDesktopApp(page, newsdesk, openApp);
  const chooserOpened = page.waitForEvent('filechooser', { timeout: 1_500 }).then(
    () => true,
    () => false,
  );
  await emit(page, 'menu.command', { command: 'import' });
  expect(await chooserOpened).toBe(false);
});

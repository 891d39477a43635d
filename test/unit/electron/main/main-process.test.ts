// The main process's wiring, run against a stand-in for `electron` (fake-electron.ts) and the real
// backend: Electron itself cannot run on the development machines (architecture.md).
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { rendererMethodNames, type ContractEvents } from '../../../../shared/api/contract';
import type { CallOutcome } from '../../../../shared/api/errors';
import { importLimits } from '../../../../shared/model/import';
import { openBackend } from '../../../../electron/backend/backend';
import { BrowserWindow, app, fakeEvent, fakeState } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

/** Methods whose calls the backend answers only after a pause, like a slow disk would. */
const slowMethods = vi.hoisted(() => new Set<string>());
/** The names of the files each `import.files` call carried, in order. */
const importedFileNames = vi.hoisted(() => [] as string[][]);
vi.mock('../../../../electron/backend/backend', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../../electron/backend/backend')>();
  return {
    ...original,
    openBackend: (options: Parameters<typeof original.openBackend>[0]) => {
      const backend = original.openBackend(options);
      const observe = async (method: string, args: unknown) => {
        if (slowMethods.has(method)) await new Promise((resolve) => setTimeout(resolve, 100));
        if (method === 'import.files') importedFileNames.push((args as { files: Array<{ name: string }> }).files.map((file) => file.name));
      };
      return {
        ...backend,
        call: (async (method: string, args: unknown) => {
          await observe(method, args);
          return backend.call(method as never, args as never);
        }) as typeof backend.call,
        callFromTransport: async (method: string, args: unknown) => {
          await observe(method, args);
          return backend.callFromTransport(method, args);
        },
      };
    },
  };
});

/** Every path opened through node:fs/promises' open (how the import reads a chosen file). */
const readPaths = vi.hoisted(() => [] as string[]);
vi.mock('node:fs/promises', async (importOriginal) => {
  const original = await importOriginal<typeof import('node:fs/promises')>();
  const open = ((...args: Parameters<typeof original.open>) => {
    readPaths.push(String(args[0]));
    return original.open(...args);
  }) as typeof original.open;
  return { ...original, default: { ...original, open }, open };
});

const onePixelPng =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

let temporaryFolder = '';
let window: BrowserWindow;

interface SenderOverrides {
  webContentsId?: number;
  frameUrl?: string;
  isSubframe?: boolean;
  noFrame?: boolean;
}

function invoke(method: string, args: unknown, overrides: SenderOverrides = {}): Promise<CallOutcome<unknown>> {
  const handler = fakeState.ipcHandlers.get(`newsdesk:${method}`);
  if (!handler) throw new Error(`no IPC handler for ${method}`);
  const frame = overrides.noFrame
    ? null
    : { url: overrides.frameUrl ?? 'app://newsdesk/index.html', parent: overrides.isSubframe ? {} : null };
  const event = { sender: { id: overrides.webContentsId ?? window.webContents.id }, senderFrame: frame };
  return Promise.resolve(handler(event, args) as CallOutcome<unknown>);
}

async function request(url: string): Promise<Response> {
  const scheme = url.slice(0, url.indexOf(':'));
  const handler = fakeState.protocolHandlers.get(scheme);
  if (!handler) throw new Error(`no protocol handler for ${scheme}`);
  return handler(new Request(url));
}

const seedArticle = path.resolve(import.meta.dirname, '../../../fixtures/import/seed-article.txt');
const seedHeadline = 'Cần đầu tư, quan tâm hơn nữa để hỗ trợ các hội quần chúng hoạt động tốt hơn tại địa phương';

type SentEvent = [channel: string, name: string, payload: unknown];

/** The contract events named `name` that the page received after the first `from` messages. */
function eventsSince(from: number, name: string): unknown[] {
  return (window.webContents.sent.slice(from) as SentEvent[])
    .filter(([channel, eventName]) => channel === 'newsdesk:event' && eventName === name)
    .map(([, , payload]) => payload);
}

/** A folder of files to choose in File › Nhập's dialog. */
function chosenFolder(name: string): string {
  const folder = path.join(temporaryFolder, name);
  mkdirSync(folder, { recursive: true });
  return folder;
}

async function articleCount(): Promise<number> {
  const listed = await invoke('articles.list', {});
  if (!listed.ok) throw new Error(`articles.list failed: ${listed.error.message}`);
  return (listed.value as unknown[]).length;
}

function menuItem(label: string): MenuItemConstructorOptions {
  const top = (fakeState.applicationMenu?.template ?? []) as MenuItemConstructorOptions[];
  for (const entry of top) {
    const found = ((entry.submenu ?? []) as MenuItemConstructorOptions[]).find((item) => item.label === label);
    if (found) return found;
  }
  throw new Error(`no menu item "${label}"`);
}

beforeAll(async () => {
  temporaryFolder = mkdtempSync(path.join(tmpdir(), 'newsdesk-main-'));
  const appPath = path.join(temporaryFolder, 'app');
  const rendererRoot = path.join(appPath, 'renderer', 'dist');
  mkdirSync(path.join(rendererRoot, 'assets'), { recursive: true });
  writeFileSync(path.join(rendererRoot, 'index.html'), '<!doctype html><title>Newsdesk</title>');
  writeFileSync(path.join(rendererRoot, 'assets', 'app.js'), 'export {};');
  writeFileSync(path.join(appPath, 'renderer', 'secret.txt'), 'outside the renderer folder');
  fakeState.appPath = appPath;
  fakeState.userDataPath = path.join(temporaryFolder, 'user-data');
  delete process.env.NEWSDESK_DB;
  delete process.env.NEWSDESK_USER_DATA;

  await import('../../../../electron/main/main');
  await vi.waitFor(() => {
    if (fakeState.errorBoxes.length > 0) throw new Error(`main failed to start: ${fakeState.errorBoxes[0]!.content}`);
    expect(BrowserWindow.created).toHaveLength(1);
  });
  window = BrowserWindow.created[0]!;
});

afterAll(() => {
  if (temporaryFolder) rmSync(temporaryFolder, { recursive: true, force: true });
});

describe('the Electron main process', () => {
  it('registers app:// and newsdesk-media:// as standard, secure schemes', () => {
    const schemes = Object.fromEntries(fakeState.privilegedSchemes.map((entry) => [entry.scheme, entry.privileges]));
    expect(schemes.app).toMatchObject({ standard: true, secure: true });
    expect(schemes['newsdesk-media']).toMatchObject({ standard: true, secure: true });
    expect(schemes.app?.bypassCSP).toBeFalsy();
  });

  it('opens one isolated, sandboxed window on app://newsdesk with the bundled preload', () => {
    expect(window.loadedUrl).toBe('app://newsdesk/index.html');
    expect(window.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      preload: path.join(fakeState.appPath, 'electron', 'dist', 'preload.cjs'),
    });
  });

  it('serves the renderer with the CSP header on every response, and nothing outside its folder', async () => {
    const page = await request('app://newsdesk/index.html');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(page.headers.get('content-security-policy')).toContain('newsdesk-media:');
    expect(await page.text()).toContain('<title>Newsdesk</title>');

    const script = await request('app://newsdesk/assets/app.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');

    for (const url of ['app://newsdesk/../secret.txt', 'app://newsdesk/%2e%2e%2fsecret.txt', 'app://newsdesk/missing.js', 'app://other/index.html']) {
      const response = await request(url);
      expect(response.status, url).toBe(404);
      expect(response.headers.get('content-security-policy'), url).toContain("default-src 'none'");
    }
    expect((await request('app://newsdesk/assets')).status).toBe(404);
  });

  it('binds exactly one IPC channel per method the page may call, and no other', () => {
    expect([...fakeState.ipcHandlers.keys()].sort()).toEqual(rendererMethodNames.map((name) => `newsdesk:${name}`).sort());
  });

  it('answers its own page, with the database in the user data folder', async () => {
    const outcome = await invoke('app.info', {});
    expect(outcome).toMatchObject({
      ok: true,
      value: { version: '0.1.0-test', databasePath: path.join(fakeState.userDataPath, 'newsdesk.sqlite') },
    });
  });

  it('refuses and logs calls from other pages, frames and windows', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const refused = [
      { frameUrl: 'https://evil.example/' },
      { frameUrl: 'file:///tmp/index.html' },
      { frameUrl: 'app://other/index.html' },
      { isSubframe: true },
      { noFrame: true },
      { webContentsId: window.webContents.id + 1000 },
    ];
    for (const overrides of refused) {
      const outcome = await invoke('articles.list', {}, overrides);
      expect(outcome, JSON.stringify(overrides)).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    }
    expect(warn).toHaveBeenCalledTimes(refused.length);
    expect(warn).toHaveBeenCalledWith('newsdesk: refused articles.list from https://evil.example/');
    warn.mockRestore();
  });

  it('passes arguments to the backend, which validates them', async () => {
    const outcome = await invoke('articles.get', { id: 'not a number', extra: true });
    expect(outcome).toMatchObject({ ok: false, error: { code: 'invalid_argument' } });
  });

  it('serves stored images on newsdesk-media://media/<hash>', async () => {
    const stored = await invoke('media.put', { data: onePixelPng, fileName: 'diem-anh.png' });
    expect(stored.ok).toBe(true);
    const hash = (stored as { ok: true; value: { hash: string } }).value.hash;

    const image = await request(`newsdesk-media://media/${hash}`);
    expect(image.status).toBe(200);
    expect(image.headers.get('content-type')).toBe('image/png');
    expect(image.headers.get('x-content-type-options')).toBe('nosniff');
    expect(Buffer.from(await image.arrayBuffer()).equals(Buffer.from(onePixelPng, 'base64'))).toBe(true);

    expect((await request(`newsdesk-media://media/${'0'.repeat(64)}`)).status).toBe(404);
    expect((await request('newsdesk-media://media/not-a-hash')).status).toBe(404);
  });

  it('sends menu commands to the renderer, in the language of the settings', async () => {
    (menuItem('Bài mới').click as () => void)();
    expect(window.webContents.sent.at(-1)).toEqual(['newsdesk:event', 'menu.command', { command: 'new-article' }]);

    expect(await invoke('settings.update', { changes: { language: 'en' } })).toMatchObject({ ok: true });
    (menuItem('Save').click as () => void)();
    expect(window.webContents.sent.at(-1)).toEqual(['newsdesk:event', 'menu.command', { command: 'save' }]);

    expect(await invoke('settings.update', { changes: { language: 'vi' } })).toMatchObject({ ok: true });
    expect(menuItem('Lưu').accelerator).toBe('CmdOrCtrl+S');
  });

  // Sửa › Chèn ảnh… makes the page click its image file input, which Chromium allows only after a
  // user activation: the main process runs a script as a user gesture first.
  it('gives the page a user activation before asking it to open the image picker', async () => {
    const sentBefore = window.webContents.sent.length;
    (menuItem('Chèn ảnh…').click as () => void)();
    await vi.waitFor(() => expect(window.webContents.sent.length).toBe(sentBefore + 2));
    expect(window.webContents.sent.slice(sentBefore)).toEqual([
      ['executeJavaScript', 'undefined', true],
      ['newsdesk:event', 'menu.command', { command: 'insert-image' }],
    ]);
  });

  // Regression: File › Nhập once asked the page to click its hidden file input, which Chromium
  // refuses without a click in the page: in Electron the item did nothing.
  it('imports the files chosen in File › Nhập, one call each, and reports them all to the page', async () => {
    const folder = chosenFolder('chosen-files');
    const seed = path.join(folder, 'seed-article.txt');
    const notWord = path.join(folder, 'bai-hong.docx');
    copyFileSync(seedArticle, seed);
    writeFileSync(notWord, 'Đây không phải tệp Word, chỉ là văn bản thường.\n');
    const countBefore = await articleCount();
    const sentBefore = window.webContents.sent.length;
    importedFileNames.length = 0;
    fakeState.openDialogAnswer = [seed, notWord];

    (menuItem('Nhập…').click as () => void)();
    // Each file is read in a worker, whose first start loads the importer (seconds from the sources).
    await vi.waitFor(() => expect(eventsSince(sentBefore, 'import.completed')).toHaveLength(1), { timeout: 30_000 });

    expect(fakeState.openDialogs.at(-1)).toEqual({
      window,
      options: {
        title: 'Nhập tin bài',
        properties: ['openFile', 'multiSelections'],
        filters: [{ name: 'Bài viết', extensions: ['txt', 'text', 'html', 'htm', 'xhtml', 'docx'] }],
      },
    });
    expect(importedFileNames).toEqual([['seed-article.txt'], ['bai-hong.docx']]);

    const [completed] = eventsSince(sentBefore, 'import.completed') as Array<ContractEvents['import.completed']>;
    expect(completed!.outcomes.map((outcome) => outcome.fileName)).toEqual(['seed-article.txt', 'bai-hong.docx']);
    const [seedOutcome, notWordOutcome] = completed!.outcomes;
    expect(seedOutcome).toMatchObject({ kind: 'imported', articles: [{ headline: seedHeadline, sourcePrefix: '(Thanhuytphcm.vn)', bylines: ['Hồng Ngọc'] }] });
    expect(notWordOutcome).toMatchObject({ kind: 'failed', failure: { reason: 'rejected', error: { code: 'unsupported_media_type', where: 'bai-hong.docx', reason: 'import-content-mismatch', params: { fileName: 'bai-hong.docx', format: 'docx', content: 'text' } } } });
    expect(notWordOutcome!.kind === 'failed' && notWordOutcome!.failure.reason === 'rejected' && notWordOutcome!.failure.error.message).toContain('bai-hong.docx');

    const importedId = seedOutcome!.kind === 'imported' ? seedOutcome!.articles[0]!.id : -1;
    expect(await invoke('articles.get', { id: importedId })).toMatchObject({ ok: true, value: { headline: seedHeadline } });
    expect(await articleCount()).toBe(countBefore + 1);

    const progress = eventsSince(sentBefore, 'job.progress') as Array<{ jobId: string; done: number; total: number; label: string }>;
    expect(progress.map(({ done, total, label }) => ({ done, total, label }))).toEqual([
      { done: 0, total: 2, label: 'seed-article.txt' },
      { done: 1, total: 2, label: 'bai-hong.docx' },
      { done: 2, total: 2, label: '' },
    ]);
    expect(new Set(progress.map((event) => event.jobId)).size).toBe(1);
    expect(progress[0]!.jobId).toMatch(/^import:/);
    expect(eventsSince(sentBefore, 'menu.command')).toEqual([]);
  });

  it('imports nothing when the dialog is cancelled', async () => {
    const countBefore = await articleCount();
    const sentBefore = window.webContents.sent.length;
    const dialogsBefore = fakeState.openDialogs.length;
    importedFileNames.length = 0;
    fakeState.openDialogAnswer = null;

    (menuItem('Nhập…').click as () => void)();
    await vi.waitFor(() => expect(fakeState.openDialogs).toHaveLength(dialogsBefore + 1));
    await new Promise((resolve) => setTimeout(resolve, 200));

    expect(importedFileNames).toEqual([]);
    expect(window.webContents.sent.slice(sentBefore)).toEqual([]);
    expect(await articleCount()).toBe(countBefore);
  });

  it('refuses a file over the import limit without reading it, and imports the others', async () => {
    const folder = chosenFolder('oversized');
    const oversized = path.join(folder, 'qua-lon.txt');
    writeFileSync(oversized, '');
    truncateSync(oversized, importLimits.fileBytes + 1);
    const seed = path.join(folder, 'seed-article.txt');
    copyFileSync(seedArticle, seed);
    const sentBefore = window.webContents.sent.length;
    importedFileNames.length = 0;
    readPaths.length = 0;
    fakeState.openDialogAnswer = [oversized, seed];

    (menuItem('Nhập…').click as () => void)();
    // Each file is read in a worker, whose first start loads the importer (seconds from the sources).
    await vi.waitFor(() => expect(eventsSince(sentBefore, 'import.completed')).toHaveLength(1), { timeout: 30_000 });

    const [completed] = eventsSince(sentBefore, 'import.completed') as Array<ContractEvents['import.completed']>;
    expect(completed!.outcomes).toEqual([
      { kind: 'failed', fileName: 'qua-lon.txt', failure: { reason: 'too-large', sizeBytes: importLimits.fileBytes + 1, limitBytes: importLimits.fileBytes } },
      expect.objectContaining({ kind: 'imported', fileName: 'seed-article.txt' }),
    ]);
    expect(importedFileNames).toEqual([['seed-article.txt']]);
    expect(readPaths).toEqual([seed]);
  });

  it('shows the version and the database path in the About box', async () => {
    (menuItem('Giới thiệu Newsdesk').click as () => void)();
    await vi.waitFor(() => expect(fakeState.messageBoxes.length).toBeGreaterThan(0));
    const about = fakeState.messageBoxes.at(-1) as { detail: string };
    expect(about.detail).toContain('0.1.0-test');
    expect(about.detail).toContain(path.join(fakeState.userDataPath, 'newsdesk.sqlite'));
  });

  it('denies navigation, webviews and new windows; opens allowed web links in the system browser', () => {
    for (const name of ['will-navigate', 'will-frame-navigate', 'will-redirect', 'will-attach-webview']) {
      const event = fakeEvent({ url: 'https://example.com/' });
      window.webContents.emit(name, event);
      expect(event.defaultPrevented, name).toBe(true);
    }
    const openWindow = window.webContents.windowOpenHandler!;
    expect(openWindow({ url: 'https://thanhuytphcm.vn/tin' })).toEqual({ action: 'deny' });
    expect(openWindow({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    expect(openWindow({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(fakeState.openedExternally).toEqual(['https://thanhuytphcm.vn/tin']);
  });

  it('denies permissions, except clipboard writing by its own page, and cancels web requests', () => {
    const requested = (permission: string, requestingUrl: string) => {
      let answer: boolean | undefined;
      const handler = fakeState.permissionRequestHandler as unknown as (...args: unknown[]) => void;
      handler(null, permission, (granted: boolean) => (answer = granted), { requestingUrl });
      return answer;
    };
    expect(requested('media', 'app://newsdesk/index.html')).toBe(false);
    expect(requested('notifications', 'app://newsdesk/index.html')).toBe(false);
    expect(requested('clipboard-sanitized-write', 'app://newsdesk/index.html')).toBe(true);
    expect(requested('clipboard-sanitized-write', 'https://evil.example/')).toBe(false);

    const checked = fakeState.permissionCheckHandler as unknown as (...args: unknown[]) => boolean;
    expect(checked(null, 'geolocation', 'app://newsdesk')).toBe(false);
    expect(checked(null, 'clipboard-sanitized-write', 'app://newsdesk')).toBe(true);
    expect(fakeState.beforeRequestFilter?.urls).toEqual(expect.arrayContaining(['http://*/*', 'https://*/*']));
  });

  it('focuses its window when Newsdesk is started a second time', () => {
    const focus = vi.spyOn(window, 'focus');
    app.emit('second-instance', fakeEvent(), [], '/');
    expect(focus).toHaveBeenCalledOnce();
    expect(BrowserWindow.created).toHaveLength(1);
    focus.mockRestore();
  });

  it('when the page blocks closing for a pending save, waits for the save and closes again', async () => {
    const close = vi.spyOn(window, 'close').mockImplementation(() => {});
    const boxesBefore = fakeState.messageBoxes.length;
    const first = fakeEvent();
    window.webContents.emit('will-prevent-unload', first);
    expect(first.defaultPrevented).toBe(false);
    await vi.waitFor(() => expect(close).toHaveBeenCalledOnce());
    expect(fakeState.messageBoxes.length).toBe(boxesBefore);
    close.mockRestore();
  });

  it('asks before dropping text the page still could not save', () => {
    const askedAgain = fakeEvent();
    window.webContents.emit('will-prevent-unload', askedAgain);
    const question = fakeState.messageBoxes.at(-1) as { message: string; buttons: string[] };
    expect(question.message).toBe('Bài viết còn thay đổi chưa lưu.');
    expect(question.buttons).toEqual(['Vẫn đóng', 'Ở lại']);
    expect(askedAgain.defaultPrevented).toBe(true);
  });

  it('keeps the window when the person chooses to stay', async () => {
    const close = vi.spyOn(window, 'close').mockImplementation(() => {});
    window.webContents.emit('will-prevent-unload', fakeEvent());
    await vi.waitFor(() => expect(close).toHaveBeenCalledOnce());
    close.mockRestore();
    fakeState.messageBoxAnswer = 1;
    const stayed = fakeEvent();
    window.webContents.emit('will-prevent-unload', stayed);
    fakeState.messageBoxAnswer = 0;
    expect(stayed.defaultPrevented).toBe(false);
    expect(window.destroyed).toBe(false);
  });

  it('on quit, lets the closing page save, then closes the database', async () => {
    slowMethods.add('articles.create');
    let lastSave: Promise<CallOutcome<unknown>> | null = null;
    window.beforeUnload = () => {
      lastSave = invoke('articles.create', { fields: { headline: 'Tin cuối trước khi đóng' } });
    };
    app.quit();
    await vi.waitFor(() => expect(fakeState.quitFinished).toBe(true));

    expect(window.destroyed).toBe(true);
    expect(await lastSave).toMatchObject({ ok: true });
    expect(await invoke('articles.list', {})).toMatchObject({ ok: false, error: { code: 'storage' } });

    const reopened = openBackend({ databasePath: path.join(fakeState.userDataPath, 'newsdesk.sqlite') });
    try {
      const listed = await reopened.callFromTransport('articles.list', {});
      expect(listed).toMatchObject({ ok: true, value: expect.arrayContaining([expect.objectContaining({ headline: 'Tin cuối trước khi đóng' })]) });
    } finally {
      reopened.close();
    }
  });
});

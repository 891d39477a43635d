// Smoke test of the desktop app with Playwright's _electron. It runs where an Electron binary exists
// (ELECTRON_OVERRIDE_DIST_PATH, or one that electron's installer downloaded) and a display is
// available; elsewhere, as on the development machines, it reports itself skipped with the reason.
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { methodNames } from '../../shared/api/contract';
import type { DesktopBridge } from '../../shared/api/bridge';
import {
  describeMissingElectronBinary,
  findElectronBinary,
  hasElectronNativeBinding,
  repositoryRoot,
} from '../../electron/tools/electron-environment.mjs';

const binary = findElectronBinary();
const hasDisplay = process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

function reasonToSkip(): string | null {
  if (binary === null) {
    return (
      `no Electron binary: ${describeMissingElectronBinary()} ` +
      'Set ELECTRON_OVERRIDE_DIST_PATH to an unpacked Electron, or run `npm start` once on a machine with internet access.'
    );
  }
  if (!hasDisplay) return 'Electron needs a display and there is none (no DISPLAY or WAYLAND_DISPLAY); run the tests under xvfb-run.';
  return null;
}

const skipReason = reasonToSkip();

function runNodeScript(script: string, scriptArguments: string[] = []): void {
  const result = spawnSync(process.execPath, [path.join(repositoryRoot, script), ...scriptArguments], {
    cwd: repositoryRoot,
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error(`${script} ${scriptArguments.join(' ')} failed with exit code ${result.status}.`);
}

function buildRenderer(): void {
  const npmCli = process.env.npm_execpath;
  if (npmCli) {
    const built = spawnSync(process.execPath, [npmCli, 'run', 'build:renderer'], { cwd: repositoryRoot, stdio: 'inherit' });
    if (built.status !== 0) throw new Error('npm run build:renderer failed.');
  } else {
    runNodeScript('node_modules/vite/bin/vite.js', ['build', '--config', 'renderer/vite.config.ts']);
  }
}

test.describe('desktop app (Electron)', () => {
  // Set by beforeAll; the tests run only when it did not skip.
  let application: ElectronApplication | undefined;
  let page: Page;
  let userDataFolder = '';

  test.beforeAll(async () => {
    if (skipReason !== null) {
      // Printed as well, so that the reason shows in the test output and not only in reports.
      console.log(`Electron smoke test skipped: ${skipReason}`);
      test.skip(true, skipReason);
    }
    test.setTimeout(20 * 60_000);
    // Under `npm run test:e2e`, run-e2e.mjs has just built renderer/dist: it is not built twice.
    if (process.env.NEWSDESK_E2E_RENDERER_BUILT !== '1') buildRenderer();
    runNodeScript('electron/tools/build-electron.mjs');
    // The Electron build of better-sqlite3; without it the app cannot open its database.
    if (!hasElectronNativeBinding()) runNodeScript('electron/tools/build-native-for-electron.mjs');

    userDataFolder = mkdtempSync(path.join(tmpdir(), 'newsdesk-electron-'));
    const environment: Record<string, string> = {};
    for (const [name, value] of Object.entries(process.env)) {
      if (value !== undefined && name !== 'NEWSDESK_DB' && name !== 'ELECTRON_RUN_AS_NODE') environment[name] = value;
    }
    environment.NEWSDESK_USER_DATA = userDataFolder;
    application = await electron.launch({
      executablePath: binary!.path,
      args: [repositoryRoot],
      cwd: repositoryRoot,
      env: environment,
    });
    page = await application.firstWindow();
    await page.waitForLoadState('domcontentloaded');
  });

  test.afterAll(async () => {
    await application?.close();
    if (userDataFolder) rmSync(userDataFolder, { recursive: true, force: true });
  });

  test('opens its window on app://newsdesk, never a file:// URL', async () => {
    expect(page.url()).toBe('app://newsdesk/index.html');
    const urls = await application!.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().map((window) => window.webContents.getURL()));
    expect(urls).toEqual(['app://newsdesk/index.html']);
  });

  test('exposes exactly the contract methods and on() as window.newsdesk, and no Node', async () => {
    const bridgeKeys = await page.evaluate(() => Object.keys((window as unknown as { newsdesk?: object }).newsdesk ?? {}).sort());
    expect(bridgeKeys).toEqual([...methodNames, 'on'].sort());
    expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
    expect(await page.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe('undefined');
  });

  test('keeps the database in the user data folder (app.info)', async () => {
    const info = await page.evaluate(() => (window as unknown as { newsdesk: DesktopBridge }).newsdesk['app.info']({}));
    expect(info).toMatchObject({ ok: true, value: { databasePath: path.join(userDataFolder, 'newsdesk.sqlite') } });
  });

  test('sends the strict Content-Security-Policy with the renderer', async () => {
    const policy = await application!.evaluate(async ({ net }) => {
      const response = await net.fetch('app://newsdesk/index.html');
      return response.headers.get('content-security-policy');
    });
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toContain('unsafe-eval');
  });

  test('denies new windows and has the Vietnamese menu', async () => {
    expect(await page.evaluate(() => window.open('https://example.com/') === null)).toBe(true);
    expect(await application!.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
    const menu = await application!.evaluate(({ Menu }) => Menu.getApplicationMenu()?.items.map((item) => item.label) ?? []);
    expect(menu).toEqual(expect.arrayContaining(['Tệp', 'Sửa', 'Xem', 'Trợ giúp']));
  });
});

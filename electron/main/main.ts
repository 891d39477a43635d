import { app, BrowserWindow, dialog, Menu, session } from 'electron';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { MenuCommand } from '../../shared/api/contract';
import { settingsSchema, type Language } from '../../shared/model/settings';
import { openRestorableBackend } from '../backend/restorable-backend';
import type { Backend, OpenBackendOptions } from '../backend/backend-types';
import { aboutDetail } from './about-text';
import { createAppWindow } from './app-window';
import {
  databasePathFor,
  electronNativeBindingPath,
  preloadPathFor,
  rendererRootFor,
} from './app-locations';
import { importThroughDialog } from './import-through-dialog';
import { bindContractToIpc, sendEvent, waitForPendingCalls } from './ipc';
import { menuLabelsFor } from './menu-labels';
import { buildMenuTemplate } from './menu-template';
import { handleAppProtocol, handleMediaProtocol, registerPrivilegedSchemes } from './protocols';
import { cancelQuit, installQuitFlow } from './quit-flow';
import { guardSession } from './session-guards';
import { databaseOpenFailureMessage, rendererMissingMessage } from './startup-errors';
import { guardWebContents } from './web-contents-guards';

// Everything up to the single-instance lock runs before `ready`, as Electron requires.
const userDataOverride = process.env.NEWSDESK_USER_DATA?.trim();
if (userDataOverride) app.setPath('userData', path.resolve(userDataOverride));
registerPrivilegedSchemes();

if (app.requestSingleInstanceLock()) {
  runApplication();
} else {
  // Another Newsdesk owns this user data folder; it gets focused through 'second-instance'.
  app.quit();
}

function runApplication(): void {
  const appPath = app.getAppPath();
  let backend: Backend | null = null;
  let mainWindow: BrowserWindow | null = null;
  let trustedWebContentsId: number | null = null;
  let language: Language = 'vi';

  app.setAppUserModelId('vn.newsdesk.app');
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents));
  app.on('second-instance', () => {
    // On macOS the app can be running with its window closed: a second launch opens it again.
    if (mainWindow === null && backend !== null) openWindow();
    else focusWindow(mainWindow);
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  installQuitFlow(closeBackend);
  app.on('quit', closeBackend);

  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => failToStart('Newsdesk', `Newsdesk could not start: ${describe(error)}`));

  async function start(): Promise<void> {
    const rendererRoot = rendererRootFor(appPath);
    if (!existsSync(path.join(rendererRoot, 'index.html'))) {
      failToStart('Newsdesk', rendererMissingMessage(rendererRoot));
      return;
    }
    const opened = await openDesktopBackend();
    if (opened === null) return;
    backend = opened;

    guardSession(session.defaultSession);
    handleAppProtocol(rendererRoot);
    handleMediaProtocol(() => backend);
    bindContractToIpc({
      backend: opened,
      getTrustedWebContentsId: () => trustedWebContentsId,
      onCallSettled: (method, outcome) => {
        if (method !== 'settings.update' || !outcome.ok) return;
        const settings = settingsSchema.safeParse(outcome.value);
        if (settings.success && settings.data.language !== language) {
          language = settings.data.language;
          installMenu();
        }
      },
    });

    language = await readLanguage(opened);
    installMenu();
    openWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) openWindow();
    });
  }

  async function openDesktopBackend(): Promise<Backend | null> {
    const databasePath = databasePathFor(app.getPath('userData'), process.env);
    const nativeBinding = electronNativeBindingPath({
      isPackaged: app.isPackaged,
      appPath,
      resourcesPath: process.resourcesPath,
    });
    const options: OpenBackendOptions = { databasePath, appVersion: app.getVersion() };
    // Without the Electron build, better-sqlite3 falls back to node_modules, which only loads if it
    // was rebuilt for Electron; the error message then says how to build the separate binding.
    if (existsSync(nativeBinding)) options.nativeBinding = nativeBinding;
    let opened: Backend;
    try {
      // A damaged database does not stop the app: the window shows the problem and offers
      // "Khôi phục từ bản sao lưu" (database.status / database.restore); no restart loop.
      opened = openRestorableBackend({ ...options, autoBackups: true, backgroundChecks: true });
    } catch (error) {
      failToStart('Newsdesk không mở được cơ sở dữ liệu', databaseOpenFailureMessage(error, databasePath, nativeBinding));
      return null;
    }
    const status = await opened.call('database.status', {});
    if (status.state === 'unavailable' && !status.damaged) {
      // Not damage (permissions, a newer Newsdesk, the native module): a backup would not help.
      opened.close();
      const reason = status.error?.reason ?? '';
      failToStart('Newsdesk không mở được cơ sở dữ liệu', databaseOpenFailureMessage(new Error(status.error?.message ?? 'unknown'), databasePath, nativeBinding, reason));
      return null;
    }
    if (status.state === 'unavailable') console.error(`newsdesk: ${status.error?.message ?? 'the database is damaged'} The window offers the restore.`);
    return opened;
  }

  function openWindow(): void {
    const labels = () => menuLabelsFor(language);
    const window = createAppWindow({
      preloadPath: preloadPathFor(appPath),
      waitForPendingSaves: () => waitForPendingCalls(3_000),
      confirmLeaveWithUnsavedChanges: (owner) => {
        const choice = dialog.showMessageBoxSync(owner, {
          type: 'warning',
          message: labels().unsavedChangesMessage,
          detail: labels().unsavedChangesDetail,
          buttons: [labels().leave, labels().stay],
          defaultId: 1,
          cancelId: 1,
          noLink: true,
        });
        if (choice !== 0) cancelQuit();
        return choice === 0;
      },
    });
    mainWindow = window;
    trustedWebContentsId = window.webContents.id;
    window.on('closed', () => {
      if (mainWindow === window) mainWindow = null;
    });
  }

  function installMenu(): void {
    const template = buildMenuTemplate({
      labels: menuLabelsFor(language),
      isDevelopment: !app.isPackaged,
      platform: process.platform,
      sendCommand: (command: MenuCommand) => void sendMenuCommand(command),
      importFiles: () => void importFiles(),
      showAbout: () => void showAbout(),
    });
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  }

  async function sendMenuCommand(command: MenuCommand): Promise<void> {
    const window = mainWindow;
    // Sửa › Chèn ảnh… opens the page's image picker, which Chromium allows only after a user
    // activation, and a menu click is none: a script run as a user gesture gives the page one first.
    if (command === 'insert-image' && window !== null && !window.isDestroyed()) {
      await window.webContents.executeJavaScript('undefined', true).catch(() => undefined);
    }
    sendEvent(window, 'menu.command', { command });
  }

  async function importFiles(): Promise<void> {
    const window = mainWindow;
    const open = backend;
    // The report goes to the window's page: with no window (macOS), there is nowhere to show it.
    if (window === null || window.isDestroyed() || open === null) return;
    try {
      await importThroughDialog({
        window,
        labels: menuLabelsFor(language),
        backend: open,
        sendEvent: (name, payload) => sendEvent(window, name, payload),
      });
    } catch (error) {
      console.error('newsdesk: File › Nhập failed:', error);
    }
  }

  async function showAbout(): Promise<void> {
    const labels = menuLabelsFor(language);
    let detail: string;
    try {
      if (backend === null) throw new Error('backend closed');
      detail = aboutDetail(await backend.call('app.info', {}), labels);
    } catch (error) {
      detail = `${labels.aboutUnavailable}: ${describe(error)}`;
    }
    const options = { type: 'info' as const, title: labels.about, message: 'Newsdesk', detail, buttons: [labels.close] };
    if (mainWindow && !mainWindow.isDestroyed()) await dialog.showMessageBox(mainWindow, options);
    else await dialog.showMessageBox(options);
  }

  function closeBackend(): void {
    const open = backend;
    backend = null;
    open?.close();
  }
}

async function readLanguage(backend: Backend): Promise<Language> {
  try {
    return (await backend.call('settings.get', {})).language;
  } catch {
    return 'vi';
  }
}

function focusWindow(window: BrowserWindow | null): void {
  if (window === null || window.isDestroyed()) return;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}

function failToStart(title: string, message: string): void {
  console.error(`newsdesk: ${message}`);
  dialog.showErrorBox(title, message);
  app.exit(1);
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

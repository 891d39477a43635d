import { BrowserWindow } from 'electron';
import { appEntryUrl } from './app-origin';

export interface AppWindowOptions {
  /** The bundled CommonJS preload (sandboxed preloads cannot be ES modules). */
  preloadPath: string;
  /** Asked when the page wants to keep the window open (unsaved text); true lets it close. */
  confirmLeaveWithUnsavedChanges: (window: BrowserWindow) => boolean;
}

/** The editor window: isolated, sandboxed, no Node in the page, loaded from `app://newsdesk/`. */
export function createAppWindow(options: AppWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 800,
    minHeight: 560,
    show: false,
    title: 'Newsdesk',
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      // Chromium's spell checker downloads dictionaries from Google; Newsdesk stays offline.
      spellcheck: false,
    },
  });

  window.once('ready-to-show', () => window.show());
  window.webContents.on('will-prevent-unload', (event) => {
    if (options.confirmLeaveWithUnsavedChanges(window)) event.preventDefault();
  });
  window.webContents.on('render-process-gone', (_event, details) => {
    console.error(`newsdesk: the editor page stopped (${details.reason}, exit code ${details.exitCode}).`);
  });

  window.loadURL(appEntryUrl).catch((error: unknown) => {
    console.error(`newsdesk: could not load ${appEntryUrl}:`, error);
  });
  return window;
}

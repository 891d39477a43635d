import { BrowserWindow } from 'electron';
import { appEntryUrl } from './app-origin';

export interface AppWindowOptions {
  /** The bundled CommonJS preload (sandboxed preloads cannot be ES modules). */
  preloadPath: string;
  /** Resolves when the backend calls in progress (the page's last save) have finished. */
  waitForPendingSaves: () => Promise<void>;
  /** Asked when the page still has unsaved text after its saves finished; true closes it anyway. */
  confirmLeaveWithUnsavedChanges: (window: BrowserWindow) => boolean;
}

/** Lets the page's save, sent from its beforeunload handler, reach the backend before waiting for it. */
const saveArrivalDelayMilliseconds = 100;

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
  // The renderer blocks unloading while a save is pending, and starts that save in the same
  // handler. The first time, wait for the save and close again; ask the person only if the page
  // still has unsaved text then (the save failed).
  let closingAgainAfterSaves = false;
  window.webContents.on('will-prevent-unload', (event) => {
    if (!closingAgainAfterSaves) {
      closingAgainAfterSaves = true;
      void delay(saveArrivalDelayMilliseconds)
        .then(options.waitForPendingSaves)
        .then(() => {
          if (!window.isDestroyed()) window.close();
        });
      return;
    }
    closingAgainAfterSaves = false;
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

function delay(milliseconds: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, milliseconds));
}

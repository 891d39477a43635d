import { app, BrowserWindow } from 'electron';
import { waitForPendingCalls } from './ipc';

/** How long a window may take to run its beforeunload (the renderer's last save) before it is destroyed. */
const windowCloseTimeoutMilliseconds = 5_000;
/** How long the backend calls sent by closing pages may take to commit. */
const pendingCallsTimeoutMilliseconds = 3_000;

type QuitState = 'running' | 'closing' | 'finished';

let state: QuitState = 'running';
let cancelClosing: (() => void) | null = null;

/**
 * Quitting closes the windows first, so that each page saves from its beforeunload handler, waits
 * for those saves to commit, then closes the backend and lets the app quit.
 */
export function installQuitFlow(closeBackend: () => void): void {
  app.on('before-quit', (event) => {
    if (state === 'finished') return;
    event.preventDefault();
    if (state === 'closing') return;
    state = 'closing';
    void closeEverything(closeBackend);
  });
}

/** The person chose to stay in a page that asked to keep its unsaved text: quitting stops. */
export function cancelQuit(): void {
  cancelClosing?.();
}

async function closeEverything(closeBackend: () => void): Promise<void> {
  const allClosed = await closeWindows(BrowserWindow.getAllWindows());
  if (!allClosed) {
    state = 'running';
    return;
  }
  await waitForPendingCalls(pendingCallsTimeoutMilliseconds);
  try {
    closeBackend();
  } finally {
    state = 'finished';
    app.quit();
  }
}

function closeWindows(windows: BrowserWindow[]): Promise<boolean> {
  const open = windows.filter((window) => !window.isDestroyed());
  if (open.length === 0) return Promise.resolve(true);
  return new Promise<boolean>((resolve) => {
    let remaining = open.length;
    const timers: NodeJS.Timeout[] = [];
    const finish = (result: boolean) => {
      cancelClosing = null;
      for (const timer of timers) clearTimeout(timer);
      resolve(result);
    };
    cancelClosing = () => finish(false);
    for (const window of open) {
      window.once('closed', () => {
        remaining -= 1;
        if (remaining === 0) finish(true);
      });
      timers.push(
        setTimeout(() => {
          if (!window.isDestroyed()) window.destroy();
        }, windowCloseTimeoutMilliseconds),
      );
      window.close();
    }
  });
}

import { shell, type WebContents } from 'electron';
import { isExternalBrowserLink } from './external-links';

/**
 * Applied to every webContents the app creates: the page can never navigate away from the
 * renderer, open a window, or attach a <webview>.
 */
export function guardWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-frame-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isExternalBrowserLink(url)) {
      shell.openExternal(url).catch((error: unknown) => console.warn(`newsdesk: could not open ${url}:`, error));
    }
    return { action: 'deny' };
  });
}

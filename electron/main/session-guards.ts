import type { Session } from 'electron';
import { isAppUrl } from './app-origin';

/** Chromium permissions Newsdesk's own page may use: writing to the clipboard ("Sao chép HTML"). */
const permissionsForOwnPage: ReadonlySet<string> = new Set(['clipboard-sanitized-write']);

/**
 * Every permission request and check is refused, except clipboard writing by our own page. The app
 * is offline: requests to the network from the renderer are cancelled as well.
 */
export function guardSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(permissionsForOwnPage.has(permission) && isAppUrl(details.requestingUrl));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) => {
    return permissionsForOwnPage.has(permission) && isAppUrl(requestingOrigin);
  });
  session.webRequest.onBeforeRequest(
    { urls: ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*'] },
    (_details, callback) => callback({ cancel: true }),
  );
}

/** The renderer is served from `app://newsdesk/`; images from `newsdesk-media://media/<hash>`. */
import { mediaHashPattern } from '../../shared/api/zod';
export const appScheme = 'app';
export const appHost = 'newsdesk';
export const appOrigin = `${appScheme}://${appHost}`;
export const appEntryUrl = `${appOrigin}/index.html`;

export const mediaScheme = 'newsdesk-media';
export const mediaHost = 'media';

/** True when `url` is a page of our own renderer, which is the only origin allowed to call the backend. */
export function isAppUrl(url: string): boolean {
  const parsed = parseUrl(url);
  return parsed !== null && parsed.protocol === `${appScheme}:` && parsed.host === appHost;
}

export function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** The SHA-256 hex digest named by `newsdesk-media://media/<hash>`, or null for any other URL. */
export function mediaHashFromUrl(url: string): string | null {
  const parsed = parseUrl(url);
  if (parsed === null || parsed.protocol !== `${mediaScheme}:` || parsed.host !== mediaHost) return null;
  const hash = parsed.pathname.slice(1);
  return parsed.pathname.startsWith('/') && mediaHashPattern.test(hash) ? hash : null;
}

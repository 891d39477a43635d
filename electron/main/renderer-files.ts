import path from 'node:path';
import { contentTypeFor } from '../../shared/api/content-types';
import { appHost, appScheme, parseUrl } from './app-origin';


/**
 * The file inside `rendererRoot` that an `app://newsdesk/...` URL names, or null when the URL is
 * not ours or would leave the folder (`..`, encoded separators, absolute paths, NUL bytes).
 */
export function resolveRendererFile(rendererRoot: string, requestUrl: string): string | null {
  const url = parseUrl(requestUrl);
  if (url === null || url.protocol !== `${appScheme}:` || url.host !== appHost) return null;

  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null;

  const relativePath = pathname === '/' || pathname === '' ? 'index.html' : pathname.replace(/^\/+/, '');
  const root = path.resolve(rendererRoot);
  const resolved = path.resolve(root, relativePath);
  const fromRoot = path.relative(root, resolved);
  const leavesRoot = fromRoot === '..' || fromRoot.startsWith(`..${path.sep}`) || path.isAbsolute(fromRoot);
  if (fromRoot === '' || leavesRoot) return null;
  return resolved;
}

export { contentTypeFor };

import path from 'node:path';
import { appHost, appScheme, parseUrl } from './app-origin';

const contentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

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

/** The Content-Type for a renderer file; unknown kinds are served as opaque bytes. */
export function contentTypeFor(filePath: string): string {
  return contentTypes[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

import fs from 'node:fs/promises';
import path from 'node:path';

/**
 * The file of the built renderer that a URL path names, or null when there is none or the path
 * tries to leave `rootDir` (`..`, encoded slashes, backslashes, NUL, symbolic links pointing out).
 * `/` is `index.html`.
 */
export async function resolveStaticFile(rootDir: string, urlPathname: string): Promise<string | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.split('/').filter((segment) => segment !== '');
  if (segments.some((segment) => segment === '..' || segment === '.')) return null;
  if (segments.length === 0) segments.push('index.html');

  let realRoot: string;
  let realFile: string;
  try {
    realRoot = await fs.realpath(rootDir);
    realFile = await fs.realpath(path.join(realRoot, ...segments));
  } catch {
    return null;
  }
  if (!realFile.startsWith(realRoot + path.sep)) return null;
  const stats = await fs.stat(realFile);
  return stats.isFile() ? realFile : null;
}

import { protocol } from 'electron';
import { readFile, stat } from 'node:fs/promises';
import { contentSecurityPolicyForData } from '../../shared/api/content-security-policy';
import type { Backend } from '../backend/backend-types';
import { appOrigin, appScheme, mediaHashFromUrl, mediaScheme } from './app-origin';
import { desktopContentSecurityPolicy } from './desktop-content-security-policy';
import { contentTypeFor, resolveRendererFile } from './renderer-files';

/**
 * Must run before the app is ready. Both schemes are standard (real origins, relative URLs) and
 * secure (like https), so the renderer's `'self'` and module scripts work without file:// URLs.
 */
export function registerPrivilegedSchemes(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
    { scheme: mediaScheme, privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true } },
  ]);
}

/** Serves `app://newsdesk/<file>` from the built renderer folder only, every response with the CSP. */
export function handleAppProtocol(rendererRoot: string): void {
  protocol.handle(appScheme, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return textResponse(405, 'Method not allowed');
    const filePath = resolveRendererFile(rendererRoot, request.url);
    if (filePath === null) return textResponse(404, 'Not found');
    try {
      const details = await stat(filePath);
      if (!details.isFile()) return textResponse(404, 'Not found');
      const bytes = await readFile(filePath);
      return new Response(request.method === 'HEAD' ? null : new Uint8Array(bytes), {
        status: 200,
        headers: {
          'Content-Type': contentTypeFor(filePath),
          'Content-Security-Policy': desktopContentSecurityPolicy,
          'X-Content-Type-Options': 'nosniff',
          'Cache-Control': 'no-cache',
        },
      });
    } catch {
      return textResponse(404, 'Not found');
    }
  });
}

/** Serves `newsdesk-media://media/<sha-256>` from the media table. */
export function handleMediaProtocol(getBackend: () => Backend | null): void {
  protocol.handle(mediaScheme, (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return textResponse(405, 'Method not allowed');
    const hash = mediaHashFromUrl(request.url);
    const backend = getBackend();
    if (hash === null || backend === null) return textResponse(404, 'Not found');
    const media = backend.readMedia(hash);
    if (media === null) return textResponse(404, 'Not found');
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(media.bytes), {
      status: 200,
      headers: {
        'Content-Type': media.mime,
        'Content-Security-Policy': contentSecurityPolicyForData,
        'X-Content-Type-Options': 'nosniff',
        'Access-Control-Allow-Origin': appOrigin,
        // The URL names the content by its hash, so it never changes.
        'Cache-Control': 'private, max-age=31536000, immutable',
      },
    });
  });
}

function textResponse(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: {
      'Content-Type': 'text/plain; charset=utf-8',
      'Content-Security-Policy': desktopContentSecurityPolicy,
      'X-Content-Type-Options': 'nosniff',
    },
  });
}

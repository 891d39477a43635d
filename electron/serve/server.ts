import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pipeline } from 'node:stream/promises';
import type { Backend } from '../backend/backend-types';
import { contentSecurityPolicy, contentSecurityPolicyForData } from '../../shared/api/content-security-policy';
import { ApiError, type CallOutcome } from '../../shared/api/errors';
import { contentTypeFor } from '../../shared/api/content-types';
import { readJsonBody } from './read-json-body';
import { hostIsAllowed, originIsAllowed, readJsonContentType, tokenMatches } from './request-guards';
import { resolveStaticFile } from './static-files';
import { mediaHashPattern } from '../../shared/api/zod';
import { isRendererMethodName } from '../../shared/api/contract';

/** The only address the browser edition listens on. */
export const loopbackHost = '127.0.0.1';

/** The request header that carries the token on `POST /api/<method>`. */
export const tokenHeader = 'x-newsdesk-token';

export interface StartServerOptions {
  /** Answers every API call and media request. The server does not close it. */
  backend: Backend;
  /** The built renderer (`renderer/dist`): served as static files, `index.html` for `/`. */
  rendererDir: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Must be '127.0.0.1' (the default): the browser edition never listens on other interfaces. */
  host?: string;
  /** Told about unexpected failures while answering a request (the client gets a 500). Default: stderr. */
  onError?: (error: unknown) => void;
}

export interface RunningServer {
  /** The server's root, `http://127.0.0.1:<port>/`. */
  url: string;
  /** The address to open in a browser: `url` with the token in its fragment (`#token=...`). */
  openUrl: string;
  /** The per-run token every API call and media request must carry. */
  token: string;
  port: number;
  /** Stops listening and drops open connections. The backend stays open. */
  close(): Promise<void>;
}

const securityHeaders = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
} as const;

const mediaPathPattern = /^\/media\/([^/]*)$/;

function sendOutcome(response: ServerResponse, status: number, outcome: CallOutcome<unknown>, extraHeaders: Record<string, string> = {}): void {
  const body = JSON.stringify(outcome);
  response.writeHead(status, {
    ...securityHeaders,
    'content-security-policy': contentSecurityPolicyForData,
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(body),
    'cache-control': 'no-store',
    ...extraHeaders,
  });
  response.end(body);
}

function sendError(response: ServerResponse, status: number, error: ApiError, extraHeaders: Record<string, string> = {}): void {
  sendOutcome(response, status, { ok: false, error: error.toShape() }, extraHeaders);
}

function sendText(response: ServerResponse, status: number, text: string, extraHeaders: Record<string, string> = {}): void {
  response.writeHead(status, {
    ...securityHeaders,
    'content-security-policy': contentSecurityPolicyForData,
    'content-type': 'text/plain; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
    ...extraHeaders,
  });
  response.end(text);
}

/** True when the failure is only the client going away (closed tab, aborted fetch): nothing to log. */
function clientHungUp(request: IncomingMessage, response: ServerResponse, error: unknown): boolean {
  const code = typeof error === 'object' && error !== null && 'code' in error ? (error as { code: unknown }).code : undefined;
  const gone = request.destroyed || response.destroyed || response.socket?.destroyed === true;
  return gone && (code === 'ECONNRESET' || code === 'EPIPE' || code === 'ERR_STREAM_PREMATURE_CLOSE' || code === 'ERR_STREAM_DESTROYED');
}

/**
 * Starts the browser edition: the built renderer, `POST /api/<method>` through `backend.callFromTransport`
 * and `GET /media/<hash>`, on 127.0.0.1 only. Every API call needs the per-run token in the
 * `x-newsdesk-token` header, every media request in the `token` query parameter; every request
 * must name this server in its Host header (DNS rebinding), and API calls from a page must come
 * from this origin.
 */
export async function startServer(options: StartServerOptions): Promise<RunningServer> {
  const { backend, rendererDir, port: requestedPort = 0, host = loopbackHost } = options;
  if (host !== loopbackHost) {
    throw new Error(`The browser edition listens on ${loopbackHost} only; refusing host "${host}".`);
  }
  if (!Number.isInteger(requestedPort) || requestedPort < 0 || requestedPort > 65_535) {
    throw new Error(`The port must be a whole number from 0 to 65535, not ${requestedPort}.`);
  }
  const onError = options.onError ?? ((error: unknown) => console.error('newsdesk serve:', error));
  const token = randomBytes(32).toString('base64url');
  let port = requestedPort;

  async function answerApi(request: IncomingMessage, response: ServerResponse, method: string): Promise<void> {
    if (request.method !== 'POST') {
      sendError(response, 405, new ApiError('post-required', { method }, { where: 'method' }), { allow: 'POST' });
      return;
    }
    if (!originIsAllowed(request)) {
      request.resume();
      sendError(response, 403, new ApiError('origin-refused', { origin: request.headers.origin ?? '' }, { where: 'origin' }));
      return;
    }
    const sentToken = request.headers[tokenHeader];
    if (!tokenMatches(typeof sentToken === 'string' ? sentToken : null, token)) {
      request.resume();
      sendError(response, 401, new ApiError('api-token-invalid', { header: tokenHeader }, { where: tokenHeader }));
      return;
    }
    if (!isRendererMethodName(method)) {
      request.resume();
      sendError(response, 404, new ApiError('unknown-method', { method: method.slice(0, 100) }, { where: 'method' }));
      return;
    }
    const contentType = readJsonContentType(request.headers['content-type']);
    if (!contentType.json || !contentType.utf8) {
      request.resume();
      const refusal = contentType.json ? new ApiError('json-charset-unsupported', { charset: contentType.charset }, { where: 'content-type' }) : new ApiError('json-required', {}, { where: 'content-type' });
      sendError(response, 415, refusal);
      return;
    }
    const body = await readJsonBody(request);
    if (!body.ok) {
      if (body.status !== 'client-gone') sendOutcome(response, body.status, { ok: false, error: body.error });
      return;
    }
    sendOutcome(response, 200, await backend.callFromTransport(method, body.value));
  }

  function answerMedia(request: IncomingMessage, response: ServerResponse, url: URL, encodedHash: string): void {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      sendError(response, 405, new ApiError('get-required', {}, { where: 'method' }), { allow: 'GET, HEAD' });
      return;
    }
    if (!tokenMatches(url.searchParams.get('token'), token)) {
      sendError(response, 401, new ApiError('media-token-invalid', {}, { where: 'token' }));
      return;
    }
    if (!mediaHashPattern.test(encodedHash)) {
      sendError(response, 400, new ApiError('media-hash-invalid', {}, { where: 'hash' }));
      return;
    }
    const media = backend.readMedia(encodedHash);
    if (media === null) {
      sendError(response, 404, new ApiError('media-not-found', { hash: encodedHash }, { where: 'hash' }));
      return;
    }
    response.writeHead(200, {
      ...securityHeaders,
      'content-security-policy': contentSecurityPolicyForData,
      'content-type': media.mime,
      'content-length': media.bytes.byteLength,
      // The address is the hash of the bytes: they never change.
      'cache-control': 'private, max-age=31536000, immutable',
    });
    response.end(request.method === 'HEAD' ? undefined : media.bytes);
  }

  async function answerStatic(request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      sendText(response, 405, 'Method not allowed.\n', { allow: 'GET, HEAD' });
      return;
    }
    const filePath = await resolveStaticFile(rendererDir, url.pathname);
    if (filePath === null) {
      sendText(response, 404, `Not found: ${url.pathname}\n`);
      return;
    }
    const contentType = contentTypeFor(filePath);
    const isPage = contentType.startsWith('text/html');
    // A worker runs under the policy its script came with: the app's scripts carry the page's
    // policy, so that the request worker may call the API (connect-src 'self').
    const isScript = contentType.startsWith('text/javascript');
    response.writeHead(200, {
      ...securityHeaders,
      'content-security-policy': isPage || isScript ? contentSecurityPolicy : contentSecurityPolicyForData,
      'content-type': contentType,
      'cache-control': isPage ? 'no-store' : 'no-cache',
    });
    if (request.method === 'HEAD') {
      response.end();
      return;
    }
    try {
      await pipeline(createReadStream(filePath), response);
    } catch (error) {
      // A browser that goes away mid-file is not a failure of the server.
      if (!response.destroyed) throw error;
    }
  }

  async function answer(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', `http://${loopbackHost}:${port}`);
    const isApi = url.pathname.startsWith('/api/');
    if (!hostIsAllowed(request, port)) {
      request.resume();
      const refusal = new ApiError('host-refused', { host: request.headers.host ?? '', port }, { where: 'host' });
      if (isApi) sendError(response, 421, refusal);
      else sendText(response, 421, `${refusal.message}\n`);
      return;
    }
    if (isApi) {
      await answerApi(request, response, url.pathname.slice('/api/'.length));
      return;
    }
    const mediaMatch = mediaPathPattern.exec(url.pathname);
    if (mediaMatch) {
      answerMedia(request, response, url, mediaMatch[1]!);
      return;
    }
    await answerStatic(request, response, url);
  }

  const server = http.createServer((request, response) => {
    answer(request, response).catch((error: unknown) => {
      if (clientHungUp(request, response, error)) {
        response.destroy();
        return;
      }
      onError(error);
      if (!response.headersSent) {
        sendError(response, 500, new ApiError('server-failed', {}));
      } else {
        response.destroy();
      }
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'EADDRINUSE'
          ? new Error(`Port ${requestedPort} on ${loopbackHost} is already in use; choose another with --port.`)
          : error,
      );
    });
    server.listen({ port: requestedPort, host: loopbackHost }, () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  const url = `http://${loopbackHost}:${port}/`;

  return {
    url,
    openUrl: `${url}#token=${token}`,
    token,
    port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

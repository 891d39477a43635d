import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openBackend, type Backend } from '../../../../electron/backend/backend';
import { maximumBodyBytes } from '../../../../electron/serve/read-json-body';
import { startServer, type RunningServer } from '../../../../electron/serve/server';
import { contentSecurityPolicy, contentSecurityPolicyForData } from '../../../../shared/api/content-security-policy';
import { rawRequest, type RawRequest } from './http-request';

const onePixelPng = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
const secretText = 'secret outside the renderer folder';

let folder: string;
let rendererDir: string;
let backend: Backend;
let server: RunningServer;

beforeAll(async () => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'newsdesk-serve-'));
  rendererDir = path.join(folder, 'dist');
  fs.mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Newsdesk</title><script type="module" src="./assets/app.js"></script>');
  fs.writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'export const app = 1;\n');
  fs.writeFileSync(path.join(rendererDir, 'assets', 'app.css'), 'body { margin: 0 }\n');
  fs.writeFileSync(path.join(folder, 'secret.txt'), secretText);
  fs.symlinkSync(path.join(folder, 'secret.txt'), path.join(rendererDir, 'assets', 'link.txt'));
  backend = openBackend({ databasePath: path.join(folder, 'newsdesk.sqlite') });
  server = await startServer({ backend, rendererDir });
});

afterAll(async () => {
  await server?.close();
  backend?.close();
  fs.rmSync(folder, { recursive: true, force: true });
});

function send(options: Omit<RawRequest, 'port'>) {
  return rawRequest({ port: server.port, ...options });
}

function callApi(method: string, args: unknown, headers: Record<string, string> = {}) {
  return send({
    path: `/api/${method}`,
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-newsdesk-token': server.token, ...headers },
    body: JSON.stringify(args),
  });
}

describe('startServer', () => {
  it('gives its address with a random base64url token in the fragment of the address to open', async () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/`);
    expect(server.openUrl).toBe(`${server.url}#token=${server.token}`);
    expect(server.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const other = await startServer({ backend, rendererDir });
    try {
      expect(other.token).not.toBe(server.token);
    } finally {
      await other.close();
    }
  });

  it('listens on 127.0.0.1 only and refuses any other host', async () => {
    // All of 127.0.0.0/8 is loopback: a server bound to every interface would accept 127.0.0.2 too.
    const connection = await new Promise<string>((resolve) => {
      const socket = net.connect({ host: '127.0.0.2', port: server.port });
      socket.once('connect', () => {
        socket.destroy();
        resolve('connected');
      });
      socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
    });
    expect(connection).toBe('ECONNREFUSED');
    await expect(startServer({ backend, rendererDir, host: '0.0.0.0' })).rejects.toThrow(/127\.0\.0\.1 only/);
    await expect(startServer({ backend, rendererDir, host: 'localhost' })).rejects.toThrow(/refusing host "localhost"/);
  });

  it('says which port is taken when it cannot listen', async () => {
    await expect(startServer({ backend, rendererDir, port: server.port })).rejects.toThrow(`Port ${server.port} on 127.0.0.1 is already in use`);
  });

  it('round-trips an article through dispatch', async () => {
    const headline = 'Hà Nội công bố quy hoạch mới';
    const created = await callApi('articles.create', { fields: { headline } });
    expect(created.status).toBe(200);
    expect(created.headers['content-type']).toBe('application/json; charset=utf-8');
    const createdOutcome = JSON.parse(created.text) as { ok: true; value: { id: number; headline: string } };
    expect(createdOutcome.ok).toBe(true);
    expect(createdOutcome.value.headline).toBe(headline);

    const fetched = JSON.parse((await callApi('articles.get', { id: createdOutcome.value.id })).text) as { ok: boolean; value: { headline: string } };
    expect(fetched).toMatchObject({ ok: true, value: { headline } });
  });

  it('answers backend errors as 200 with the typed error', async () => {
    const missing = await callApi('articles.get', { id: 999_999 });
    expect(missing.status).toBe(200);
    expect(JSON.parse(missing.text)).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('answers an unknown method, or one for trusted callers only, with 404 naming it', async () => {
    for (const method of ['no.suchMethod', 'articles.explode', 'database.backup', 'comments.importPaths', '..%2fapp.info']) {
      const response = await callApi(method, {});
      expect(response.status, method).toBe(404);
      const outcome = JSON.parse(response.text) as { ok: false; error: { code: string; where: string; message: string } };
      expect(outcome.error, method).toMatchObject({ code: 'unknown_method', where: 'method' });
      expect(outcome.error.message, method).toContain(method);
    }
  });

  it('refuses a null body with 400 and says what to send', async () => {
    const response = await send({
      path: '/api/app.info',
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-newsdesk-token': server.token },
      body: 'null',
    });
    expect(response.status).toBe(400);
    const outcome = JSON.parse(response.text) as { ok: false; error: { code: string; reason: string; where: string; message: string } };
    expect(outcome.error).toMatchObject({ code: 'invalid_argument', reason: 'request-body-null', where: 'body' });
    expect(outcome.error.message).toMatch(/must be a JSON object of arguments/);
  });

  it('refuses a body declared in a character set other than UTF-8 (415), and takes one declared in UTF-8', async () => {
    const body = JSON.stringify({ fields: { headline: 'Đà Nẵng' } });
    const latin = await callApi('articles.create', JSON.parse(body), { 'content-type': 'application/json; charset=iso-8859-1' });
    expect(latin.status).toBe(415);
    const outcome = JSON.parse(latin.text) as { ok: false; error: { code: string; reason: string; where: string; message: string } };
    expect(outcome.error).toMatchObject({ code: 'unsupported_media_type', reason: 'json-charset-unsupported', where: 'content-type' });
    expect(outcome.error.message).toContain('iso-8859-1');
    expect(outcome.error.message).toContain('UTF-8');
    for (const contentType of ['application/json; charset=UTF-8', 'application/json;charset="utf-8"']) {
      expect((await callApi('app.info', {}, { 'content-type': contentType })).status, contentType).toBe(200);
    }
  });

  it('refuses API calls without the token or with a wrong one (401)', async () => {
    const withoutToken = await send({ path: '/api/app.info', method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(withoutToken.status).toBe(401);
    expect(JSON.parse(withoutToken.text)).toMatchObject({ ok: false, error: { code: 'unauthorized', where: 'x-newsdesk-token' } });

    const differentLastCharacter = server.token.endsWith('A') ? 'B' : 'A';
    const wrongToken = await callApi('app.info', {}, { 'x-newsdesk-token': `${server.token.slice(0, -1)}${differentLastCharacter}` });
    expect(wrongToken.status).toBe(401);
    const longerToken = await callApi('app.info', {}, { 'x-newsdesk-token': `${server.token}x` });
    expect(longerToken.status).toBe(401);
    expect((await callApi('app.info', {})).status).toBe(200);
  });

  it('refuses a foreign Host header on every route (DNS rebinding)', async () => {
    for (const host of ['evil.example:80', `evil.example:${server.port}`, `127.0.0.1:${server.port + 1}`, '127.0.0.1']) {
      const api = await callApi('app.info', {}, { host });
      expect(api.status, host).toBe(421);
      expect(JSON.parse(api.text)).toMatchObject({ ok: false, error: { code: 'unauthorized', where: 'host' } });
      expect((await send({ path: '/', headers: { host } })).status, host).toBe(421);
      expect((await send({ path: `/media/${'0'.repeat(64)}?token=${server.token}`, headers: { host } })).status, host).toBe(421);
    }
    expect((await send({ path: '/', headers: { host: `localhost:${server.port}` } })).status).toBe(200);
  });

  it('refuses API calls from a page of another origin', async () => {
    const foreign = await callApi('app.info', {}, { origin: 'http://evil.example' });
    expect(foreign.status).toBe(403);
    expect(JSON.parse(foreign.text)).toMatchObject({ ok: false, error: { code: 'unauthorized', where: 'origin' } });
    expect((await callApi('app.info', {}, { origin: `http://localhost:${server.port}` })).status).toBe(403);
    expect((await callApi('app.info', {}, { origin: `http://127.0.0.1:${server.port}` })).status).toBe(200);
  });

  it('names the problem in a body that is not JSON', async () => {
    const response = await send({
      path: '/api/app.info',
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-newsdesk-token': server.token },
      body: '{"unterminated": ',
    });
    expect(response.status).toBe(400);
    const outcome = JSON.parse(response.text) as { ok: false; error: { code: string; message: string; where: string } };
    expect(outcome.error.code).toBe('invalid_argument');
    expect(outcome.error.where).toBe('body');
    expect(outcome.error.message).toMatch(/not valid JSON/);
  });

  it('refuses a body that is not declared as JSON (415)', async () => {
    const response = await send({
      path: '/api/app.info',
      method: 'POST',
      headers: { 'content-type': 'text/plain', 'x-newsdesk-token': server.token },
      body: '{}',
    });
    expect(response.status).toBe(415);
    expect(JSON.parse(response.text)).toMatchObject({ ok: false, error: { code: 'unsupported_media_type' } });
  });

  it('answers API routes with POST only', async () => {
    const response = await send({ path: '/api/app.info', headers: { 'x-newsdesk-token': server.token } });
    expect(response.status).toBe(405);
    expect(response.headers.allow).toBe('POST');
  });

  it('refuses a body over the limit with 413, whether its length is declared or not', async () => {
    const huge = JSON.stringify({ data: 'A'.repeat(maximumBodyBytes) });
    for (const chunked of [false, true]) {
      const response = await send({
        path: '/api/media.put',
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-newsdesk-token': server.token },
        body: huge,
        chunked,
      });
      expect(response.status, chunked ? 'chunked' : 'with content-length').toBe(413);
      expect(JSON.parse(response.text)).toMatchObject({ ok: false, error: { code: 'too_large', where: 'body' } });
    }
    // The server still answers afterwards.
    expect((await callApi('app.info', {})).status).toBe(200);
  });

  it('serves the renderer with the strict CSP and security headers, index.html for /', async () => {
    const page = await send({ path: '/' });
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['content-security-policy']).toBe(contentSecurityPolicy);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.headers['referrer-policy']).toBe('no-referrer');
    expect(page.headers['cross-origin-opener-policy']).toBe('same-origin');
    expect(page.text).toContain('<title>Newsdesk</title>');

    const indexPage = await send({ path: '/index.html' });
    expect(indexPage.headers['content-security-policy']).toBe(contentSecurityPolicy);

    const script = await send({ path: '/assets/app.js' });
    expect(script.status).toBe(200);
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(script.headers['x-content-type-options']).toBe('nosniff');
    // A worker started from a script runs under the script's policy: the page's, so it may call the API.
    expect(script.headers['content-security-policy']).toBe(contentSecurityPolicy);
    expect((await send({ path: '/assets/app.css' })).headers['content-security-policy']).toBe(contentSecurityPolicyForData);
    expect((await send({ path: '/assets/app.css' })).headers['content-type']).toBe('text/css; charset=utf-8');
    expect((await send({ path: '/assets/missing.js' })).status).toBe(404);
    expect((await send({ path: '/assets' })).status).toBe(404);
  });

  it('never serves a file outside the renderer folder', async () => {
    const attempts = [
      '/../secret.txt',
      '/assets/../../secret.txt',
      '/%2e%2e/secret.txt',
      '/..%2fsecret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
      '/..%5csecret.txt',
      '/assets/link.txt',
      '/%00index.html',
      `/${encodeURIComponent(path.join(folder, 'secret.txt'))}`,
      '//../secret.txt',
    ];
    for (const attempt of attempts) {
      const response = await send({ path: attempt });
      expect(response.status, attempt).toBeGreaterThanOrEqual(400);
      expect(response.text, attempt).not.toContain(secretText);
    }
  });

  it('serves media by hash with the token in the query', async () => {
    const put = JSON.parse((await callApi('media.put', { data: onePixelPng, fileName: 'pixel.png' })).text) as { ok: boolean; value: { hash: string } };
    expect(put.ok).toBe(true);
    const hash = put.value.hash;

    const image = await send({ path: `/media/${hash}?token=${server.token}` });
    expect(image.status).toBe(200);
    expect(image.headers['content-type']).toBe('image/png');
    expect(image.headers['x-content-type-options']).toBe('nosniff');
    expect(image.body.equals(Buffer.from(onePixelPng, 'base64'))).toBe(true);

    expect((await send({ path: `/media/${hash}` })).status).toBe(401);
    expect((await send({ path: `/media/${hash}?token=wrong` })).status).toBe(401);
    expect((await send({ path: `/media/${'a'.repeat(64)}?token=${server.token}` })).status).toBe(404);
    expect((await send({ path: `/media/not-a-hash?token=${server.token}` })).status).toBe(400);
  });

  it('closes: the port no longer answers', async () => {
    const other = await startServer({ backend, rendererDir });
    await rawRequest({ port: other.port, path: '/' });
    await other.close();
    await expect(rawRequest({ port: other.port, path: '/' })).rejects.toMatchObject({ code: 'ECONNREFUSED' });
  });
});

describe('a client that hangs up', () => {
  let logged: unknown[];
  let watched: RunningServer;

  beforeAll(async () => {
    logged = [];
    fs.writeFileSync(path.join(rendererDir, 'assets', 'large.bin'), Buffer.alloc(16 * 1024 * 1024, 7));
    watched = await startServer({ backend, rendererDir, onError: (error) => logged.push(error) });
  });

  afterAll(async () => {
    await watched?.close();
  });

  /** Opens a request, lets `act` send part of it or read part of the answer, and hangs up. */
  function hangUp(options: { path: string; method: string; headers: Record<string, string>; act: (request: http.ClientRequest) => void }): Promise<void> {
    return new Promise((resolve) => {
      const request = http.request({ host: '127.0.0.1', port: watched.port, agent: false, ...options, headers: { host: `127.0.0.1:${watched.port}`, ...options.headers } });
      request.on('error', () => undefined);
      request.on('close', () => resolve());
      options.act(request);
    });
  }

  async function settle(): Promise<void> {
    // Long enough for the server to see the closed socket and finish what it was doing.
    await new Promise((resolve) => setTimeout(resolve, 150));
  }

  const apiHeaders = () => ({ 'content-type': 'application/json', 'x-newsdesk-token': watched.token });

  beforeEach(() => {
    logged.length = 0;
  });

  it('mid-request (half a body sent) is not logged as a server error', async () => {
    await hangUp({
      path: '/api/articles.create',
      method: 'POST',
      headers: { ...apiHeaders(), 'content-length': '1000' },
      act: (request) => {
        request.write('{"fields": {"headline": "Hà');
        setTimeout(() => request.destroy(), 50);
      },
    });
    await settle();
    expect(logged).toEqual([]);
  });

  it('mid-response (the API answer or a large file not yet read) is not logged as a server error', async () => {
    await hangUp({
      path: '/api/articles.list',
      method: 'POST',
      headers: apiHeaders(),
      act: (request) => {
        request.end('{}');
        request.on('finish', () => request.destroy());
      },
    });
    await hangUp({
      path: '/assets/large.bin',
      method: 'GET',
      headers: {},
      act: (request) => {
        request.on('response', (response) => response.once('data', () => request.destroy()));
        request.end();
      },
    });
    await settle();
    expect(logged).toEqual([]);
    const after = await rawRequest({ port: watched.port, path: '/api/app.info', method: 'POST', headers: apiHeaders(), body: '{}' });
    expect(after.status).toBe(200);
  });
});

// The client against the real browser-edition server and, for the desktop edition, a bridge built
// from the contract over a real backend (as the preload builds it over IPC). `window` is the only
// stand-in: the page parts the client reads (location, sessionStorage, history) and, because Node's
// fetch needs absolute URLs, a fetch that resolves the page's relative URLs against the server.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { openBackend, type Backend } from '../../../../electron/backend/backend';
import { startServer, type RunningServer } from '../../../../electron/serve/server';
import { methodNames, type ContractEvents } from '../../../../shared/api/contract';
import type { DesktopBridge } from '../../../../shared/api/bridge';

const onePixelPng = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

let folder: string;
let backend: Backend;
let server: RunningServer;

beforeAll(async () => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'newsdesk-client-'));
  fs.writeFileSync(path.join(folder, 'index.html'), '<!doctype html><title>t</title>');
  backend = openBackend({ databasePath: path.join(folder, 'newsdesk.sqlite') });
  server = await startServer({ backend, rendererDir: folder });
});

afterAll(async () => {
  await server.close();
  backend.close();
  fs.rmSync(folder, { recursive: true, force: true });
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

interface FakePage {
  storage: Map<string, string>;
  addresses: string[];
}

function openPage(hash: string, baseUrl: string, storage = new Map<string, string>()): FakePage {
  const page: FakePage = { storage, addresses: [] };
  vi.stubGlobal('window', {
    location: { hash, pathname: '/', search: '' },
    sessionStorage: { getItem: (key: string) => storage.get(key) ?? null, setItem: (key: string, value: string) => void storage.set(key, value) },
    history: { state: null, replaceState: (_state: unknown, _unused: string, url: string) => void page.addresses.push(url) },
  });
  const realFetch = globalThis.fetch;
  vi.stubGlobal('fetch', (input: string, init?: RequestInit) => realFetch(new URL(input, baseUrl), init));
  return page;
}

async function loadClient() {
  vi.resetModules();
  const client = await import('../../../../renderer/api/client');
  const { mediaUrl } = await import('../../../../renderer/api/media-url');
  const { ApiError } = await import('../../../../shared/api/errors');
  return { ...client, mediaUrl, ApiError };
}

describe('the client in the browser edition', () => {
  it('calls the backend through the server with the token from the fragment', async () => {
    const page = openPage(`#token=${server.token}`, server.url);
    const { api, edition } = await loadClient();
    expect(edition).toBe('browser');
    const created = await api['articles.create']({ fields: { headline: 'Giá xăng giảm lần thứ ba' } });
    const fetched = await api['articles.get']({ id: created.id });
    expect(fetched.headline).toBe('Giá xăng giảm lần thứ ba');
    expect(page.addresses).toEqual(['/']);
    expect([...page.storage.values()]).toEqual([server.token]);
  });

  it('keeps working after a reload that lost the fragment', async () => {
    const first = openPage(`#token=${server.token}`, server.url);
    await (await loadClient()).api['app.info']({});
    openPage('', server.url, first.storage);
    const info = await (await loadClient()).api['app.info']({});
    expect(info.databasePath).toBe(backend.databasePath);
  });

  it('rejects with the backend error as an ApiError', async () => {
    openPage(`#token=${server.token}`, server.url);
    const { api, ApiError } = await loadClient();
    const failure = await api['articles.get']({ id: 987_654 }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiError);
    expect(failure).toMatchObject({ code: 'not_found', reason: 'article-not-found', params: { id: 987_654 }, where: 'id' });
    const invalid = await api['articles.get']({ id: -1 }).catch((error: unknown) => error);
    expect(invalid).toMatchObject({ code: 'invalid_argument' });
    expect((invalid as { where?: string }).where).toBeTruthy();
  });

  it('rejects with unauthorized when the page has no token or a wrong one', async () => {
    openPage('', server.url);
    const withoutToken = await (await loadClient()).api['app.info']({}).catch((error: unknown) => error);
    expect(withoutToken).toMatchObject({ code: 'unauthorized', reason: 'access-token-missing', message: expect.stringContaining('#token=') });

    openPage('#token=wrong', server.url);
    const wrongToken = await (await loadClient()).api['app.info']({}).catch((error: unknown) => error);
    expect(wrongToken).toMatchObject({ code: 'unauthorized', where: 'x-newsdesk-token', reason: 'api-token-invalid', params: { header: 'x-newsdesk-token' } });
  });

  it('turns an unreachable server into an internal error marked as a transport failure', async () => {
    const other = await startServer({ backend, rendererDir: folder });
    await other.close();
    openPage(`#token=${other.token}`, other.url);
    const failure = await (await loadClient()).api['app.info']({}).catch((error: unknown) => error);
    expect(failure).toMatchObject({
      code: 'internal',
      reason: 'backend-unreachable',
      params: { method: 'app.info', edition: 'browser' },
      details: { transport: 'unreachable', method: 'app.info' },
    });
  });

  it('gives media URLs with the token, which the server answers with the image', async () => {
    openPage(`#token=${server.token}`, server.url);
    const { api, mediaUrl } = await loadClient();
    const media = await api['media.put']({ data: onePixelPng, fileName: 'pixel.png' });
    const url = mediaUrl(media.hash);
    expect(url).toBe(`/media/${media.hash}?token=${server.token}`);
    const response = await fetch(url);
    expect(response.status).toBe(200);
    expect(Buffer.from(await response.arrayBuffer()).equals(Buffer.from(onePixelPng, 'base64'))).toBe(true);
  });

  it('pushes no events: onEvent gives an unsubscribe that does nothing', async () => {
    openPage(`#token=${server.token}`, server.url);
    const { onEvent } = await loadClient();
    const unsubscribe = onEvent('job.progress', () => {});
    expect(unsubscribe()).toBeUndefined();
  });
});

describe('the client in the desktop edition', () => {
  function installBridge() {
    const listeners = new Map<string, Set<(payload: unknown) => void>>();
    const methods = Object.fromEntries(methodNames.map((method) => [method, (args: unknown) => backend.callFromTransport(method, args)]));
    const bridge = {
      ...methods,
      on(name: string, listener: (payload: unknown) => void) {
        const set = listeners.get(name) ?? new Set();
        set.add(listener);
        listeners.set(name, set);
        return () => void set.delete(listener);
      },
    } as unknown as DesktopBridge;
    vi.stubGlobal('window', { newsdesk: bridge });
    vi.stubGlobal('fetch', () => {
      throw new Error('the desktop edition must not use fetch');
    });
    return {
      emit: <E extends keyof ContractEvents>(name: E, payload: ContractEvents[E]) => listeners.get(name)?.forEach((listener) => listener(payload)),
    };
  }

  it('calls window.newsdesk and unwraps the outcome', async () => {
    installBridge();
    const { api, edition, ApiError } = await loadClient();
    expect(edition).toBe('desktop');
    const created = await api['articles.create']({ fields: { headline: 'Bản tin tối' } });
    expect((await api['articles.get']({ id: created.id })).headline).toBe('Bản tin tối');
    const failure = await api['articles.get']({ id: 987_654 }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiError);
    expect(failure).toMatchObject({ code: 'not_found' });
  });

  it('passes events to listeners until they unsubscribe', async () => {
    const { emit } = installBridge();
    const { onEvent } = await loadClient();
    const received: unknown[] = [];
    const unsubscribe = onEvent('menu.command', (payload) => received.push(payload.command));
    emit('menu.command', { command: 'save' });
    unsubscribe();
    emit('menu.command', { command: 'new-article' });
    expect(received).toEqual(['save']);
  });

  it('gives newsdesk-media:// URLs', async () => {
    installBridge();
    const { mediaUrl } = await loadClient();
    expect(mediaUrl('a'.repeat(64))).toBe(`newsdesk-media://media/${'a'.repeat(64)}`);
  });

  it('marks a bridge failure as a transport failure', async () => {
    vi.stubGlobal('window', {
      newsdesk: {
        'app.info': () => Promise.reject(new Error('IPC channel closed')),
        on: () => () => {},
      },
    });
    const { api } = await loadClient();
    await expect(api['app.info']({})).rejects.toMatchObject({ code: 'internal', details: { transport: 'unreachable' } });
    await expect(api['articles.list']({})).rejects.toMatchObject({ code: 'internal', reason: 'bridge-method-missing', details: { transport: 'no-bridge-method' } });
  });

  it('takes an error without a known reason and its parameters for a bad response', async () => {
    const refusals = [
      { code: 'storage', message: 'disk I/O error' },
      { code: 'not_found', reason: 'article-not-found', params: { id: '7' }, message: 'There is no article with id 7.' },
      { code: 'storage', reason: 'article-not-found', params: { id: 7 }, message: 'There is no article with id 7.' },
    ];
    for (const error of refusals) {
      vi.stubGlobal('window', { newsdesk: { 'app.info': () => Promise.resolve({ ok: false, error }), on: () => () => {} } });
      const { api } = await loadClient();
      await expect(api['app.info']({}), JSON.stringify(error)).rejects.toMatchObject({ code: 'internal', reason: 'bad-response', details: { transport: 'bad-response' } });
    }
  });
});

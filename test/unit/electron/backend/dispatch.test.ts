import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { isRendererMethodName, methodNames } from '../../../../shared/api/contract';
import { limits } from '../../../../shared/api/limits';
import { createDispatch } from '../../../../electron/backend/dispatch';
import type { AllMethodHandlers } from '../../../../electron/backend/handler-types';
import { mediaHandlers } from '../../../../electron/backend/media/handlers';
import { backendFixture, call, callError, paragraphs } from './backend-fixture';

describe('dispatch', () => {
  const fixture = backendFixture();

  it('has a handler for every method of the contract, and validates the arguments of trusted calls too', async () => {
    const backend = fixture.open();
    for (const method of methodNames) {
      const error = await backend.call(method, { definitely: 'not an argument' } as never).catch((failure: unknown) => failure);
      expect(error, method).toMatchObject({ code: 'invalid_argument' });
    }
  });

  it('offers transports every method but the trusted-only ones', async () => {
    const backend = fixture.open();
    for (const method of methodNames) {
      const outcome = await backend.callFromTransport(method, { definitely: 'not an argument' });
      expect(outcome.ok ? 'ok' : outcome.error.code, method).toBe(isRendererMethodName(method) ? 'invalid_argument' : 'unknown_method');
    }
    expect(methodNames.filter((method) => !isRendererMethodName(method))).toEqual(['database.check', 'database.backup', 'database.restoreFile', 'comments.importPaths']);
  });

  it('refuses an unknown method without listing anything', async () => {
    const backend = fixture.open();
    for (const name of ['articles.delete', 'toString', '__proto__', 'constructor', 'hasOwnProperty']) {
      const error = await callError(backend, name, {});
      expect(error.code, name).toBe('unknown_method');
      expect(error.message).not.toContain('articles.get');
    }
    expect((await callError(backend, 42 as unknown as string, {})).code).toBe('unknown_method');
  });

  it('refuses wrong types, naming the field', async () => {
    const backend = fixture.open();
    const error = await callError(backend, 'articles.get', { id: '1' });
    expect(error).toMatchObject({ code: 'invalid_argument', where: 'id' });
    expect(error.message).toMatch(/^The argument id of articles\.get is invalid: .*expected number/);
    expect(await callError(backend, 'articles.get', { id: 1.5 })).toMatchObject({ where: 'id' });
    expect(await callError(backend, 'articles.get', { id: -1 })).toMatchObject({ where: 'id' });
    expect(await callError(backend, 'articles.get', null)).toMatchObject({ code: 'invalid_argument' });
    expect(await callError(backend, 'articles.get', [1])).toMatchObject({ code: 'invalid_argument' });
    const missing = await callError(backend, 'articles.get', {});
    expect(missing).toMatchObject({ where: 'id' });
    expect(missing.message).toMatch(/is required/);
    const nested = await callError(backend, 'articles.save', { id: 1, expectedVersion: 1, kind: 'autosave', fields: { status: 'published' } });
    expect(nested).toMatchObject({ code: 'invalid_argument', where: 'fields.status' });
    const deep = await callError(backend, 'articles.create', { fields: { body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 5 }] }] } } });
    expect(deep).toMatchObject({ where: 'fields.body.content.0.content.0.text' });
  });

  it('treats missing arguments as an empty object', async () => {
    const backend = fixture.open();
    expect((await backend.callFromTransport('app.info', undefined)).ok).toBe(true);
  });

  it('refuses extra keys at any depth', async () => {
    const backend = fixture.open();
    const top = await callError(backend, 'articles.get', { id: 1, admin: true });
    expect(top).toMatchObject({
      code: 'invalid_argument',
      where: 'admin',
      reason: 'invalid-argument',
      params: { method: 'articles.get', where: 'admin', problem: 'not a field of the arguments; remove it' },
    });
    expect(top.message).toBe('The argument admin of articles.get is invalid: not a field of the arguments; remove it.');
    const inFields = await callError(backend, 'articles.create', { fields: { headline: 'x', author: 'y' } });
    expect(inFields).toMatchObject({ where: 'fields.author' });
    const inBody = await callError(backend, 'articles.create', { fields: { body: { type: 'doc', content: [], html: '<b>' } } });
    expect(inBody).toMatchObject({ where: 'fields.body.html' });
  });

  it('refuses strings over the limits', async () => {
    const backend = fixture.open();
    const headline = await callError(backend, 'articles.create', { fields: { headline: 'ă'.repeat(limits.headline + 1) } });
    expect(headline).toMatchObject({ code: 'invalid_argument', where: 'fields.headline' });
    expect(headline.message).toContain(`at most ${limits.headline} characters`);
    expect((await call(backend, 'articles.create', { fields: { headline: 'ă'.repeat(limits.headline) } })).headline).toHaveLength(limits.headline);
    const sapo = await callError(backend, 'articles.create', { fields: { sapo: 'x'.repeat(limits.sapo + 1) } });
    expect(sapo).toMatchObject({ where: 'fields.sapo' });
    const huge = await callError(backend, 'articles.create', { fields: { body: paragraphs('x'.repeat(limits.bodyText + 1)) } });
    expect(huge.code).toBe('invalid_argument');
    expect(huge.where).toMatch(/^fields\.body/);
    const attribute = await callError(backend, 'articles.create', { fields: { body: { type: 'doc', content: [{ type: 'figure', attrs: { caption: 'c'.repeat(limits.attributeText + 1) } }] } } });
    expect(attribute).toMatchObject({ where: 'fields.body.content.0.attrs.caption' });
  });

  it('refuses __proto__, constructor and prototype keys at any depth, built as JSON parses them', async () => {
    const backend = fixture.open();
    const cases: Array<[string, string]> = [
      ['{"id": 1, "__proto__": {"admin": true}}', '__proto__'],
      ['{"fields": {"headline": "x", "__proto__": {"polluted": 1}}}', 'fields.__proto__'],
      ['{"fields": {"body": {"type": "doc", "content": [{"type": "paragraph", "attrs": {"constructor": {"prototype": 1}}}]}}}', 'fields.body.content.0.attrs.constructor'],
      ['{"fields": {"body": {"type": "doc", "content": [{"type": "paragraph", "prototype": 1}]}}}', 'fields.body.content.0.prototype'],
    ];
    for (const [json, where] of cases) {
      const args = JSON.parse(json) as unknown;
      const error = await callError(backend, json.includes('"id"') ? 'articles.get' : 'articles.create', args);
      expect(error, json).toMatchObject({ code: 'invalid_argument', where });
    }
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses arguments nested absurdly deep without overflowing the stack', async () => {
    const backend = fixture.open();
    let nested: unknown = 'x';
    for (let depth = 0; depth < 100_000; depth += 1) nested = [nested];
    const error = await callError(backend, 'articles.create', { fields: { body: { type: 'doc', content: nested } } });
    expect(error.code).toBe('invalid_argument');
    expect(error.message).toMatch(/nested too deeply/);
  });

  it('refuses NUL characters', async () => {
    const backend = fixture.open();
    const error = await callError(backend, 'articles.create', { fields: { headline: 'Tin\u0000 nóng' } });
    expect(error).toMatchObject({ code: 'invalid_argument', where: 'fields.headline' });
    expect(error.message).toMatch(/NUL/);
  });

  it('normalises every string to NFC before validating and storing, without changing the input', async () => {
    const backend = fixture.open();
    const decomposed = 'Thành ủy Quận 3'.normalize('NFD');
    expect(decomposed).not.toBe(decomposed.normalize('NFC'));
    const args = { fields: { headline: decomposed, sapo: decomposed, body: paragraphs(decomposed) } };
    const snapshot = structuredClone(args);
    const created = await call(backend, 'articles.create', args);
    expect(args).toEqual(snapshot);
    expect(created.headline).toBe('Thành ủy Quận 3');
    expect(created.sapo).toBe('Thành ủy Quận 3');
    expect(created.body.content?.[0]?.content?.[0]?.text).toBe('Thành ủy Quận 3');
    const stored = backend.database
      .prepare('SELECT headline, plain_text FROM articles JOIN article_plain_texts ON article_plain_texts.article_id = articles.id WHERE id = ?')
      .get(created.id);
    expect(stored).toEqual({ headline: 'Thành ủy Quận 3', plain_text: 'Thành ủy Quận 3' });
    // A headline of 1,000 NFD characters is 1,000 or fewer once composed: the limit applies after NFC.
    const longDecomposed = 'ệ'.normalize('NFD').repeat(limits.headline);
    expect(longDecomposed.length).toBe(limits.headline * 3);
    expect((await call(backend, 'articles.create', { fields: { headline: longDecomposed } })).headline).toBe('ệ'.repeat(limits.headline));
  });

  it('reports an unexpected error as internal, without its stack, and logs the stack', async () => {
    const logged: string[] = [];
    const handlers = { 'app.info': () => { throw new TypeError('cannot read properties of undefined'); } } as unknown as AllMethodHandlers;
    const dispatch = createDispatch(handlers, { checkResults: true, databasePath: '/data/newsdesk.sqlite', logError: (message) => logged.push(message) });
    const outcome = await dispatch('app.info', {}, 'trusted');
    expect(outcome).toEqual({
      ok: false,
      error: { code: 'internal', reason: 'unexpected-failure', params: { method: 'app.info' }, message: expect.stringContaining('app.info') },
    });
    expect(JSON.stringify(outcome)).not.toMatch(/cannot read|at /);
    expect(logged[0]).toMatch(/TypeError: cannot read properties of undefined\n\s+at /);
  });

  it('refuses a result that breaks the contract when results are checked', async () => {
    const logged: string[] = [];
    const handlers = { 'app.info': () => ({ version: 1 }) } as unknown as AllMethodHandlers;
    const checked = createDispatch(handlers, { checkResults: true, databasePath: 'x', logError: (message) => logged.push(message) });
    expect(await checked('app.info', {}, 'trusted')).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(logged).toHaveLength(1);
    const unchecked = createDispatch(handlers, { checkResults: false, databasePath: 'x' });
    expect(await unchecked('app.info', {}, 'trusted')).toEqual({ ok: true, value: { version: 1 } });
  });

  it('turns a busy database into a storage error that says what to do, and writes nothing', async () => {
    const backend = fixture.open();
    await call(backend, 'articles.create', {});
    backend.database.pragma('busy_timeout = 50');
    const other = new BetterSqlite3(backend.databasePath);
    try {
      other.prepare('BEGIN IMMEDIATE').run();
      const error = await callError(backend, 'articles.save', { id: 1, expectedVersion: 1, kind: 'explicit', fields: { headline: 'x' } });
      expect(error).toMatchObject({ code: 'storage', where: backend.databasePath, details: { sqliteCode: 'SQLITE_BUSY' } });
      expect(error.message).toMatch(/busy.*try again/i);
      other.prepare('ROLLBACK').run();
    } finally {
      other.close();
    }
    expect((await call(backend, 'articles.get', { id: 1 })).version).toBe(1);
  });

  it('turns a read-only database file into a storage error', async () => {
    const backend = fixture.open();
    const handlers = mediaHandlers({ put: () => { throw Object.assign(new Error('attempt to write a readonly database'), { code: 'SQLITE_READONLY' }); } } as never);
    const dispatch = createDispatch(handlers as unknown as AllMethodHandlers, { checkResults: true, databasePath: backend.databasePath });
    const outcome = await dispatch('media.put', { data: '' }, 'transport');
    expect(outcome).toMatchObject({ ok: false, error: { code: 'storage', where: backend.databasePath } });
    if (!outcome.ok) expect(outcome.error.message).toMatch(/free disk space.*writable/);
  });

  it('answers with a storage error after close instead of throwing', async () => {
    const backend = fixture.open();
    backend.close();
    expect(await backend.callFromTransport('app.info', {})).toMatchObject({ ok: false, error: { code: 'storage' } });
    expect(backend.readMedia('a'.repeat(64))).toBeNull();
  });
});

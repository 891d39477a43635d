import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { contract, isMethodName, methodNames, type MethodName } from '../../../../shared/api/contract';
import { limits } from '../../../../shared/api/limits';

const parse = (method: MethodName, args: unknown) => contract[method].args.safeParse(args);
const firstIssue = (method: MethodName, args: unknown) => {
  const result = parse(method, args);
  if (result.success) throw new Error(`${method} accepted ${JSON.stringify(args).slice(0, 200)}`);
  return result.error.issues[0]!;
};
const body = (...content: unknown[]) => ({ type: 'doc', content });
const save = (fields: unknown) => ({ id: 1, expectedVersion: 1, kind: 'autosave', fields });

describe('contract', () => {
  it('declares each method once with a summary and zod schemas for its arguments and result', () => {
    expect(new Set(methodNames).size).toBe(methodNames.length);
    for (const method of methodNames) {
      expect(method).toMatch(/^[a-z]+\.[a-z][A-Za-z]*$/);
      expect(contract[method].summary.length).toBeGreaterThan(10);
      expect(contract[method].args).toBeInstanceOf(z.ZodType);
      expect(contract[method].result).toBeInstanceOf(z.ZodType);
    }
    expect(methodNames).toEqual(expect.arrayContaining([
      'app.info', 'articles.create', 'articles.get', 'articles.list', 'articles.save', 'articles.trash', 'articles.untrash',
      'revisions.list', 'revisions.get', 'revisions.restore', 'media.put', 'media.get', 'settings.get', 'settings.update',
    ]));
  });

  it('validates without eval, as the renderer CSP requires', () => {
    expect(z.config().jitless).toBe(true);
  });

  it('knows only its own method names, not those inherited from Object', () => {
    expect(isMethodName('articles.get')).toBe(true);
    for (const name of ['toString', '__proto__', 'constructor', 'hasOwnProperty', 'articles', '', 42, null, undefined]) {
      expect(isMethodName(name), String(name)).toBe(false);
    }
  });

  it('refuses extra keys in the arguments of every method', () => {
    for (const method of methodNames) {
      const result = parse(method, { notAnArgument: 1 });
      expect(result.success, method).toBe(false);
      if (!result.success) expect(result.error.issues.some((issue) => issue.code === 'unrecognized_keys'), method).toBe(true);
    }
  });

  it('refuses a __proto__ key built by JSON.parse', () => {
    expect(parse('articles.get', JSON.parse('{"id": 1, "__proto__": {"x": 1}}')).success).toBe(false);
    expect(parse('articles.save', save(JSON.parse('{"__proto__": {"headline": "x"}}'))).success).toBe(false);
    const attributes = JSON.parse('{"__proto__": "x"}') as unknown;
    expect(parse('articles.create', { fields: { body: body({ type: 'paragraph', attrs: attributes }) } }).success).toBe(false);
    expect(parse('articles.create', { fields: { body: body({ type: 'paragraph', attrs: { constructor: 'x' } }) } }).success).toBe(false);
  });

  it('refuses wrong types', () => {
    expect(firstIssue('articles.get', { id: '1' }).path).toEqual(['id']);
    expect(firstIssue('articles.get', { id: 0 }).path).toEqual(['id']);
    expect(firstIssue('articles.get', { id: Number.MAX_SAFE_INTEGER + 2 }).path).toEqual(['id']);
    expect(firstIssue('articles.save', { ...save({}), kind: 'manual' }).path).toEqual(['kind']);
    expect(firstIssue('articles.save', { ...save({}), expectedVersion: 0 }).path).toEqual(['expectedVersion']);
    expect(firstIssue('articles.save', save({ headline: ['x'] })).path).toEqual(['fields', 'headline']);
    expect(firstIssue('articles.save', save({ categoryId: 'tin' })).path).toEqual(['fields', 'categoryId']);
    expect(firstIssue('articles.list', { status: 'deleted' }).path).toEqual(['status']);
    expect(firstIssue('articles.list', { limit: limits.listPage + 1 }).path).toEqual(['limit']);
    expect(firstIssue('settings.update', { changes: { language: 'fr' } }).path).toEqual(['changes', 'language']);
    expect(firstIssue('media.get', { hash: 'A'.repeat(64) }).path).toEqual(['hash']);
    expect(firstIssue('media.put', { data: 'not base64!' }).path).toEqual(['data']);
  });

  it('refuses strings over their limits and strings with NUL', () => {
    expect(parse('articles.save', save({ headline: 'x'.repeat(limits.headline) })).success).toBe(true);
    expect(firstIssue('articles.save', save({ headline: 'x'.repeat(limits.headline + 1) })).message).toBe(`must be at most ${limits.headline} characters`);
    expect(firstIssue('articles.save', save({ sapo: 'x'.repeat(limits.sapo + 1) })).path).toEqual(['fields', 'sapo']);
    expect(firstIssue('articles.save', save({ sourcePrefix: 'x'.repeat(limits.sourcePrefix + 1) })).path).toEqual(['fields', 'sourcePrefix']);
    expect(firstIssue('articles.save', save({ headline: 'a\u0000b' })).message).toBe('must not contain NUL characters');
    expect(firstIssue('media.put', { data: '', fileName: 'x'.repeat(limits.fileName + 1) }).path).toEqual(['fileName']);
    expect(firstIssue('media.put', { data: 'A'.repeat(Math.ceil(limits.mediaBytes / 3) * 4 + 8) }).path).toEqual(['data']);
  });

  it('checks the shape and size of an article body', () => {
    expect(parse('articles.save', save({ body: body({ type: 'paragraph', content: [{ type: 'text', text: 'Tin' }] }) })).success).toBe(true);
    expect(firstIssue('articles.save', save({ body: { type: 'paragraph' } })).message).toMatch(/"doc" node/);
    expect(firstIssue('articles.save', save({ body: body({ type: 'paragraph', style: 'x' }) })).code).toBe('unrecognized_keys');
    expect(firstIssue('articles.save', save({ body: body({ type: '' }) })).path).toEqual(['fields', 'body', 'content', 0, 'type']);
    expect(firstIssue('articles.save', save({ body: body({ type: 'figure', attrs: { caption: { nested: true } } }) })).path).toEqual(['fields', 'body', 'content', 0, 'attrs', 'caption']);

    let deep: Record<string, unknown> = { type: 'paragraph' };
    for (let depth = 0; depth < limits.bodyDepth + 1; depth += 1) deep = { type: 'blockquote', content: [deep] };
    expect(firstIssue('articles.save', save({ body: body(deep) })).message).toMatch(/nested deeper than/);

    const many = Array.from({ length: limits.bodyNodes }, () => ({ type: 'paragraph' }));
    expect(firstIssue('articles.save', save({ body: { type: 'doc', content: many } })).message).toMatch(/more than 200000 nodes/);
    const longText = Array.from({ length: 3 }, () => ({ type: 'paragraph', content: [{ type: 'text', text: 'x'.repeat(limits.bodyText / 2) }] }));
    expect(firstIssue('articles.save', save({ body: body(...longText) })).message).toMatch(/characters of text/);
  });

  it('accepts what the backend returns and refuses extra keys in results', () => {
    const summary = { id: 1, headline: 'Tin', status: 'draft', version: 1, wordCount: 1, createdAt: '2024-03-29T08:00:00.000Z', updatedAt: '2024-03-29T08:00:00.000Z', trashedAt: null };
    expect(contract['articles.save'].result.safeParse(summary).success).toBe(true);
    expect(contract['articles.save'].result.safeParse({ ...summary, body_json: '{}' }).success).toBe(false);
    expect(contract['articles.save'].result.safeParse({ ...summary, updatedAt: 'yesterday' }).success).toBe(false);
    expect(contract['app.info'].result.safeParse({ version: '0.1.0', databasePath: '/x', schemaVersion: 10, sqliteVersion: '3.53.2' }).success).toBe(true);
  });
});

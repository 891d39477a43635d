import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { hostIsAllowed, originIsAllowed, readJsonContentType, tokenMatches } from '../../../../electron/serve/request-guards';

function requestWith(headers: Record<string, string>): IncomingMessage {
  return { headers } as unknown as IncomingMessage;
}

describe('tokenMatches', () => {
  it.each([
    ['the token itself', 'abc_DEF-123', true],
    ['a different token of the same length', 'abc_DEF-124', false],
    ['a prefix', 'abc_DEF-12', false],
    ['a longer string', 'abc_DEF-1234', false],
    ['an empty string', '', false],
    ['null', null, false],
    ['undefined', undefined, false],
  ])('%s gives %s', (_label, candidate, expected) => {
    expect(tokenMatches(candidate, 'abc_DEF-123')).toBe(expected);
  });
});

describe('hostIsAllowed', () => {
  it.each([
    ['127.0.0.1:8080', true],
    ['localhost:8080', true],
    ['LOCALHOST:8080', true],
    ['127.0.0.1', false],
    ['127.0.0.1:8081', false],
    ['evil.example:8080', false],
    ['[::1]:8080', false],
  ])('Host %s gives %s', (host, expected) => {
    expect(hostIsAllowed(requestWith({ host }), 8080)).toBe(expected);
  });

  it('refuses a request without Host', () => {
    expect(hostIsAllowed(requestWith({}), 8080)).toBe(false);
  });
});

describe('originIsAllowed', () => {
  it.each([
    [undefined, true],
    ['http://127.0.0.1:8080', true],
    ['http://localhost:8080', false],
    ['https://127.0.0.1:8080', false],
    ['null', false],
    ['http://evil.example', false],
  ])('Origin %s on Host 127.0.0.1:8080 gives %s', (origin, expected) => {
    const headers: Record<string, string> = { host: '127.0.0.1:8080' };
    if (origin !== undefined) headers.origin = origin;
    expect(originIsAllowed(requestWith(headers))).toBe(expected);
  });
});

describe('readJsonContentType', () => {
  it.each([
    ['application/json', { json: true, utf8: true }],
    ['Application/JSON; charset=UTF-8', { json: true, utf8: true }],
    ['application/json;charset="utf-8"', { json: true, utf8: true }],
    ['application/json; charset=utf8', { json: true, utf8: true }],
    ['application/json; boundary=x', { json: true, utf8: true }],
    ['application/json; charset=iso-8859-1', { json: true, utf8: false, charset: 'iso-8859-1' }],
    ['application/json; charset="windows-1258"', { json: true, utf8: false, charset: 'windows-1258' }],
    ['application/json; charset=', { json: true, utf8: false, charset: '' }],
    ['text/plain; charset=utf-8', { json: false }],
    ['', { json: false }],
  ])('%s', (header, expected) => {
    expect(readJsonContentType(header)).toEqual(expected);
  });

  it('reads no header as not JSON', () => {
    expect(readJsonContentType(undefined)).toEqual({ json: false });
  });
});

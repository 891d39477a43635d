import { describe, expect, it } from 'vitest';
import { fragmentWithoutToken, resolveBrowserToken, tokenFromFragment, tokenStorageKey, type TokenPlace } from '../../../../renderer/api/browser-token';

function memoryStorage(initial: Record<string, string> = {}) {
  const values = new Map(Object.entries(initial));
  return {
    values,
    getItem: (key: string) => values.get(key) ?? null,
    setItem: (key: string, value: string) => void values.set(key, value),
  };
}

function place(hash: string, storage: TokenPlace['storage'], replaced: string[] = []): TokenPlace {
  return {
    location: { hash, pathname: '/', search: '?x=1' },
    storage,
    history: { state: null, replaceState: (_state: unknown, _unused: string, url?: string | URL | null) => void replaced.push(String(url)) },
  };
}

describe('tokenFromFragment', () => {
  it.each([
    ['#token=abc_DEF-123', 'abc_DEF-123'],
    ['token=abc', 'abc'],
    ['#/articles/3&token=abc', 'abc'],
    ['#token=abc&view=list', 'abc'],
    ['#', null],
    ['', null],
    ['#tokens=abc', null],
    ['#token=', null],
    ['#token=abc%20def', null],
    ['#token=<script>', null],
  ])('%s gives %s', (fragment, expected) => {
    expect(tokenFromFragment(fragment)).toBe(expected);
  });
});

describe('fragmentWithoutToken', () => {
  it.each([
    ['#token=abc', ''],
    ['#token=abc&view=list', '#view=list'],
    ['#/articles/3&token=abc', '#/articles/3'],
    ['#view=list', '#view=list'],
    ['', ''],
  ])('%s gives "%s"', (fragment, expected) => {
    expect(fragmentWithoutToken(fragment)).toBe(expected);
  });
});

describe('resolveBrowserToken', () => {
  it('takes the token from the fragment, stores it, and removes it from the address', () => {
    const storage = memoryStorage();
    const replaced: string[] = [];
    expect(resolveBrowserToken(place('#token=first&view=list', storage, replaced))).toBe('first');
    expect(storage.values.get(tokenStorageKey)).toBe('first');
    expect(replaced).toEqual(['/?x=1#view=list']);
  });

  it('finds the stored token after a reload without fragment or with another fragment', () => {
    const storage = memoryStorage({ [tokenStorageKey]: 'stored' });
    const replaced: string[] = [];
    expect(resolveBrowserToken(place('', storage, replaced))).toBe('stored');
    expect(resolveBrowserToken(place('#view=list', storage, replaced))).toBe('stored');
    expect(replaced).toEqual([]);
  });

  it('prefers a new token in the fragment over the stored one (a new `newsdesk serve` run)', () => {
    const storage = memoryStorage({ [tokenStorageKey]: 'old' });
    expect(resolveBrowserToken(place('#token=new', storage))).toBe('new');
    expect(storage.values.get(tokenStorageKey)).toBe('new');
  });

  it('gives null without fragment token or stored token', () => {
    expect(resolveBrowserToken(place('', memoryStorage()))).toBeNull();
  });

  it('works when storage is unavailable or throws', () => {
    expect(resolveBrowserToken(place('#token=abc', null))).toBe('abc');
    const throwing = {
      getItem: (): string | null => {
        throw new Error('denied');
      },
      setItem: (): void => {
        throw new Error('denied');
      },
    };
    expect(resolveBrowserToken(place('#token=abc', throwing))).toBe('abc');
    expect(resolveBrowserToken(place('', throwing))).toBeNull();
  });
});

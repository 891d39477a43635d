import { describe, expect, it } from 'vitest';
import { appEntryUrl, isAppUrl, mediaHashFromUrl } from '../../../../electron/main/app-origin';
import { isExternalBrowserLink } from '../../../../electron/main/external-links';

const hash = 'a'.repeat(64);

describe('isAppUrl', () => {
  it('accepts pages and origins of app://newsdesk only', () => {
    expect(isAppUrl(appEntryUrl)).toBe(true);
    expect(isAppUrl('app://newsdesk')).toBe(true);
    expect(isAppUrl('app://newsdesk/index.html#/articles/1')).toBe(true);
    expect(isAppUrl('app://newsdesk.evil/index.html')).toBe(false);
    expect(isAppUrl('app://evil/index.html')).toBe(false);
    expect(isAppUrl('https://newsdesk/index.html')).toBe(false);
    expect(isAppUrl('file:///index.html')).toBe(false);
    expect(isAppUrl('')).toBe(false);
  });
});

describe('mediaHashFromUrl', () => {
  it('reads the SHA-256 from newsdesk-media://media/<hash>', () => {
    expect(mediaHashFromUrl(`newsdesk-media://media/${hash}`)).toBe(hash);
  });

  it('refuses anything else', () => {
    expect(mediaHashFromUrl(`newsdesk-media://media/${hash.toUpperCase()}`)).toBeNull();
    expect(mediaHashFromUrl(`newsdesk-media://media/${hash}/x`)).toBeNull();
    expect(mediaHashFromUrl(`newsdesk-media://other/${hash}`)).toBeNull();
    expect(mediaHashFromUrl(`newsdesk-media://media/${hash.slice(1)}`)).toBeNull();
    expect(mediaHashFromUrl(`newsdesk-media://media/../${hash}`)).toBe(hash);
    expect(mediaHashFromUrl(`app://newsdesk/${hash}`)).toBeNull();
  });
});

describe('isExternalBrowserLink', () => {
  it('opens only http and https links that pass the article link rule', () => {
    expect(isExternalBrowserLink('https://thanhuytphcm.vn/tin-tuc')).toBe(true);
    expect(isExternalBrowserLink('http://example.com/')).toBe(true);
    expect(isExternalBrowserLink('mailto:toasoan@example.vn')).toBe(false);
    expect(isExternalBrowserLink('javascript:alert(1)')).toBe(false);
    expect(isExternalBrowserLink('file:///etc/passwd')).toBe(false);
    expect(isExternalBrowserLink('app://newsdesk/index.html')).toBe(false);
    expect(isExternalBrowserLink('https://exa mple.com/')).toBe(false);
  });
});

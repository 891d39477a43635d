import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../../../shared/api/content-security-policy';
import { desktopContentSecurityPolicy, withImageSource } from '../../../../electron/main/desktop-content-security-policy';

describe('withImageSource', () => {
  it('adds the source to an existing img-src', () => {
    expect(withImageSource("default-src 'none'; img-src 'self' data:", 'newsdesk-media:')).toBe(
      "default-src 'none'; img-src 'self' data: newsdesk-media:",
    );
  });

  it('creates img-src when the policy has none, and never adds a source twice', () => {
    expect(withImageSource("default-src 'none'", 'newsdesk-media:')).toBe("default-src 'none'; img-src newsdesk-media:");
    expect(withImageSource("img-src 'self' newsdesk-media:", 'newsdesk-media:')).toBe("img-src 'self' newsdesk-media:");
  });
});

describe('desktopContentSecurityPolicy', () => {
  it('is the shared policy with images from newsdesk-media: and nothing else loosened', () => {
    const directives = (policy: string) => policy.split(';').map((part) => part.trim());
    const desktop = directives(desktopContentSecurityPolicy);
    const shared = directives(contentSecurityPolicy);
    expect(desktop.find((directive) => directive.startsWith('img-src'))).toMatch(/\snewsdesk-media:(\s|$)/);
    expect(desktop.filter((directive) => !directive.startsWith('img-src'))).toEqual(
      shared.filter((directive) => !directive.startsWith('img-src')),
    );
    expect(desktopContentSecurityPolicy).toContain("script-src 'self'");
    expect(desktopContentSecurityPolicy).not.toContain('unsafe-inline');
    expect(desktopContentSecurityPolicy).not.toContain('unsafe-eval');
  });
});

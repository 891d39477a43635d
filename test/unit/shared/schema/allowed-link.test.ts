import { describe, expect, it } from 'vitest';
import { isAllowedLinkUrl } from '../../../../shared/schema/allowed-link';

describe('isAllowedLinkUrl', () => {
  it('allows http, https and mailto addresses', () => {
    for (const url of ['https://thanhuytphcm.vn/tin-tuc', 'http://example.vn', 'HTTPS://EXAMPLE.VN', 'mailto:toasoan@example.vn', ' https://x.vn ']) {
      expect(isAllowedLinkUrl(url), url).toBe(true);
    }
  });

  it('refuses every other scheme, relative and empty addresses, and over-long ones', () => {
    for (const url of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,x', 'file:///etc/passwd', 'vbscript:x', '//evil.example', '/tin-tuc', '', 'https://', `https://x.vn/${'a'.repeat(2048)}`, 'https://x.vn/a b']) {
      expect(isAllowedLinkUrl(url), url).toBe(false);
    }
  });
});

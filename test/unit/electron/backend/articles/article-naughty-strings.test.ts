import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../../../shared/model/article';
import { backendFixture, paragraphs } from '../backend-fixture';

// The Big List of Naughty Strings (MIT, test/fixtures/blns/LICENSE).
const naughtyStrings = JSON.parse(fs.readFileSync(new URL('../../../../fixtures/blns/blns.json', import.meta.url), 'utf8')) as string[];

describe('articles with naughty strings', () => {
  const fixture = backendFixture();

  it('round-trips every naughty string as headline, sapo and body text in NFC, or refuses it clearly', async () => {
    const backend = fixture.open();
    let stored = 0;
    for (const naughty of naughtyStrings) {
      const created = await backend.callFromTransport('articles.create', { fields: { headline: naughty, sapo: naughty, body: paragraphs(naughty) } });
      if (!created.ok) {
        expect(created.error.code, JSON.stringify(naughty)).toBe('invalid_argument');
        expect(created.error.where, JSON.stringify(naughty)).toMatch(/^fields\./);
        expect(created.error.message.length).toBeGreaterThan(10);
        expect(naughty.includes('\u0000') || naughty.length > 1000, JSON.stringify(naughty)).toBe(true);
        continue;
      }
      const id = (created.value as Article).id;
      const fetched = await backend.callFromTransport('articles.get', { id });
      expect(fetched.ok, JSON.stringify(naughty)).toBe(true);
      if (!fetched.ok) continue;
      const article = fetched.value as Article;
      const expected = naughty.normalize('NFC');
      expect(article.headline, JSON.stringify(naughty)).toBe(expected);
      expect(article.sapo).toBe(expected);
      expect(article.body.content?.[0]?.content?.[0]?.text ?? '').toBe(expected);
      stored += 1;
    }
    expect(stored).toBeGreaterThan(naughtyStrings.length - 5);
  });
});

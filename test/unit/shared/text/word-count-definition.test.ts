import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { countWords } from '../../../../shared/text/word-count';

/** The definition, written plainly: the fast counter must agree with it. */
function referenceCount(value: string): number {
  const trimmed = value.normalize('NFC').trim();
  if (trimmed.length === 0) return 0;
  return trimmed.split(/\s+/u).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

/** mulberry32: the same samples on every run. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), state | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

describe('countWords against its definition', () => {
  it('counts Vietnamese syllables separated by white space', () => {
    expect(countWords('Hội nghị Thành ủy  lần thứ 12 – năm 2024')).toBe(9);
    expect(countWords('')).toBe(0);
    expect(countWords(' \n\t ')).toBe(0);
    expect(countWords('— … «»')).toBe(0);
    expect(countWords('a\u00a0b\u3000c\u2028d')).toBe(4);
    expect(countWords('𝐀𝐁 😀 漢字')).toBe(2);
  });

  it('agrees with the definition on the naughty strings', () => {
    const naughty = JSON.parse(fs.readFileSync(new URL('../../../fixtures/blns/blns.json', import.meta.url), 'utf8')) as string[];
    for (const value of naughty) {
      const normalized = value.normalize('NFC');
      expect(countWords(normalized), JSON.stringify(value)).toBe(referenceCount(normalized));
    }
  });

  it('agrees with the definition on random text mixing letters, marks, digits, symbols, spaces and surrogates', () => {
    const random = seededRandom(7);
    const alphabet = ['a', 'Đ', 'ủ', '\u0301', '7', '٣', '-', '.', ' ', '\n', '\u00a0', '\u2009', '\ufeff', '😀', '𝐀', '\ud800', '\udc00', '漢', '\u200b', '\u0000'];
    for (let sample = 0; sample < 500; sample += 1) {
      let value = '';
      const length = Math.floor(random() * 40);
      for (let index = 0; index < length; index += 1) value += alphabet[Math.floor(random() * alphabet.length)];
      const normalized = value.normalize('NFC');
      expect(countWords(normalized), JSON.stringify(value)).toBe(referenceCount(normalized));
    }
  });
});

import { describe, expect, it } from 'vitest';
import { composeVowel, isVietnameseLetter, splitVowel, vietnameseLetters, vowelBases } from '../../../../shared/text/vietnamese-letters';

describe('vietnameseLetters', () => {
  it('holds 134 distinct single-code-point NFC letters outside ASCII, 67 lower and 67 upper case', () => {
    expect(vietnameseLetters).toHaveLength(134);
    expect(new Set(vietnameseLetters).size).toBe(134);
    const lower = vietnameseLetters.slice(0, 67);
    const upper = vietnameseLetters.slice(67);
    expect(lower.every((letter) => letter === letter.toLowerCase())).toBe(true);
    expect(upper).toEqual(lower.map((letter) => letter.toUpperCase()));
    for (const letter of vietnameseLetters) {
      expect([...letter]).toHaveLength(1);
      expect(letter.normalize('NFC')).toBe(letter);
      expect(letter.codePointAt(0)!).toBeGreaterThan(0x7f);
    }
  });

  it('counts 12 vowels × 6 tones, less the 6 plain ASCII vowels, plus đ', () => {
    expect(vowelBases.length * 6 - 6 + 1).toBe(67);
    expect(vietnameseLetters.slice(0, 6)).toEqual(['à', 'ả', 'ã', 'á', 'ạ', 'ă']);
    expect(vietnameseLetters[66]).toBe('đ');
    expect(vietnameseLetters[133]).toBe('Đ');
  });
});

describe('isVietnameseLetter', () => {
  it.each([
    ['ệ', true], ['Ệ', true], ['đ', true], ['Đ', true], ['ư', true], ['ỵ', true], ['à', true],
    ['a', false], ['A', false], ['ç', false], ['ü', false], ['ß', false], ['©', false], ['€', false], ['\u00ad', false],
    ['e\u0302\u0323', false],
  ])('%j → %s', (character, expected) => {
    expect(isVietnameseLetter(character)).toBe(expected);
  });
});

describe('splitVowel and composeVowel', () => {
  it.each([
    ['ậ', { base: 'â', tone: 'dot', upperCase: false }],
    ['Ữ', { base: 'ư', tone: 'tilde', upperCase: true }],
    ['a', { base: 'a', tone: 'none', upperCase: false }],
    ['Ỳ', { base: 'y', tone: 'grave', upperCase: true }],
  ] as const)('%s', (letter, parts) => {
    expect(splitVowel(letter)).toEqual(parts);
    expect(composeVowel(parts.base, parts.tone, parts.upperCase)).toBe(letter);
  });

  it('knows nothing of consonants or decomposed letters', () => {
    expect(splitVowel('đ')).toBeUndefined();
    expect(splitVowel('b')).toBeUndefined();
    expect(splitVowel('a\u0301')).toBeUndefined();
  });
});

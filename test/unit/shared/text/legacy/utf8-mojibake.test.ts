import { describe, expect, it } from 'vitest';
import { measureUtf8Mojibake, repairUtf8Mojibake } from '../../../../../shared/text/legacy/utf8-mojibake';
import { vietnameseLetters } from '../../../../../shared/text/vietnamese-letters';
import { encodeUtf8ReadAsLatin1, encodeUtf8ReadAsWindows1252 } from './legacy-test-encoders';
import { quanUySentence, seedArticle, seedLead } from './seed-text';

describe('repairUtf8Mojibake', () => {
  it.each(vietnameseLetters)('repairs %s read as Windows-1252 or Latin-1', (letter) => {
    expect(repairUtf8Mojibake(encodeUtf8ReadAsWindows1252(letter))).toBe(letter);
    expect(repairUtf8Mojibake(encodeUtf8ReadAsLatin1(letter))).toBe(letter);
  });

  it.each([
    ['the sentence', quanUySentence],
    ['the seed article lead', seedLead],
    ['the whole seed article', seedArticle],
    ['decomposed text, marks included', 'Vie\u0302\u0323t Nam'.normalize('NFD')],
    ['symbols and emoji', '© 2024 — “Ngọc” 😀 €'],
  ])('repairs %s exactly', (_name, text) => {
    expect(repairUtf8Mojibake(encodeUtf8ReadAsWindows1252(text))).toBe(text.normalize('NFC'));
    expect(repairUtf8Mojibake(encodeUtf8ReadAsLatin1(text))).toBe(text.normalize('NFC'));
  });

  it.each([
    ['three bytes', 'Viá»‡t', 'Việt'],
    ['a no-break space turned into a space when copied', 'lÃ  má»™t LÃ m', 'là một Làm'],
    ['a lone lead character stays', 'ÃA Â', 'ÃA Â'],
    ['an overlong sequence stays', 'À€', 'À€'],
    ['a lead without enough continuation stays', 'á»', 'á»'],
    ['U+FFFD left by a lossy reader cannot be repaired', 'vá»\ufffd', 'vá»\ufffd'],
    ['clean text is only normalised', 'Vie\u0302\u0323t café', 'Việt café'],
  ])('%s', (_name, input, expected) => {
    expect(repairUtf8Mojibake(input)).toBe(expected);
  });
});

describe('measureUtf8Mojibake', () => {
  it.each([
    ['Viá»‡t Nam', { sequences: 1, vietnameseThreeByte: 1 }],
    [encodeUtf8ReadAsWindows1252(quanUySentence), { sequences: 7, vietnameseThreeByte: 7 }],
    ['cafÃ©', { sequences: 1, vietnameseThreeByte: 0 }],
    ['lÃ  má»™t', { sequences: 1, vietnameseThreeByte: 1 }],
    ['© 2024 café Straße “x” 😀', { sequences: 0, vietnameseThreeByte: 0 }],
  ])('%j', (text, expected) => {
    expect(measureUtf8Mojibake(text)).toEqual(expected);
  });
});

import { describe, expect, it } from 'vitest';
import { legacyPasteSuggestion, pastePreviewLength } from '../../../../../shared/text/legacy/paste-suggestion';
import { encodeTcvn3, encodeUtf8ReadAsWindows1252, encodeViqr, encodeVni } from './legacy-test-encoders';
import { quanUySentence, seedArticle, seedLead } from './seed-text';

describe('legacyPasteSuggestion', () => {
  it.each([
    ['TCVN3', encodeTcvn3(quanUySentence), 'tcvn3'],
    ['VNI', encodeVni(quanUySentence), 'vni'],
    ['VIQR', encodeViqr(`${quanUySentence}.`), 'viqr'],
    ['misread UTF-8', encodeUtf8ReadAsWindows1252(quanUySentence), 'cp1252'],
  ] as const)('offers to convert a %s paste, with the whole conversion and a preview', (_name, pasted, encoding) => {
    const suggestion = legacyPasteSuggestion(pasted);
    expect(suggestion?.encoding).toBe(encoding);
    expect(suggestion?.converted.startsWith(quanUySentence)).toBe(true);
    expect(suggestion?.preview.startsWith(quanUySentence)).toBe(true);
  });

  it.each([
    ['clean Vietnamese', seedArticle],
    ['clean text with symbols and foreign words', '© 2024 “Café Über” — naïve Straße 😀 €'],
    ['English', "What? I'm fine, e.g. thanks."],
    ['empty', ''],
  ])('offers nothing for %s', (_name, pasted) => {
    expect(legacyPasteSuggestion(pasted)).toBeNull();
  });

  it('previews the start of the converted text on one line, cut at a word', () => {
    const suggestion = legacyPasteSuggestion(encodeTcvn3(seedArticle))!;
    expect(suggestion.converted).toBe(seedArticle.replace(/Ủy|Ý/g, (capital) => capital.toLowerCase()));
    expect(suggestion.preview.length).toBeLessThanOrEqual(pastePreviewLength + 1);
    expect(suggestion.preview).not.toMatch(/\n/);
    expect(suggestion.preview.endsWith('…')).toBe(true);
    expect(suggestion.preview.startsWith('Thứ Sáu, ngày 29 tháng 3 năm 2024 Cần đầu tư')).toBe(true);
  });

  it('converts a big paste whole while detecting on its start', () => {
    const pasted = encodeTcvn3(`${seedLead}\n`).repeat(3_000);
    expect(pasted.length).toBeGreaterThan(1_000_000);
    const suggestion = legacyPasteSuggestion(pasted)!;
    expect(suggestion.encoding).toBe('tcvn3');
    expect(suggestion.converted).toBe(`${seedLead.replace('Ủy viên', 'ủy viên')}\n`.repeat(3_000));
  });
});

import { describe, expect, it } from 'vitest';
import { foldByDecomposition0020, foldForSearch0020 } from '../../../../../../electron/backend/store/migrations/0020-fold-for-search';
import { foldByDecomposition, foldForSearch, tableRanges } from '../../../../../../shared/text/fold';
import { normalizeTonePlacement } from '../../../../../../shared/text/tone-placement';

/**
 * Migration 0020 folds with a frozen copy of shared/text/fold.ts. This checks that the copy was
 * faithful when it was made, on the strings of test/unit/shared/text/fold.test.ts: should the live
 * fold change one day, change this test (to the fold the copy was made from), never the copy.
 */
const foldTestStrings = [
  'Đảng ủy',
  'ĐẢNG UỶ',
  'dang uy',
  'hội quần chúng',
  'Vie\u0302\u0323t Nam',
  'ấ ộ ự ẵ ỹ',
  'Thành ủy',
  'Thành uỷ',
  'café Über',
  'TP.HCM 17-CT/TW',
  ...['hòa', 'khỏe', 'thủy', 'ủy', 'Hòa Bình', 'Quận ủy', 'Thủy lợi'].flatMap((word) => [normalizeTonePlacement(word, 'old'), normalizeTonePlacement(word, 'new')]),
  'İstanbul',
  'ΣΟΦΟΣ Σ',
  '한국어 ᄀ\u0301ᅡ',
  '😀 Đà Lạt',
  'Ω Å ﬁ',
  '',
];

const longSentence = 'Sáng 29/3, Ban Thường vụ Thành ủy TP.HCM tổ chức hội nghị – “Đảng ủy” phường Võ Thị Sáu… '.repeat(3000);

describe('the fold frozen for migration 0020', () => {
  it.each(foldTestStrings)('folds %j as shared/text/fold.ts does', (value) => {
    expect(foldForSearch0020(value)).toBe(foldForSearch(value));
    expect(foldByDecomposition0020(value)).toBe(foldByDecomposition(value));
  });

  it('folds every pair of characters of the fold table as shared/text/fold.ts does', () => {
    const characters: string[] = [];
    for (const [first, last] of tableRanges) {
      for (let code = first; code <= last; code += 1) characters.push(String.fromCharCode(code));
    }
    const mismatches: string[] = [];
    for (const first of characters) {
      for (const second of characters) {
        const pair = first + second;
        if (foldForSearch0020(pair) !== foldForSearch(pair)) mismatches.push(pair);
      }
    }
    expect(mismatches.slice(0, 10)).toEqual([]);
  });

  it('folds long text, NFC or NFD, with or without characters outside the table, as shared/text/fold.ts does', () => {
    for (const text of [longSentence, longSentence.normalize('NFD'), `${longSentence}Σ`, `ΑΣ ${longSentence}`, longSentence.toUpperCase()]) {
      expect(foldForSearch0020(text)).toBe(foldForSearch(text));
    }
  });
});

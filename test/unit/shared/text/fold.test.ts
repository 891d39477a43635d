import { describe, expect, it } from 'vitest';
import { foldByDecomposition, foldForSearch, tableRanges } from '../../../../shared/text/fold';
import { normalizeTonePlacement } from '../../../../shared/text/tone-placement';

describe('foldForSearch', () => {
  it.each([
    ['Đảng ủy', 'dang uy'],
    ['ĐẢNG UỶ', 'dang uy'],
    ['dang uy', 'dang uy'],
    ['hội quần chúng', 'hoi quan chung'],
    ['Vie\u0302\u0323t Nam', 'viet nam'],
    ['ấ ộ ự ẵ ỹ', 'a o u a y'],
    ['Thành ủy', 'thanh uy'],
    ['Thành uỷ', 'thanh uy'],
    ['café Über', 'cafe uber'],
    ['TP.HCM 17-CT/TW', 'tp.hcm 17-ct/tw'],
  ])('%s → %s', (input, expected) => {
    expect(foldForSearch(input)).toBe(expected);
  });

  it.each(['hòa', 'khỏe', 'thủy', 'ủy', 'Hòa Bình', 'Quận ủy', 'Thủy lợi'])('folds %s to the same key in old and new tone style', (word) => {
    const oldStyle = normalizeTonePlacement(word, 'old');
    const newStyle = normalizeTonePlacement(word, 'new');
    expect(oldStyle).not.toBe(newStyle);
    expect(foldForSearch(oldStyle)).toBe(foldForSearch(newStyle));
  });

  it.each([
    ['İstanbul', 'istanbul'],
    ['ΣΟΦΟΣ Σ', 'σοφος σ'],
    ['한국어 ᄀ\u0301ᅡ', '한국어 가'],
    ['😀 Đà Lạt', '😀 da lat'],
    ['Ω Å ﬁ', 'ω a ﬁ'],
    ['', ''],
  ])('folds %j, outside the fast path too, as its definition does: %j', (input, expected) => {
    expect(foldForSearch(input)).toBe(expected);
    expect(foldByDecomposition(input)).toBe(expected);
  });

  it('folds every pair of characters of its table exactly as the definition does', () => {
    const characters: string[] = [];
    for (const [first, last] of tableRanges) {
      for (let code = first; code <= last; code += 1) characters.push(String.fromCharCode(code));
    }
    const mismatches: string[] = [];
    for (const first of characters) {
      for (const second of characters) {
        const pair = first + second;
        if (foldForSearch(pair) !== foldByDecomposition(pair)) mismatches.push(pair);
      }
    }
    expect(mismatches.slice(0, 10)).toEqual([]);
  });

  it('folds long text, NFC or NFD, with or without characters outside its table, as the definition does', () => {
    const sentence = 'Sáng 29/3, Ban Thường vụ Thành ủy TP.HCM tổ chức hội nghị – “Đảng ủy” phường Võ Thị Sáu… ';
    const long = sentence.repeat(3000);
    expect(long.length).toBeGreaterThan(200_000);
    for (const text of [long, long.normalize('NFD'), `${long}Σ`, `ΑΣ ${long}`, long.toUpperCase()]) {
      expect(foldForSearch(text)).toBe(foldByDecomposition(text));
    }
  });
});

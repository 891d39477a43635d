import { describe, expect, it } from 'vitest';
import { normalizeTonePlacement } from '../../../../shared/text/tone-placement';

describe('normalizeTonePlacement', () => {
  it.each([
    // [old style, new style]
    ['hòa', 'hoà'], ['họa', 'hoạ'], ['thỏa', 'thoả'], ['lõa', 'loã'], ['tóa', 'toá'],
    ['khỏe', 'khoẻ'], ['xòe', 'xoè'], ['lóe', 'loé'], ['nhòe', 'nhoè'],
    ['thủy', 'thuỷ'], ['ủy', 'uỷ'], ['lũy', 'luỹ'], ['túy', 'tuý'], ['ngụy', 'nguỵ'], ['hủy', 'huỷ'], ['tùy', 'tuỳ'],
    ['òa', 'oà'], ['Hòa', 'Hoà'], ['HÒA', 'HOÀ'], ['Ủy', 'Uỷ'], ['ỦY', 'UỶ'], ['THỦY', 'THUỶ'], ['Khỏe', 'Khoẻ'],
    ['Đỏa', 'Đoả'],
  ])('%s ⇄ %s', (oldStyle, newStyle) => {
    expect(normalizeTonePlacement(oldStyle, 'old')).toBe(oldStyle);
    expect(normalizeTonePlacement(newStyle, 'old')).toBe(oldStyle);
    expect(normalizeTonePlacement(oldStyle, 'new')).toBe(newStyle);
    expect(normalizeTonePlacement(newStyle, 'new')).toBe(newStyle);
  });

  it.each([
    ['closed syllables keep the mark on the second vowel', 'hoàng toán khoét huýt huỳnh hoạch'],
    ['qu- syllables', 'quý quà quả quỳ quỷ Quý'],
    ['gi- syllables', 'giá giờ giúp'],
    ['oai, oay, oeo, uya, uyu, uyê', 'hoài xoáy ngoẹo khuya khuỷu chuyện'],
    ['other diphthongs', 'của mùa thuở tuổi'],
    ['toneless', 'hoa khoe thuy uy'],
    ['the vowels inside a longer word', 'hòabình'],
    ['other scripts and symbols', '© 2024 — 😀'],
  ])('leaves %s alone', (_name, text) => {
    expect(normalizeTonePlacement(text, 'old')).toBe(text);
    expect(normalizeTonePlacement(text, 'new')).toBe(text);
  });

  it('works through a sentence, keeping punctuation and other words', () => {
    const oldStyle = 'Quận ủy Quận 3, Thành ủy và Ủy ban hòa giải (khỏe, thủy lợi); quý hoàng toán.';
    const newStyle = 'Quận uỷ Quận 3, Thành uỷ và Uỷ ban hoà giải (khoẻ, thuỷ lợi); quý hoàng toán.';
    expect(normalizeTonePlacement(oldStyle, 'new')).toBe(newStyle);
    expect(normalizeTonePlacement(newStyle, 'old')).toBe(oldStyle);
  });

  it('accepts decomposed input and returns NFC', () => {
    expect(normalizeTonePlacement('ho\u0300a', 'new')).toBe('hoà');
    expect(normalizeTonePlacement('hoa\u0300', 'old')).toBe('hòa');
    expect(normalizeTonePlacement('Vie\u0302\u0323t', 'old')).toBe('Việt');
  });
});

import { describe, expect, it } from 'vitest';
import { foldForSearch } from '../../../../shared/text/fold';
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
});

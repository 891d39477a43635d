import { describe, expect, it } from 'vitest';
import { compareVietnamese, sortVietnamese } from '../../../../shared/text/collation';

describe('compareVietnamese', () => {
  it.each([
    ['a', 'à'], ['à', 'ả'], ['ả', 'ã'], ['ã', 'á'], ['á', 'ạ'], ['ạ', 'ă'], ['ă', 'â'], ['ẫ', 'b'],
    ['d', 'đ'], ['dz', 'đa'], ['Dương', 'Đào'], ['o', 'ô'], ['ô', 'ơ'], ['u', 'ư'], ['An', 'Ân'],
  ])('%s sorts before %s', (first, second) => {
    expect(compareVietnamese(first, second)).toBeLessThan(0);
    expect(compareVietnamese(second, first)).toBeGreaterThan(0);
  });

  it('treats NFC and NFD as equal', () => {
    expect(compareVietnamese('Vie\u0302\u0323t', 'Việt')).toBe(0);
  });
});

describe('sortVietnamese', () => {
  it('sorts people by name in Vietnamese order', () => {
    const names = ['Đào Văn Bình', 'Trần Thị Hường', 'Dương Minh', 'Ân Hạnh', 'An Nhiên', 'Ấu Thơ', 'Bùi Lan'];
    expect(sortVietnamese(names)).toEqual(['An Nhiên', 'Ân Hạnh', 'Ấu Thơ', 'Bùi Lan', 'Dương Minh', 'Đào Văn Bình', 'Trần Thị Hường']);
  });

  it('sorts by a key, stably, without touching the input', () => {
    const categories = [
      { name: 'Đời sống', id: 1 },
      { name: 'Chính trị', id: 2 },
      { name: 'Đời sống', id: 3 },
      { name: 'Du lịch', id: 4 },
    ];
    const sorted = sortVietnamese(categories, (category) => category.name);
    expect(sorted.map((category) => category.id)).toEqual([2, 4, 1, 3]);
    expect(categories.map((category) => category.id)).toEqual([1, 2, 3, 4]);
  });
});

import { describe, expect, it } from 'vitest';
import { toNfc } from '../../../../shared/text/normalize';

const nfdViet = 'Vie\u0302\u0323t Nam';

describe('toNfc', () => {
  it.each([
    ['decomposed ệ', nfdViet, 'Việt Nam'],
    ['marks in the other canonical order', 'e\u0323\u0302', 'ệ'],
    ['already NFC', 'Quận ủy', 'Quận ủy'],
    ['đ has no decomposition', 'đ Đ', 'đ Đ'],
    ['ASCII', 'Hello', 'Hello'],
    ['empty', '', ''],
  ])('%s', (_name, input, expected) => {
    expect(toNfc(input)).toBe(expected);
  });
});

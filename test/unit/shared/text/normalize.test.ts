import { describe, expect, it } from 'vitest';
import { normalizeDeep, toNfc } from '../../../../shared/text/normalize';

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

describe('normalizeDeep', () => {
  it('normalises every string in a nested JSON-like value, keys included, and drops NUL characters', () => {
    const input = {
      headline: nfdViet,
      [`ke\u0302\u0301`]: ['a\u0000b', { nested: `ho\u0300a\u0000` }],
      count: 3,
      flag: true,
      nothing: null,
    };
    expect(normalizeDeep(input)).toEqual({
      headline: 'Việt Nam',
      kế: ['ab', { nested: 'hòa' }],
      count: 3,
      flag: true,
      nothing: null,
    });
  });

  it('does not modify its input', () => {
    const input = { list: [nfdViet] };
    normalizeDeep(input);
    expect(input.list[0]).toBe(nfdViet);
  });

  it.each([
    ['a string', `\u0000${nfdViet}`, 'Việt Nam'],
    ['a number', 42, 42],
    ['null', null, null],
    ['undefined', undefined, undefined],
    ['an array of strings', ['a\u0301', 'b'], ['á', 'b']],
  ])('handles %s at the top level', (_name, input, expected) => {
    expect(normalizeDeep(input)).toEqual(expected);
  });

  it('keeps class instances such as Date as they are', () => {
    const date = new Date(0);
    expect(normalizeDeep({ date }).date).toBe(date);
  });
});

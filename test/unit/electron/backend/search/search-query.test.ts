import { describe, expect, it } from 'vitest';
import { parseSearchQuery, toMatchExpression } from '../../../../../electron/backend/search/search-query';

describe('parseSearchQuery', () => {
  it.each([
    ['hội quần chúng', [['hoi'], ['quan'], ['chung']]],
    ['Đảng ủy', [['dang'], ['uy']]],
    ['THÀNH UỶ', [['thanh'], ['uy']]],
    ['tp.hcm', [['tp', 'hcm']]],
    ['"quận ủy quận 3"', [['quan', 'uy', 'quan', '3']]],
    ['“Thành ủy” hội', [['thanh', 'uy'], ['hoi']]],
    ['a AND b OR NOT c', [['a'], ['and'], ['b'], ['or'], ['not'], ['c']]],
    ['NEAR(a b)', [['near', 'a'], ['b']]],
    ['-foo +bar ^baz col:qux', [['foo'], ['bar'], ['baz'], ['col', 'qux']]],
    ['hội hội Hội', [['hoi']]],
    // The mark of the index's own tokens (the author filter's) is a separator; other private-use characters are letters.
    ['\uE000a17 x\uE000a2', [['a17'], ['x', 'a2']]],
    ['\uF0B7ab', [['\uF0B7ab']]],
  ])('reads %j as folded phrases', (query, expected) => {
    expect(parseSearchQuery(query).map((phrase) => phrase.tokens)).toEqual(expected);
  });

  it.each(['', '   ', '"', '""', '-', '*', '**', '()', '👩‍👩‍👧', '\u0000', '\uE000', '"*"', '.', '“”'])('finds nothing to search in %j', (query) => {
    expect(parseSearchQuery(query)).toEqual([]);
    expect(toMatchExpression(parseSearchQuery(query))).toBeNull();
  });

  it('treats a trailing star as a prefix only after a word of two letters or more', () => {
    expect(parseSearchQuery('nguy* a* "tp hc"*')).toEqual([
      { tokens: ['nguy'], prefix: true },
      { tokens: ['a'], prefix: false },
      { tokens: ['tp', 'hc'], prefix: true },
    ]);
    expect(parseSearchQuery('*nguy nguy.*')).toEqual([
      { tokens: ['nguy'], prefix: false },
    ]);
  });

  it('reads an unclosed quote as ordinary words', () => {
    expect(parseSearchQuery('"hội quần').map((phrase) => phrase.tokens)).toEqual([['hoi'], ['quan']]);
  });
});

describe('toMatchExpression', () => {
  it('quotes every phrase and joins them with AND', () => {
    expect(toMatchExpression(parseSearchQuery('tp.hcm "Quận 3" nguy* AND'))).toBe('"tp hcm" AND "quan 3" AND "nguy" * AND "and"');
  });

  it('doubles quotes inside a phrase', () => {
    expect(toMatchExpression([{ tokens: ['a"b'], prefix: false }])).toBe('"a""b"');
  });
});

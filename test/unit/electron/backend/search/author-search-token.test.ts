import { describe, expect, it } from 'vitest';
import { authorSearchToken, reservedTokenMark, withoutReservedMark } from '../../../../../electron/backend/search/author-search-token';
import { parseSearchQuery } from '../../../../../electron/backend/search/search-query';

describe('authorSearchToken', () => {
  it('is the reserved mark, a and the id: one token to the index, none to a query', () => {
    expect(authorSearchToken(17)).toBe('\uE000a17');
    expect(authorSearchToken(17).startsWith(reservedTokenMark)).toBe(true);
    expect(parseSearchQuery(authorSearchToken(17)).map((phrase) => phrase.tokens)).toEqual([['a17']]);
  });
});

describe('withoutReservedMark', () => {
  it('makes the mark a separator and leaves other text as it is', () => {
    expect(withoutReservedMark('hoi nghi \uE000a17')).toBe('hoi nghi  a17');
    const text = 'hoi nghi \uF0B7 a17';
    expect(withoutReservedMark(text)).toBe(text);
  });
});

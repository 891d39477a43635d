import { describe, expect, it } from 'vitest';
import { findInText, replaceMatches, type FindOptions } from '../../../../shared/text/find-in-text';

const plain: FindOptions = { caseSensitive: false, wholeWord: false, ignoreAccents: false };
const accentless: FindOptions = { ...plain, ignoreAccents: true };

function found(text: string, query: string, options: FindOptions): string[] {
  return findInText(text, query, options).map(({ from, to }) => text.slice(from, to));
}

describe('findInText', () => {
  it('finds with accents only what carries them, ignoring case', () => {
    expect(found('Hòa bình, hoa hồng, HÒA giải', 'hòa', plain)).toEqual(['Hòa', 'HÒA']);
    expect(found('Hòa bình, hoa hồng, HÒA giải', 'hoa', plain)).toEqual(['hoa']);
  });

  it('"Không phân biệt dấu" finds every accent and đ', () => {
    expect(found('Hòa bình, hoa hồng, hóa đơn, HOÀ', 'hoa', accentless)).toEqual(['Hòa', 'hoa', 'hóa', 'HOÀ']);
    expect(found('Đảng ủy và dang dở', 'dang', accentless)).toEqual(['Đảng', 'dang']);
    expect(found('Quận ủy', 'quan uy', accentless)).toEqual(['Quận ủy']);
  });

  it('finds either tone placement (hoà and hòa, thuỷ and thủy) with and without accents', () => {
    const text = 'hòa hợp, hoà giải, thủy lợi, thuỷ điện';
    expect(found(text, 'hoà', plain)).toEqual(['hòa', 'hoà']);
    expect(found(text, 'hòa', plain)).toEqual(['hòa', 'hoà']);
    expect(found(text, 'thuỷ', plain)).toEqual(['thủy', 'thuỷ']);
    expect(found(text, 'hoà', accentless)).toEqual(['hòa', 'hoà']);
  });

  it('matches NFD text and queries, and maps the match back to whole characters', () => {
    const decomposed = 'Việt Nam'.normalize('NFD');
    const matches = findInText(decomposed, 'việt', plain);
    expect(matches).toHaveLength(1);
    expect(decomposed.slice(matches[0]!.from, matches[0]!.to).normalize('NFC')).toBe('Việt');
    expect(found('Hà Nội và Việt Nam', 'VIỆT'.normalize('NFD'), plain)).toEqual(['Việt']);
    // The accent of the last letter stays inside the match.
    const accentlessMatch = findInText(decomposed, 'viet', accentless);
    expect(decomposed.slice(accentlessMatch[0]!.from, accentlessMatch[0]!.to).normalize('NFC')).toBe('Việt');
  });

  it('keeps case when asked', () => {
    const caseSensitive = { ...plain, caseSensitive: true };
    expect(found('Hòa và hòa', 'hòa', caseSensitive)).toEqual(['hòa']);
    expect(found('Đà Nẵng, đà', 'Da', { ...accentless, caseSensitive: true })).toEqual(['Đà']);
  });

  it('whole word leaves matches inside words alone', () => {
    const wholeWord = { ...plain, wholeWord: true };
    expect(found('hoa hoàng hoa, hoa1', 'hoa', wholeWord)).toEqual(['hoa', 'hoa']);
    expect(found('hoa hoàng hòa', 'hoa', { ...accentless, wholeWord: true })).toEqual(['hoa', 'hòa']);
    expect(found('cáchoa hoa', 'hoa', wholeWord)).toEqual(['hoa']);
  });

  it('finds nothing for an empty query and does not overlap', () => {
    expect(findInText('abc', '', plain)).toEqual([]);
    expect(found('aaaa', 'aa', plain)).toEqual(['aa', 'aa']);
  });

  it('replaces matches by offsets', () => {
    const text = 'Hòa bình và hoà hợp';
    expect(replaceMatches(text, findInText(text, 'hoà', plain), 'Hòa')).toBe('Hòa bình và Hòa hợp');
  });
});

import { describe, expect, it } from 'vitest';
import { decodeLegacyBytes } from '../../../../../shared/text/legacy/convert-legacy';
import { decodeVni } from '../../../../../shared/text/legacy/vni';
import { vietnameseLetters } from '../../../../../shared/text/vietnamese-letters';
import { encodeVni, latin1Bytes } from './legacy-test-encoders';
import { quanUySentence, seedArticle, seedLead } from './seed-text';

describe('decodeVni', () => {
  it.each(vietnameseLetters)('round-trips %s', (letter) => {
    expect(decodeVni(encodeVni(letter))).toBe(letter);
    expect(decodeVni(`b${encodeVni(letter)}n`)).toBe(`b${letter}n`);
  });

  it.each([
    ['the sentence', quanUySentence],
    ['the seed article lead', seedLead],
    ['the whole seed article', seedArticle],
    ['a heading in capitals', 'QUẬN ỦY QUẬN 3 TỔ CHỨC HỘI NGHỊ'],
    ['ươ and uô', 'người muốn thuở'],
  ])('round-trips %s', (_name, text) => {
    expect(decodeVni(encodeVni(text))).toBe(text);
  });

  it.each([
    ['lower case', 'Vieät Nam', 'Việt Nam'],
    ['capitals', 'VIEÄT NAM', 'VIỆT NAM'],
    ['a capital with a lower-case mark', 'VIEät', 'VIỆt'],
    ['the design notes example', 'Quaän uûy', 'Quận ủy'],
    ['ñ ö ô stand alone for đ ư ơ', 'ñ ö ô Ñ Ö Ô', 'đ ư ơ Đ Ư Ơ'],
    ['a mark after a consonant stays', 'bù cø', 'bù cø'],
    ['a breve mark cannot go on o', 'oê', 'oê'],
    ['a mark with nothing before it stays', 'ä ù', 'ä ù'],
    ['no VNI character: only NFC', 'Vie\u0302\u0323t', 'Việt'],
    ['Windows-1252 punctuation is kept', '“Vieät” – €', '“Việt” – €'],
  ])('%s', (_name, input, expected) => {
    expect(decodeVni(input)).toBe(expected);
  });

  it('decodes a VNI file read byte by byte', () => {
    const bytes = latin1Bytes(encodeVni(seedLead));
    expect(decodeLegacyBytes(bytes, 'vni')).toEqual({ text: seedLead, encoding: 'vni' });
  });
});

import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeLegacyBytes } from '../../../../../shared/text/legacy/convert-legacy';
import { decodeTcvn3 } from '../../../../../shared/text/legacy/tcvn3';
import { vietnameseLetters } from '../../../../../shared/text/vietnamese-letters';
import { encodeTcvn3, latin1Bytes, tcvn3BaseFontHolds } from './legacy-test-encoders';
import { quanUySentence, seedArticle, seedLead } from './seed-text';

const lowerCase = vietnameseLetters.slice(0, 67);
const upperCase = vietnameseLetters.slice(67);
const baseFontLetters = vietnameseLetters.filter(tcvn3BaseFontHolds);

describe('decodeTcvn3', () => {
  it('the base fonts hold the 67 lower-case letters and Ă Â Ê Ô Ơ Ư Đ', () => {
    expect(baseFontLetters).toHaveLength(74);
    expect(baseFontLetters.filter((letter) => upperCase.includes(letter))).toEqual(['Ă', 'Â', 'Ê', 'Ô', 'Ơ', 'Ư', 'Đ']);
  });

  it.each(baseFontLetters)('round-trips %s', (letter) => {
    expect(decodeTcvn3(encodeTcvn3(letter))).toBe(letter);
    expect(decodeTcvn3(`x${encodeTcvn3(letter)}y`)).toBe(`x${letter}y`);
  });

  it.each(upperCase)('round-trips %s typed with an "H" font in a word of capitals', (letter) => {
    expect(decodeTcvn3(encodeTcvn3(`${letter}NH`))).toBe(`${letter}NH`);
    expect(decodeTcvn3(encodeTcvn3(`XY ${letter}`))).toBe(`XY ${letter}`);
  });

  it.each([
    ['a sentence', quanUySentence, quanUySentence],
    ['a heading in capitals', 'QUẬN ỦY QUẬN 3 TỔ CHỨC HỘI NGHỊ', 'QUẬN ỦY QUẬN 3 TỔ CHỨC HỘI NGHỊ'],
    ['a capitals word in a lower-case line', 'Trụ sở UBND QUẬN 3', 'Trụ sở UBND QUẬN 3'],
    // "Ủy" has no byte in the base fonts: typed with an H font it comes back lower case.
    ['the seed article lead', seedLead, seedLead.replace('Ủy viên', 'ủy viên')],
    ['Hà Nội, a capital first letter then TCVN3 letters', 'Hà Nội', 'Hà Nội'],
  ])('round-trips %s', (_name, text, expected) => {
    expect(decodeTcvn3(encodeTcvn3(text))).toBe(expected);
  });

  it('round-trips the whole seed article apart from capitals the base fonts lack', () => {
    const expected = seedArticle.replace(/Ủy|Ý/g, (capital) => capital.toLowerCase());
    expect(decodeTcvn3(encodeTcvn3(seedArticle))).toBe(expected);
  });

  it.each([
    ['ư arrives as a soft hyphen', 'ng\u00adêi', 'người'],
    ['Qu©n ñy', 'Qu©n ñy', 'Quân ủy'],
    ['QuËn ñy', 'QuËn ñy', 'Quận ủy'],
    ['Windows-1252 punctuation is kept', '“QuËn ñy” – 3…', '“Quận ủy” – 3…'],
    ['text with no TCVN3 character only becomes NFC', 'Vie\u0302\u0323t Nam', 'Việt Nam'],
    ['a line break separates capital lines', 'QUËN ñY\nHµ Néi', 'QUẬN ỦY\nHà Nội'],
  ])('%s', (_name, input, expected) => {
    expect(decodeTcvn3(input)).toBe(expected);
  });
});

describe('TCVN3 against iconv-lite (TCVN 5712)', () => {
  const iconvByte = (letter: string) => iconv.encode(letter, 'tcvn')[0]!;
  const heldAboveA0 = vietnameseLetters.filter((letter) => iconvByte(letter) > 0xa0);

  it('iconv-lite places 90 of the 134 letters above 0xA0: the base-font letters and 16 toned capitals', () => {
    expect(heldAboveA0).toHaveLength(90);
    expect(heldAboveA0.filter((letter) => !tcvn3BaseFontHolds(letter)).join('')).toBe('ẰẲẴẮẦẨẪẤỀỂỄẾỒỔỖỐ');
  });

  it('the test encoder agrees with iconv-lite on every base-font letter', () => {
    for (const letter of baseFontLetters) expect(encodeTcvn3(letter).charCodeAt(0), letter).toBe(iconvByte(letter));
  });

  it.each(heldAboveA0)('decodes iconv-lite bytes of %s', (letter) => {
    expect(decodeLegacyBytes(iconv.encode(letter, 'tcvn'), 'tcvn3').text).toBe(letter);
  });

  it.each([
    ['the sentence', quanUySentence],
    ['the seed article lead in lower case', seedLead.toLowerCase()],
    ['every lower-case letter', lowerCase.join(' ')],
  ])('decodes iconv-lite bytes of %s', (_name, text) => {
    const bytes = iconv.encode(text, 'tcvn');
    expect(decodeLegacyBytes(bytes, 'tcvn3').text).toBe(text);
    expect(decodeTcvn3(iconv.decode(bytes, 'latin1'))).toBe(text);
    expect(latin1Bytes(encodeTcvn3(text))).toEqual(new Uint8Array(bytes));
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeViqr, forEachMarkedCandidate, measureViqr } from '../../../../../shared/text/legacy/viqr';
import { splitVowel, vietnameseLetters } from '../../../../../shared/text/vietnamese-letters';
import { encodeViqr } from './legacy-test-encoders';
import { quanUySentence, seedArticle, seedLead } from './seed-text';

/** A syllable holding the letter that Vietnamese allows, followed by another word: "bắn kia". */
function inSyllable(letter: string): string {
  const base = splitVowel(letter)?.base;
  const upper = letter !== letter.toLowerCase();
  if (base === undefined) return upper ? `${letter}I KIA` : `${letter}i kia`;
  const consonant = upper ? 'B' : 'b';
  const final = base === 'ă' || base === 'â' ? (upper ? 'N' : 'n') : '';
  return `${consonant}${letter}${final} ${upper ? 'KIA' : 'kia'}`;
}

describe('decodeViqr', () => {
  it.each(vietnameseLetters)('round-trips %s', (letter) => {
    const text = inSyllable(letter);
    expect(decodeViqr(encodeViqr(text))).toBe(text);
  });

  it.each([
    ['the sentence, ending in a full stop', `${quanUySentence}.`],
    ['the seed article lead', seedLead],
    ['the whole seed article', seedArticle],
    ['a heading in capitals', 'QUẬN ỦY QUẬN 3 TỔ CHỨC HỘI NGHỊ!'],
    ['a question', 'Anh có khỏe không? Tôi đi.'],
  ])('round-trips %s as RFC 1456 writes it', (_name, text) => {
    expect(decodeViqr(encodeViqr(text))).toBe(text);
  });

  it.each([
    ['the design notes example', 'Vie^.t Nam', 'Việt Nam'],
    ['marks before a final consonant', 'Ha` No^.i', 'Hà Nội'],
    ['dd in every case', 'DDa`o Dda`o dda`o', 'Đào Đào đào'],
    ['two horns', 'ngu+o+`i', 'người'],
    ['the tone after either vowel', 'ho`a hoa`', 'hòa hoà'],
    ['a full stop ends a sentence', 'To^i ddi. Anh ve^`.', 'Tôi đi. Anh về.'],
    ['in capitals, a dot before a capital is a tone mark', 'BI. BA\'N', 'BỊ BÁN'],
    ['a dot before a lower-case word is a tone mark', 'bi. ba\'n', 'bị bán'],
    ['doubled: a tone mark then a full stop', 'ho^.i nghi..', 'hội nghị.'],
    ['tripled: an ellipsis', 'ddi...', 'đi...'],
    ['a question mark at the end', 'Anh co\' kho?e kho^ng? Ddi?', 'Anh có khỏe không? Đi?'],
    ['a second mark after a toned word is punctuation', 'Qua^.n u?y.', 'Quận ủy.'],
    ['a full stop before a closing bracket', '(ddi.)', '(đi.)'],
    ['escaped marks are literal', 'ddi\\. Ma\\\'', 'đi. Ma\''],
    ['English words that are not syllables stay', 'e.g. what? yes.', 'e.g. what? yes.'],
    ['a mark after a consonant stays', "don't C++ x^2 a^2", "don't C++ x^2 a^2"],
    ['no syllable: unchanged', '(Thanhuytphcm.vn) 17-CT/TW', '(Thanhuytphcm.vn) 17-CT/TW'],
    // The RFC has no way to tell "nghị" at the very end of a text from "nghi" and a full stop.
    ['a lone final dot at the end of the text is read as a full stop', 'ho^.i nghi.', 'hội nghi.'],
  ])('%s', (_name, input, expected) => {
    expect(decodeViqr(input)).toBe(expected);
  });
});

/** The conversion done the plain way: concatenate the pieces, unescape and normalise the whole text to NFC. */
function decodeViqrStraightforwardly(text: string): string {
  let output = '';
  let runStart = 0;
  forEachMarkedCandidate(text, (candidate, index, reading) => {
    if (reading === null) return;
    output += text.slice(runStart, index) + reading.syllable.unicode + reading.punctuation;
    runStart = index + candidate.length;
  });
  output += text.slice(runStart);
  return output.replace(/\\([`?~'.^(+\\])/g, '$1').normalize('NFC');
}

/** Pieces VIQR text is made of, with non-ASCII text around them: NFC and NFD letters, lone combining marks, dashes, astral and lone surrogates. */
const viqrPieces = [
  'a', 'e', 'i', 'o', 'u', 'y', 'A', 'E', 'O', 'U', 'Y', 'dd', 'DD', 'Dd', 'ng', 'nh', 'ch', 'c', 't', 'm', 'n', 'p', 'h', 'q', 'x', 'b', 'g', 'k', 'l', 'r', 's', 'v', 'N', 'T', 'Q', 'H',
  '^', '(', '+', '`', '?', '~', "'", '.', '..', '...', '\\', '\\.', '\\?', "\\'", ' ', '  ', '\n', '\r\n', '\t', ',', '!', '"', '“', '”', '(', ')', '»', '0', '7',
  'ệ', 'Đ', 'e\u0301', '\u0301', '\u0323', '\u0300a', '–', 'Ω', '😀', '\ud800', 'ﬁ', 'Å', '\u212b',
];

describe('decodeViqr fast path', () => {
  it('gives exactly what concatenating and normalising everything gives', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: fc.constantFrom(...viqrPieces), maxLength: 60 }), fc.string({ unit: 'binary', maxLength: 40 })), (text) => {
        expect(decodeViqr(text)).toBe(decodeViqrStraightforwardly(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('gives the same for a long escaped article', () => {
    const text = encodeViqr(`${seedArticle}\n– e\u0301 ${seedLead}\n`).repeat(20);
    expect(decodeViqr(text)).toBe(decodeViqrStraightforwardly(text));
  });
});

describe('measureViqr', () => {
  it.each([
    ['a VIQR sentence', 'Qua^.n u?y Qua^.n 3 to^? chu+\'c ho^.i nghi. to^?ng ke^\'t', { words: 9, marked: 9, strong: 8, distinctStrong: 7 }],
    ['English: only "I\'m" reads as a marked syllable', "e.g. what? I'm fine, thanks.", { words: 5, marked: 1, strong: 1, distinctStrong: 1 }],
    ['plain ASCII Vietnamese without marks', 'Quan uy Quan 3', { words: 3, marked: 0, strong: 0, distinctStrong: 0 }],
    ['tone marks at the ends of words are weak evidence', "ca' ba` me~", { words: 3, marked: 3, strong: 0, distinctStrong: 0 }],
  ])('%s', (_name, text, expected) => {
    expect(measureViqr(text)).toEqual(expected);
  });
});

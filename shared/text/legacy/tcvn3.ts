import { composeVowel, tones, type VowelBase } from '../vietnamese-letters';
import { stringFromCodeUnits } from './code-units';

/**
 * TCVN3 (TCVN 5712:1993, the ABC fonts .VnTime, .VnArial ...): the byte of each vowel letter,
 * without a tone and then with grave, hook, tilde, acute and dot below. ASCII vowels keep their byte.
 */
const vowelBytes: Readonly<Record<VowelBase, readonly [number, number, number, number, number, number]>> = {
  a: [0x61, 0xb5, 0xb6, 0xb7, 0xb8, 0xb9],
  ă: [0xa8, 0xbb, 0xbc, 0xbd, 0xbe, 0xc6],
  â: [0xa9, 0xc7, 0xc8, 0xc9, 0xca, 0xcb],
  e: [0x65, 0xcc, 0xce, 0xcf, 0xd0, 0xd1],
  ê: [0xaa, 0xd2, 0xd3, 0xd4, 0xd5, 0xd6],
  i: [0x69, 0xd7, 0xd8, 0xdc, 0xdd, 0xde],
  o: [0x6f, 0xdf, 0xe1, 0xe2, 0xe3, 0xe4],
  ô: [0xab, 0xe5, 0xe6, 0xe7, 0xe8, 0xe9],
  ơ: [0xac, 0xea, 0xeb, 0xec, 0xed, 0xee],
  u: [0x75, 0xef, 0xf1, 0xf2, 0xf3, 0xf4],
  ư: [0xad, 0xf5, 0xf6, 0xf7, 0xf8, 0xf9],
  y: [0x79, 0xfa, 0xfb, 0xfc, 0xfd, 0xfe],
};

/**
 * Upper-case letters TCVN3 holds in its base fonts: Ă Â Ê Ô Ơ Ư Đ, and the toned capitals that
 * TCVN 5712 places above 0xA0. The other toned capitals live only in the C0/C1 control range of
 * the VN1 variant, which pasted text cannot carry; ABC typists write capitals with the separate
 * "H" fonts, which reuse the lower-case bytes.
 */
const otherBytes: ReadonlyArray<readonly [number, string]> = [
  [0xae, 'đ'], [0xa1, 'Ă'], [0xa2, 'Â'], [0xa3, 'Ê'], [0xa4, 'Ô'], [0xa5, 'Ơ'], [0xa6, 'Ư'], [0xa7, 'Đ'],
  [0xaf, 'Ằ'], [0xba, 'Ẳ'], [0xbf, 'Ẵ'], [0xc0, 'Ắ'], [0xc1, 'Ầ'], [0xc2, 'Ẩ'], [0xc3, 'Ẫ'], [0xc4, 'Ấ'],
  [0xc5, 'Ề'], [0xcd, 'Ể'], [0xd9, 'Ễ'], [0xda, 'Ế'], [0xdb, 'Ồ'], [0xe0, 'Ổ'], [0xf0, 'Ỗ'], [0xff, 'Ố'],
];

/**
 * The Unicode letter (one UTF-16 code unit) of each TCVN3 byte above 0x7F, indexed by the Latin-1
 * character code the byte arrives as; 0 where the byte is not a letter.
 */
const letterByCode = new Uint16Array(256);
/** The same letters as capitals, for text typed with the "H" fonts. */
const capitalByCode = new Uint16Array(256);
for (const [base, bytes] of Object.entries(vowelBytes) as [VowelBase, readonly number[]][]) {
  bytes.forEach((byte, toneIndex) => {
    if (byte > 0x7f) letterByCode[byte] = composeVowel(base, tones[toneIndex]!).charCodeAt(0);
  });
}
for (const [byte, letter] of otherBytes) letterByCode[byte] = letter.charCodeAt(0);
for (let code = 0; code < 256; code += 1) {
  if (letterByCode[code] !== 0) capitalByCode[code] = String.fromCharCode(letterByCode[code]!).toUpperCase().charCodeAt(0);
}

const letterCodes = [...letterByCode.keys()].filter((code) => letterByCode[code] !== 0);
const tcvn3Character = new RegExp(`[${letterCodes.map((code) => `\\u${code.toString(16).padStart(4, '0')}`).join('')}]`);

/**
 * Converts text in TCVN3 as it arrives when pasted or read as Windows-1252/Latin-1 ("Qu©n ñy",
 * "QuËn ñy") to Unicode. The byte 0xAD (ư) arrives as U+00AD SOFT HYPHEN and is converted like any
 * other. Text typed with the upper-case "H" fonts reuses the lower-case bytes, so converted letters
 * are made capitals in a word with no lower-case ASCII letter and a capital after its first
 * character ("QUËN" → "QUẬN"), and in a line with no lower-case ASCII letter and at least two
 * capitals ("Hµ NéI" → "HÀ NỘI"), but not in "Hµ" ("Hà"). Returns NFC.
 */
export function decodeTcvn3(text: string): string {
  if (!tcvn3Character.test(text)) return text.normalize('NFC');
  // Every TCVN3 character becomes one UTF-16 code unit, so output positions are input positions.
  // One extra slot takes the line break that closes the last line.
  const output = new Uint16Array(text.length + 1);
  let inWord = false;
  let wordStart = 0;
  let wordConverted = false;
  let wordHasLowerCase = false;
  let wordHasLaterCapital = false;
  let lineStart = 0;
  let lineConverted = false;
  let lineHasLowerCase = false;
  let lineCapitals = 0;

  const capitalize = (from: number, to: number) => {
    for (let index = from; index < to; index += 1) {
      const code = text.charCodeAt(index);
      if (code < 0x100 && capitalByCode[code] !== 0) output[index] = capitalByCode[code]!;
    }
  };

  for (let index = 0; index <= text.length; index += 1) {
    const code = index < text.length ? text.charCodeAt(index) : 0x0a;
    const letter = code < 0x100 ? letterByCode[code]! : 0;
    output[index] = letter === 0 ? code : letter;
    const lowerCase = code >= 0x61 && code <= 0x7a;
    const upperCase = code >= 0x41 && code <= 0x5a;
    if (letter === 0 && !lowerCase && !upperCase) {
      if (inWord) {
        inWord = false;
        if (wordConverted && !wordHasLowerCase && wordHasLaterCapital) capitalize(wordStart, index);
      }
      if (code === 0x0a) {
        if (lineConverted && !lineHasLowerCase && lineCapitals >= 2) capitalize(lineStart, index);
        lineStart = index + 1;
        lineConverted = false;
        lineHasLowerCase = false;
        lineCapitals = 0;
      }
      continue;
    }
    if (!inWord) {
      inWord = true;
      wordStart = index;
      wordConverted = false;
      wordHasLowerCase = false;
      wordHasLaterCapital = false;
    }
    if (lowerCase) {
      wordHasLowerCase = true;
      lineHasLowerCase = true;
    } else if (upperCase) {
      lineCapitals += 1;
      if (index > wordStart) wordHasLaterCapital = true;
    } else {
      wordConverted = true;
      lineConverted = true;
    }
  }
  return stringFromCodeUnits(output, text.length).normalize('NFC');
}

/**
 * The TCVN3 letters of one word decoded, in lower case and without the capital rules or NFC: a
 * cheap reading for detection, which compares syllables without regard to case.
 */
export function decodeTcvn3Word(word: string): string {
  let decoded = '';
  for (let index = 0; index < word.length; index += 1) {
    const code = word.charCodeAt(index);
    const letter = code < 0x100 ? letterByCode[code]! : 0;
    decoded += String.fromCharCode(letter === 0 ? code : letter);
  }
  return decoded;
}

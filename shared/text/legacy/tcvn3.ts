import { composeVowel, tones, type VowelBase } from '../vietnamese-letters';

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

/** The Unicode letter of each TCVN3 byte above 0x7F, indexed by the Latin-1 character code it arrives as. */
const letterByCode: readonly (string | undefined)[] = (() => {
  const table: (string | undefined)[] = new Array<string | undefined>(256).fill(undefined);
  for (const [base, bytes] of Object.entries(vowelBytes) as [VowelBase, readonly number[]][]) {
    bytes.forEach((byte, toneIndex) => {
      if (byte > 0x7f) table[byte] = composeVowel(base, tones[toneIndex]!);
    });
  }
  for (const [byte, letter] of otherBytes) table[byte] = letter;
  return table;
})();

/** Every Latin-1 character that TCVN3 decoding changes, as a regular-expression class body. */
export const tcvn3CharacterClass = letterByCode
  .map((letter, code) => (letter === undefined ? '' : `\\u${code.toString(16).padStart(4, '0')}`))
  .join('');

const tcvn3Character = new RegExp(`[${tcvn3CharacterClass}]`);
const tcvn3Characters = new RegExp(`[${tcvn3CharacterClass}]`, 'g');

/**
 * Converts text in TCVN3 as it arrives when pasted or read as Windows-1252/Latin-1 ("Qu©n ñy",
 * "QuËn ñy") to Unicode. The byte 0xAD (ư) arrives as U+00AD SOFT HYPHEN and is converted like any
 * other. Text typed with the upper-case "H" fonts reuses the lower-case bytes: in a word or a line
 * whose other letters are all capitals, the converted letters are made capitals too ("QUËN" →
 * "QUẬN"). Returns NFC.
 */
export function decodeTcvn3(text: string): string {
  if (!tcvn3Character.test(text)) return text.normalize('NFC');
  const lines = text.split('\n');
  return lines.map(decodeLine).join('\n').normalize('NFC');
}

function decodeLine(line: string): string {
  if (!tcvn3Character.test(line)) return line;
  if (isCapitalLine(line)) return line.replace(tcvn3Characters, (character) => letterByCode[character.charCodeAt(0)]!.toUpperCase());
  return line.replace(wordWithTcvn3, (word) => {
    const capitals = isCapitalWord(word);
    return word.replace(tcvn3Characters, (character) => {
      const letter = letterByCode[character.charCodeAt(0)]!;
      return capitals ? letter.toUpperCase() : letter;
    });
  });
}

const wordWithTcvn3 = new RegExp(`[A-Za-z${tcvn3CharacterClass}]*[${tcvn3CharacterClass}][A-Za-z${tcvn3CharacterClass}]*`, 'g');

/** A line written in an "H" font: at least two ASCII letters, all of them capitals. */
function isCapitalLine(line: string): boolean {
  let capitals = 0;
  for (let index = 0; index < line.length; index += 1) {
    const code = line.charCodeAt(index);
    if (code >= 0x61 && code <= 0x7a) return false;
    if (code >= 0x41 && code <= 0x5a) capitals += 1;
  }
  return capitals >= 2;
}

/** A word written in an "H" font: no lower-case ASCII letter and a capital after the first character. */
function isCapitalWord(word: string): boolean {
  if (/[a-z]/.test(word)) return false;
  return /[A-Z]/.test(word.slice(1));
}

import iconv from 'iconv-lite';

/**
 * Unicode → legacy encoders for tests only, written separately from the decoders under test so
 * that round trips check one against the other. Each returns text as the legacy document shows up
 * when pasted or read as Windows-1252.
 */

const dictionaryTones = ['', '\u0300', '\u0309', '\u0303', '\u0301', '\u0323'];

/** TCVN3 per vowel: the character for no tone, then huyền, hỏi, ngã, sắc, nặng. */
const tcvn3Rows: Record<string, string> = {
  a: 'aµ¶·¸¹',
  ă: '¨»¼½¾Æ',
  â: '©ÇÈÉÊË',
  e: 'eÌÎÏÐÑ',
  ê: 'ªÒÓÔÕÖ',
  i: 'i×ØÜÝÞ',
  o: 'oßáâãä',
  ô: '«åæçèé',
  ơ: '¬êëìíî',
  u: 'uïñòóô',
  ư: '\u00adõö÷øù',
  y: 'yúûüýþ',
};
const tcvn3Others: Record<string, string> = { đ: '®', Ă: '¡', Â: '¢', Ê: '£', Ô: '¤', Ơ: '¥', Ư: '¦', Đ: '§' };

const tcvn3ByLetter = new Map<string, string>();
for (const [base, row] of Object.entries(tcvn3Rows)) {
  [...row].forEach((character, tone) => tcvn3ByLetter.set((base + dictionaryTones[tone]).normalize('NFC'), character));
}
for (const [letter, character] of Object.entries(tcvn3Others)) tcvn3ByLetter.set(letter, character);

/** Whether TCVN3's base fonts hold the letter (ASCII letters, all lower-case letters, Ă Â Ê Ô Ơ Ư Đ). */
export function tcvn3BaseFontHolds(letter: string): boolean {
  return /^\p{ASCII}$/u.test(letter) || tcvn3ByLetter.has(letter);
}

/**
 * TCVN3 as typed with the base fonts; a capital the base fonts lack is typed with an "H" font,
 * which uses the byte of the lower-case letter.
 */
export function encodeTcvn3(text: string): string {
  let output = '';
  for (const character of text.normalize('NFC')) {
    if (character.charCodeAt(0) < 0x80) output += character;
    else output += tcvn3ByLetter.get(character) ?? tcvn3ByLetter.get(character.toLowerCase()) ?? character;
  }
  return output;
}

const vniToneMarks = { lower: ['', 'ø', 'û', 'õ', 'ù', 'ï'], upper: ['', 'Ø', 'Û', 'Õ', 'Ù', 'Ï'] };
const vniCircumflexMarks = { lower: ['â', 'à', 'å', 'ã', 'á', 'ä'], upper: ['Â', 'À', 'Å', 'Ã', 'Á', 'Ä'] };
const vniBreveMarks = { lower: ['ê', 'è', 'ú', 'ü', 'é', 'ë'], upper: ['Ê', 'È', 'Ú', 'Ü', 'É', 'Ë'] };
const vniILetters = { lower: ['i', 'ì', 'æ', 'ó', 'í', 'ò'], upper: ['I', 'Ì', 'Æ', 'Ó', 'Í', 'Ò'] };

/** VNI-Windows: a base letter followed by mark characters, capitals with capital marks. */
export function encodeVni(text: string): string {
  let output = '';
  for (const character of text.normalize('NFC')) {
    if (character === 'đ') output += 'ñ';
    else if (character === 'Đ') output += 'Ñ';
    else output += encodeVniLetter(character);
  }
  return output;
}

function encodeVniLetter(character: string): string {
  const decomposed = character.normalize('NFD');
  const base = decomposed[0]!;
  if (!/[aeiouyAEIOUY]/.test(base)) return character;
  const marks = decomposed.slice(1);
  const caseKey = base === base.toUpperCase() ? 'upper' : 'lower';
  const tone = Math.max(0, dictionaryTones.findIndex((mark, index) => index > 0 && marks.includes(mark)));
  const lowerBase = base.toLowerCase();
  if (lowerBase === 'i') return vniILetters[caseKey][tone]!;
  if (lowerBase === 'y' && tone === 5) return caseKey === 'upper' ? 'Î' : 'î';
  if (marks.includes('\u0302')) return base + vniCircumflexMarks[caseKey][tone]!;
  if (marks.includes('\u0306')) return base + vniBreveMarks[caseKey][tone]!;
  if (marks.includes('\u031b')) {
    const horned = lowerBase === 'o' ? (caseKey === 'upper' ? 'Ô' : 'ô') : caseKey === 'upper' ? 'Ö' : 'ö';
    return horned + vniToneMarks[caseKey][tone]!;
  }
  return base + vniToneMarks[caseKey][tone]!;
}

const viqrToneMarks = ['', '`', '?', '~', "'", '.'];
const viqrMarkCharacters = new Set(['`', '?', '~', "'", '.', '^', '(', '+', '\\']);

/**
 * VIQR as RFC 1456 writes it: marks after the vowel, dd for đ, and a backslash before a literal
 * mark character that follows a vowel ("đi." → "ddi\.").
 */
export function encodeViqr(text: string): string {
  let output = '';
  let afterVowel = false;
  for (const character of text.normalize('NFC')) {
    if (afterVowel && viqrMarkCharacters.has(character)) {
      output += `\\${character}`;
      afterVowel = false;
      continue;
    }
    if (character === 'đ' || character === 'Đ') {
      output += character === 'đ' ? 'dd' : 'DD';
      afterVowel = false;
      continue;
    }
    const decomposed = character.normalize('NFD');
    const base = decomposed[0]!;
    afterVowel = /[aeiouyAEIOUY]/.test(base);
    if (!afterVowel) {
      output += character;
      continue;
    }
    const marks = decomposed.slice(1);
    const modifier = marks.includes('\u0302') ? '^' : marks.includes('\u0306') ? '(' : marks.includes('\u031b') ? '+' : '';
    const tone = Math.max(0, dictionaryTones.findIndex((mark, index) => index > 0 && marks.includes(mark)));
    output += base + modifier + viqrToneMarks[tone]!;
  }
  return output;
}

/**
 * UTF-8 bytes read as Windows-1252 the way browsers and Windows do ("Việt" → "Viá»‡t"), taking
 * iconv-lite's table for the defined bytes and the C1 control for the five undefined ones.
 */
export function encodeUtf8ReadAsWindows1252(text: string): string {
  let output = '';
  for (const byte of new TextEncoder().encode(text)) {
    const character = iconv.decode(Buffer.from([byte]), 'windows-1252');
    output += character === '\ufffd' ? String.fromCharCode(byte) : character;
  }
  return output;
}

/** UTF-8 bytes read as Latin-1 (ISO-8859-1): bytes 0x80-0x9F become C1 controls. */
export function encodeUtf8ReadAsLatin1(text: string): string {
  return Buffer.from(text, 'utf8').toString('latin1');
}

/** The bytes of a string of Windows-1252/Latin-1 characters (each below U+0100). */
export function latin1Bytes(text: string): Uint8Array {
  return Uint8Array.from(text, (character) => {
    const code = character.charCodeAt(0);
    if (code > 0xff) throw new Error(`latin1Bytes: ${character} is not a Latin-1 character`);
    return code;
  });
}

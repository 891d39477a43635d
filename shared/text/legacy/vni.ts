import { composeVowel, type Tone, type VowelBase } from '../vietnamese-letters';
import { stringFromCodeUnits } from './code-units';

type Modifier = 'circumflex' | 'breve' | 'none';

interface VniMark {
  modifier: Modifier;
  tone: Tone;
}

/**
 * VNI-Windows mark characters (as they arrive read as Windows-1252) that follow a base letter.
 * Lower-case marks are used with lower-case letters and capital marks with capitals, but either
 * is accepted with either.
 */
const marks = new Map<string, VniMark>();
const markRows: ReadonlyArray<readonly [string, string, Modifier, Tone]> = [
  ['ù', 'Ù', 'none', 'acute'], ['ø', 'Ø', 'none', 'grave'], ['û', 'Û', 'none', 'hook'], ['õ', 'Õ', 'none', 'tilde'], ['ï', 'Ï', 'none', 'dot'],
  ['â', 'Â', 'circumflex', 'none'], ['á', 'Á', 'circumflex', 'acute'], ['à', 'À', 'circumflex', 'grave'],
  ['å', 'Å', 'circumflex', 'hook'], ['ã', 'Ã', 'circumflex', 'tilde'], ['ä', 'Ä', 'circumflex', 'dot'],
  ['ê', 'Ê', 'breve', 'none'], ['é', 'É', 'breve', 'acute'], ['è', 'È', 'breve', 'grave'],
  ['ú', 'Ú', 'breve', 'hook'], ['ü', 'Ü', 'breve', 'tilde'], ['ë', 'Ë', 'breve', 'dot'],
];
for (const [lower, upper, modifier, tone] of markRows) {
  marks.set(lower, { modifier, tone });
  marks.set(upper, { modifier, tone });
}

/** Letters that take marks, with the vowel each becomes under a circumflex or breve mark. */
const bases = new Map<string, { base: VowelBase; circumflex?: VowelBase; breve?: VowelBase }>([
  ['a', { base: 'a', circumflex: 'â', breve: 'ă' }],
  ['e', { base: 'e', circumflex: 'ê' }],
  ['o', { base: 'o', circumflex: 'ô' }],
  ['ô', { base: 'ơ' }],
  ['u', { base: 'u' }],
  ['ö', { base: 'ư' }],
  ['i', { base: 'i' }],
  ['y', { base: 'y' }],
]);

/** Characters that are whole letters in VNI. */
const wholeLetters = new Map<string, string>([
  ['ô', 'ơ'], ['Ô', 'Ơ'], ['ö', 'ư'], ['Ö', 'Ư'], ['ñ', 'đ'], ['Ñ', 'Đ'],
  ['æ', 'ỉ'], ['Æ', 'Ỉ'], ['ó', 'ĩ'], ['Ó', 'Ĩ'], ['ò', 'ị'], ['Ò', 'Ị'], ['î', 'ỵ'], ['Î', 'Ỵ'],
]);

/**
 * What each Latin-1 character is in VNI, by character code: the letter it is alone (0: itself),
 * and the letter it makes with each mark that may follow it (by the mark's code).
 */
const aloneByCode = new Uint16Array(256);
const withMarkByCode: (Map<number, number> | undefined)[] = new Array<Map<number, number> | undefined>(256).fill(undefined);
for (let code = 0; code < 256; code += 1) {
  const character = String.fromCharCode(code);
  const lower = character.toLowerCase();
  const base = bases.get(lower);
  const whole = wholeLetters.get(character);
  if (whole !== undefined) aloneByCode[code] = whole.charCodeAt(0);
  if (!base) continue;
  const withMark = new Map<number, number>();
  for (const [markCharacter, mark] of marks) {
    const vowel = mark.modifier === 'none' ? base.base : base[mark.modifier];
    if (vowel) withMark.set(markCharacter.charCodeAt(0), composeVowel(vowel, mark.tone, character !== lower).charCodeAt(0));
  }
  withMarkByCode[code] = withMark;
}

const vniSignature = /[\u00c0-\u00ff]/;

/**
 * Converts text in VNI-Windows (fonts VNI-Times ...) as it arrives read as Windows-1252 to Unicode:
 * a base letter followed by mark characters ("Vieät Nam" → "Việt Nam"), ñ for đ, ö for ư, ô for ơ.
 * A mark that cannot go on the letter before it is left as it is. Returns NFC.
 */
export function decodeVni(text: string): string {
  if (!vniSignature.test(text)) return text.normalize('NFC');
  const output = new Uint16Array(text.length);
  let length = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code > 0xff) {
      output[length++] = code;
      continue;
    }
    const marked = withMarkByCode[code]?.get(text.charCodeAt(index + 1));
    if (marked !== undefined) {
      output[length++] = marked;
      index += 1;
    } else {
      output[length++] = aloneByCode[code] || code;
    }
  }
  return stringFromCodeUnits(output, length).normalize('NFC');
}

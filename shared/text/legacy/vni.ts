import { composeVowel, type Tone, type VowelBase } from '../vietnamese-letters';

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

const vniSignature = /[\u00c0-\u00ff]/;

/**
 * Converts text in VNI-Windows (fonts VNI-Times ...) as it arrives read as Windows-1252 to Unicode:
 * a base letter followed by mark characters ("Vieät Nam" → "Việt Nam"), ñ for đ, ö for ư, ô for ơ.
 * A mark that cannot go on the letter before it is left as it is. Returns NFC.
 */
export function decodeVni(text: string): string {
  if (!vniSignature.test(text)) return text.normalize('NFC');
  const output: string[] = [];
  let runStart = 0;
  for (let index = 0; index < text.length; index += 1) {
    const character = text[index]!;
    const code = character.charCodeAt(0);
    if (code < 0x41 || (code > 0x7a && code < 0xc0) || code > 0xff) continue;
    const lower = character.toLowerCase();
    const base = bases.get(lower);
    const whole = wholeLetters.get(character);
    if (!base && !whole) continue;
    const upperCase = character !== lower;
    let replacement: string | undefined;
    let consumed = 1;
    const mark = base ? marks.get(text[index + 1] ?? '') : undefined;
    if (base && mark) {
      const vowel = mark.modifier === 'none' ? base.base : base[mark.modifier];
      if (vowel) {
        replacement = composeVowel(vowel, mark.tone, upperCase);
        consumed = 2;
      }
    }
    if (replacement === undefined && base && base.base !== lower) replacement = composeVowel(base.base, 'none', upperCase);
    if (replacement === undefined && whole) replacement = whole;
    if (replacement === undefined) continue;
    if (index > runStart) output.push(text.slice(runStart, index));
    output.push(replacement);
    index += consumed - 1;
    runStart = index + 1;
  }
  if (runStart < text.length) output.push(text.slice(runStart));
  return output.join('').normalize('NFC');
}

import type { ToneStyle } from '../model/settings';

const toneMarkClass = '[\\u0300\\u0301\\u0303\\u0309\\u0323]';

/**
 * A whole word, in NFD, whose rhyme is the open oa, oe or uy with one tone mark. The onset is any
 * run of consonants other than q (so qu- syllables such as "quý", "quà" never match; gi- syllables
 * cannot match because their vowel after gi is never oa, oe or uy).
 */
const openSyllable = new RegExp(
  `(?<![\\p{L}\\p{M}])([bcdđghklmnprstvx]*)(?:([o])(${toneMarkClass}?)([ae])|([u])(${toneMarkClass}?)([y]))(${toneMarkClass}?)(?![\\p{L}\\p{M}])`,
  'giu',
);

/**
 * Moves the tone mark of the open syllables oa, oe and uy to the house style, keeping the case of
 * every letter: old style puts it on the first vowel (hòa, khỏe, thủy, ủy), new style on the second
 * (hoà, khoẻ, thuỷ, uỷ). Closed syllables (hoàng, toán, khoét, huýt), qu- and gi- syllables and
 * everything else are left alone. Returns NFC.
 */
export function normalizeTonePlacement(text: string, style: ToneStyle): string {
  const decomposed = text.normalize('NFD');
  if (!/[oOuU]/.test(decomposed)) return text.normalize('NFC');
  const result = decomposed.replace(
    openSyllable,
    (match, onset: string, o?: string, oMark?: string, aOrE?: string, u?: string, uMark?: string, y?: string, trailingMark?: string) => {
      const first = o ?? u!;
      const second = aOrE ?? y!;
      const marks = [o === undefined ? uMark : oMark, trailingMark].filter((mark) => mark !== undefined && mark !== '');
      if (marks.length !== 1) return match;
      const mark = marks[0]!;
      return style === 'old' ? onset + first + mark + second : onset + first + second + mark;
    },
  );
  return result.normalize('NFC');
}

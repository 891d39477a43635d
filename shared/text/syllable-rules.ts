import { codas, nuclei, onsetsByFirstLetter, stopCodas } from './syllable-parts';
import { splitVowel, type Tone, type VowelBase } from './vietnamese-letters';

/**
 * The spelling rules of one Vietnamese syllable, stricter than `isVietnameseSyllable` (which only
 * judges whether a legacy decode produced Vietnamese): besides the closed sets of onsets, nuclei and
 * finals and the tone of c/ch/p/t finals, the tone must sit on the vowel that carries it, and the
 * spelling pairs c/k/q, g/gh, ng/ngh and the gi-/qu- onsets must be written as Vietnamese writes them.
 */

/** Vowels written with a breve, circumflex or horn: in a nucleus, the (last) one of them carries the tone. */
const modifiedVowels = new Set<VowelBase>(['ă', 'â', 'ê', 'ô', 'ơ', 'ư']);
/** The front vowels, before which Vietnamese writes k, gh, ngh rather than c, g, ng. */
const frontVowels = new Set<VowelBase>(['i', 'e', 'ê', 'y']);
/** Nuclei that sound /kw/ after c and so are written with qu (qua, quê, quy), never c + o/u. */
const roundedNuclei = new Set(['oa', 'oă', 'oe', 'uy', 'uâ', 'uê', 'uyê', 'uya', 'uyu', 'oai', 'oay', 'oao', 'oeo', 'uây', 'uơ']);
/** The open rhymes whose tone sits on either vowel, by house style: hòa/hoà, khỏe/khoẻ, thủy/thuỷ. */
const styleNuclei = new Set(['oa', 'oe', 'uy']);

/** A well-formed syllable taken apart (lower case). */
export interface Syllable {
  onset: string;
  /** The vowel bases of the nucleus, without tone: "ươ" in "người". */
  nucleus: string;
  coda: string;
  tone: Tone;
  /** Index within the nucleus of the vowel carrying the tone; -1 without a tone mark. */
  toneIndex: number;
}

/** The positions in a nucleus where its tone mark belongs, as a bit set (bit i: vowel i). */
export function toneSlots(nucleus: string, hasCoda: boolean): number {
  const length = nucleus.length;
  if (length === 1) return 1;
  for (let index = length - 1; index >= 0; index -= 1) {
    if (modifiedVowels.has(nucleus[index] as VowelBase)) return 1 << index;
  }
  if (length === 3) return 2;
  if (hasCoda) return 1 << (length - 1);
  if (styleNuclei.has(nucleus)) return 3;
  return 1;
}

/**
 * The syllable a lower-case NFC word spells, or null when it breaks a rule of Vietnamese spelling.
 * `anyOnsetSpelling` waives the spelling pairs c/k, g/gh, ng/ngh, gi- and qu- (which names of
 * places written from minority languages do not follow: Bắc Kạn, Kon Tum).
 */
export function parseSyllable(letters: string, anyOnsetSpelling = false): Syllable | null {
  const candidates = onsetsByFirstLetter.get(letters[0] ?? '');
  if (candidates) {
    for (const onset of candidates) {
      if (!letters.startsWith(onset)) continue;
      const parsed = parseRhyme(letters, onset, anyOnsetSpelling);
      if (parsed) return parsed;
    }
  }
  return parseRhyme(letters, '', anyOnsetSpelling);
}

const nucleusBases: VowelBase[] = [];

function parseRhyme(letters: string, onset: string, anyOnsetSpelling: boolean): Syllable | null {
  const start = onset.length;
  let tone: Tone = 'none';
  let toneIndex = -1;
  let index = start;
  nucleusBases.length = 0;
  for (; index < letters.length; index += 1) {
    const parts = splitVowel(letters[index]!);
    if (!parts) break;
    if (parts.tone !== 'none') {
      if (tone !== 'none') return null;
      tone = parts.tone;
      toneIndex = index - start;
    }
    nucleusBases.push(parts.base);
  }
  const vowelCount = index - start;
  if (vowelCount === 0 || vowelCount > 3) return null;
  const nucleus = nucleusBases.join('');
  const rule = nuclei.get(nucleus);
  if (!rule) return null;
  const coda = letters.slice(index);
  if (!codas.has(coda)) return null;
  if (coda === '' ? rule === 'closed' : rule === 'open') return null;
  if (stopCodas.has(coda) && tone !== 'acute' && tone !== 'dot') return null;
  if ((coda === 'ch' || coda === 'nh') && !'aêiy'.includes(nucleus[vowelCount - 1]!)) return null;
  if ((coda === 'c' || coda === 'ng') && (nucleus === 'i' || nucleus === 'y')) return null;
  if (toneIndex >= 0 && (toneSlots(nucleus, coda !== '') & (1 << toneIndex)) === 0) return null;
  if (!anyOnsetSpelling && !onsetFits(onset, nucleus)) return null;
  return { onset, nucleus, coda, tone, toneIndex };
}

/** The spelling pairs: k/gh/ngh before front vowels, c/g/ng elsewhere; qu and gi never doubled. */
function onsetFits(onset: string, nucleus: string): boolean {
  const first = nucleus[0] as VowelBase;
  switch (onset) {
    case 'k':
      return frontVowels.has(first);
    case 'gh':
    case 'ngh':
      return first === 'i' || first === 'e' || first === 'ê';
    case 'c':
      return !frontVowels.has(first) && !roundedNuclei.has(nucleus);
    case 'ng':
      return !frontVowels.has(first);
    case 'g':
      // "gì", "gìn": the i of gi- is the vowel itself; before any other vowel it is gi- + that vowel.
      return first === 'i' ? nucleus.length === 1 : !frontVowels.has(first);
    case 'qu':
      return first !== 'u' && first !== 'ư';
    case 'gi':
      return first !== 'i';
    default:
      return true;
  }
}

/** Whether a lower-case word is a well-formed Vietnamese syllable. */
export function isWellFormedSyllable(letters: string): boolean {
  return parseSyllable(letters) !== null;
}

/** Whether a well-formed syllable is an open oa, oe or uy with a tone, whose mark the house style places. */
export function hasStyledTone(syllable: Syllable): boolean {
  return syllable.toneIndex >= 0 && syllable.coda === '' && styleNuclei.has(syllable.nucleus) && syllable.onset !== 'qu' && syllable.onset !== 'gi';
}

import { splitVowel, type Tone, type VowelBase } from './vietnamese-letters';

const onsets = ['ngh', 'ng', 'nh', 'ch', 'gh', 'gi', 'kh', 'ph', 'th', 'tr', 'qu', 'b', 'c', 'd', 'đ', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'x', ''];
const codas = new Set(['', 'c', 'ch', 'm', 'n', 'ng', 'nh', 'p', 't']);
const stopCodas = new Set(['c', 'ch', 'p', 't']);

type CodaRule = 'open' | 'closed' | 'either';

/**
 * Vowel nuclei of Vietnamese and whether they take a final consonant. The onsets qu- and gi- keep
 * their u and i, so "quý" is qu + y and "gìn" is g + i + n.
 */
const nuclei = new Map<string, CodaRule>([
  ['a', 'either'], ['ă', 'closed'], ['â', 'closed'], ['e', 'either'], ['ê', 'either'], ['i', 'either'],
  ['o', 'either'], ['ô', 'either'], ['ơ', 'either'], ['u', 'either'], ['ư', 'either'], ['y', 'either'],
  ['ai', 'open'], ['ao', 'open'], ['au', 'open'], ['ay', 'open'], ['âu', 'open'], ['ây', 'open'],
  ['eo', 'open'], ['êu', 'open'], ['ia', 'open'], ['iê', 'closed'], ['iu', 'open'], ['oa', 'either'],
  ['oă', 'closed'], ['oe', 'either'], ['oi', 'open'], ['ôi', 'open'], ['ơi', 'open'], ['oo', 'closed'],
  ['ua', 'open'], ['uâ', 'closed'], ['uê', 'either'], ['ui', 'open'], ['uô', 'closed'], ['uơ', 'open'],
  ['uy', 'either'], ['ưa', 'open'], ['ưi', 'open'], ['ươ', 'closed'], ['ưu', 'open'], ['yê', 'closed'],
  ['iêu', 'open'], ['oai', 'open'], ['oao', 'open'], ['oay', 'open'], ['oeo', 'open'], ['uây', 'open'],
  ['uôi', 'open'], ['uya', 'open'], ['uyê', 'closed'], ['uyu', 'open'], ['ươi', 'open'], ['ươu', 'open'],
  ['yêu', 'open'],
]);

interface Vowel {
  base: VowelBase;
  tone: Tone;
}

/**
 * Whether a word is one well-formed Vietnamese syllable: an initial consonant, a vowel nucleus with
 * at most one tone mark, and a final consonant that the nucleus and tone allow. Case is ignored.
 * Used to judge whether a legacy-encoding decode produced Vietnamese.
 */
export function isVietnameseSyllable(word: string): boolean {
  const letters = [...word.normalize('NFC').toLowerCase()];
  for (const onset of onsets) {
    if (!startsWith(letters, onset)) continue;
    if (isValidRhyme(letters.slice(onset.length))) return true;
  }
  return false;
}

function startsWith(letters: string[], prefix: string): boolean {
  for (let index = 0; index < prefix.length; index += 1) {
    if (letters[index] !== prefix[index]) return false;
  }
  return true;
}

function isValidRhyme(rest: string[]): boolean {
  const vowels: Vowel[] = [];
  let index = 0;
  for (; index < rest.length; index += 1) {
    const parts = splitVowel(rest[index]!);
    if (!parts) break;
    vowels.push({ base: parts.base, tone: parts.tone });
  }
  if (vowels.length === 0 || vowels.length > 3) return false;
  const coda = rest.slice(index).join('');
  if (!codas.has(coda)) return false;

  const toned = vowels.filter((vowel) => vowel.tone !== 'none');
  if (toned.length > 1) return false;
  const tone = toned[0]?.tone ?? 'none';

  const rule = nuclei.get(vowels.map((vowel) => vowel.base).join(''));
  if (!rule) return false;
  if (coda === '' && rule === 'closed') return false;
  if (coda !== '' && rule === 'open') return false;
  if (stopCodas.has(coda) && tone !== 'acute' && tone !== 'dot') return false;
  return true;
}

import { splitVowel, type Tone } from './vietnamese-letters';

const onsets = ['ngh', 'ng', 'nh', 'ch', 'gh', 'gi', 'kh', 'ph', 'th', 'tr', 'qu', 'b', 'c', 'd', 'đ', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'x'];
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

/** The initial consonants by their first letter; a word may also start with its vowel. */
const onsetsByFirstLetter = new Map<string, string[]>();
for (const onset of onsets) {
  const list = onsetsByFirstLetter.get(onset[0]!) ?? [];
  list.push(onset);
  onsetsByFirstLetter.set(onset[0]!, list);
}

/**
 * Whether a word is one well-formed Vietnamese syllable: an initial consonant, a vowel nucleus with
 * at most one tone mark, and a final consonant that the nucleus and tone allow. Case is ignored.
 * Used to judge whether a legacy-encoding decode produced Vietnamese.
 */
export function isVietnameseSyllable(word: string): boolean {
  const letters = word.normalize('NFC').toLowerCase();
  for (const onset of onsetsByFirstLetter.get(letters[0] ?? '') ?? []) {
    if (letters.startsWith(onset) && isValidRhyme(letters, onset.length)) return true;
  }
  return isValidRhyme(letters, 0);
}

function isValidRhyme(letters: string, start: number): boolean {
  let nucleus = '';
  let tone: Tone = 'none';
  let index = start;
  for (; index < letters.length; index += 1) {
    const parts = splitVowel(letters[index]!);
    if (!parts) break;
    if (parts.tone !== 'none') {
      if (tone !== 'none') return false;
      tone = parts.tone;
    }
    nucleus += parts.base;
  }
  const vowelCount = index - start;
  if (vowelCount === 0 || vowelCount > 3) return false;
  const coda = letters.slice(index);
  if (!codas.has(coda)) return false;
  const rule = nuclei.get(nucleus);
  if (!rule) return false;
  if (coda === '' && rule === 'closed') return false;
  if (coda !== '' && rule === 'open') return false;
  if (stopCodas.has(coda) && tone !== 'acute' && tone !== 'dot') return false;
  return true;
}

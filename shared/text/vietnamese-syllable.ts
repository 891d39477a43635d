import { codas, nuclei, onsetsByFirstLetter, stopCodas } from './syllable-parts';
import { splitVowel, type Tone } from './vietnamese-letters';

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

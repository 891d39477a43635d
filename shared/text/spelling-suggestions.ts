import type { ToneStyle } from '../model/settings';
import { parseSyllable } from './syllable-rules';
import { normalizeTonePlacement } from './tone-placement';
import { composeVowel, splitVowel, type Tone, type VowelBase } from './vietnamese-letters';

/**
 * Likely fixes of a misspelt Vietnamese syllable, best first: every candidate is a well-formed
 * syllable (`parseSyllable`) written in the house tone style. Candidates come from the usual slips,
 * one edit, then two:
 * - the tone mark on the wrong vowel (tóan → toán, gìa → già);
 * - a missing or extra breve, circumflex or horn (nguời → người, đươc → đước/được);
 * - "dd" typed for đ (ddi → đi);
 * - c, ch, p, t finals without sắc or nặng (cac → các);
 * - the spelling pairs c/k/q, g/gh, ng/ngh (ghà → gà, nge → nghe).
 * Among equals, common syllables of news text come first.
 */

const maxSuggestions = 6;

/** Common syllables of news prose, most common first: only to order fixes, never to judge a word. */
const commonSyllables = (
  'được và của các có là trong cho với không những một đã này để đến tại theo về nhiều năm từ khi cũng ra vào như việc đó ' +
  'phải thành người hội công nước động phát hoạt triển nhà đồng tổ chức quận dân cán bộ đảng thực hiện trên sẽ tế kinh ' +
  'quả mới tình hình học sinh thời gian tiếp tục cấp quan tâm biết đi mà nên lại cùng ngày tháng hơn nhưng đang chỉ ' +
  'nghị quyết lý chính xã kết quốc gia tiền đầu tư số vụ trường hợp bị thì sau trước sự mình rất bằng đây còn ông bà'
).split(' ');
const commonRank = new Map(commonSyllables.map((syllable, index) => [syllable, index]));

const vowelAlternatives: Readonly<Record<VowelBase, readonly VowelBase[]>> = {
  a: ['ă', 'â'], ă: ['a', 'â'], â: ['a', 'ă'], e: ['ê'], ê: ['e'], i: ['y'], y: ['i'],
  o: ['ô', 'ơ'], ô: ['o', 'ơ'], ơ: ['o', 'ô'], u: ['ư'], ư: ['u'],
};

const onsetSwaps: ReadonlyArray<readonly [string, string]> = [
  ['ngh', 'ng'], ['ng', 'ngh'], ['gh', 'g'], ['g', 'gh'], ['k', 'c'], ['c', 'k'], ['c', 'qu'], ['q', 'qu'], ['dd', 'đ'],
];

interface Letter {
  text: string;
  base: VowelBase | null;
  tone: Tone;
}

function lettersOf(word: string): Letter[] {
  return [...word].map((text) => {
    const parts = splitVowel(text);
    return parts ? { text, base: parts.base, tone: parts.tone } : { text, base: null, tone: 'none' };
  });
}

function withVowel(letters: Letter[], index: number, base: VowelBase, tone: Tone): Letter[] {
  const copy = letters.slice();
  copy[index] = { text: composeVowel(base, tone), base, tone };
  return copy;
}

const join = (letters: Letter[]) => letters.map((letter) => letter.text).join('');

/** Every word one usual slip away from `word` (lower case NFC). */
function oneEditAway(word: string): string[] {
  const letters = lettersOf(word);
  const vowels = letters.flatMap((letter, index) => (letter.base ? [index] : []));
  const toned = vowels.filter((index) => letters[index]!.tone !== 'none');
  const results: string[] = [];
  const bare = letters.map((letter) => (letter.base ? { text: composeVowel(letter.base, 'none'), base: letter.base, tone: 'none' as Tone } : letter));

  // The tone mark moved to another vowel (or one of two marks dropped).
  for (const from of toned) {
    const tone = letters[from]!.tone;
    for (const to of vowels) results.push(join(withVowel(bare, to, letters[to]!.base!, tone)));
  }
  // A breve, circumflex or horn added, changed or removed; "uo" → "ươ" at once.
  for (const index of vowels) {
    const letter = letters[index]!;
    for (const base of vowelAlternatives[letter.base!]) results.push(join(withVowel(letters, index, base, letter.tone)));
    const next = letters[index + 1];
    if ((letter.base === 'u' || letter.base === 'ư') && next?.base && (next.base === 'o' || next.base === 'ô' || next.base === 'ơ')) {
      results.push(join(withVowel(withVowel(letters, index, 'ư', letter.tone), index + 1, 'ơ', next.tone)));
    }
  }
  // A stop final (c, ch, p, t) needs sắc or nặng: put either in place of the tone typed or missing.
  if (/(?:c|ch|p|t)$/u.test(word)) {
    for (const index of vowels) {
      for (const tone of ['dot', 'acute'] as const) results.push(join(withVowel(bare, index, letters[index]!.base!, tone)));
    }
  }
  // The spelling pairs and dd for đ.
  for (const [from, to] of onsetSwaps) {
    if (word.startsWith(from)) results.push(to + word.slice(from.length));
  }
  return results;
}

/** Fixes of a flagged word, best first, each a well-formed syllable in `style` and in the word's case. */
export function suggestCorrections(word: string, style: ToneStyle): string[] {
  const composed = word.normalize('NFC');
  const lower = composed.toLowerCase();
  const scored = new Map<string, number>();
  const consider = (candidate: string, cost: number): boolean => {
    if (candidate === lower || parseSyllable(candidate) === null) return false;
    const styled = normalizeTonePlacement(candidate, style);
    if (styled === lower) return false;
    const rank = commonRank.get(styled) ?? commonSyllables.length;
    const score = cost * 1000 + rank;
    if (!scored.has(styled) || scored.get(styled)! > score) scored.set(styled, score);
    return true;
  };
  const first = oneEditAway(lower);
  const misses: string[] = [];
  for (const candidate of first) if (!consider(candidate, 1)) misses.push(candidate);
  if (scored.size === 0) {
    for (const miss of new Set(misses)) for (const candidate of oneEditAway(miss)) consider(candidate, 2);
  }
  return [...scored.entries()]
    .sort((a, b) => a[1] - b[1])
    .slice(0, maxSuggestions)
    .map(([candidate]) => inCaseOf(composed, candidate));
}

/** `candidate` in the case of `word`: all capitals, a capital first, or lower case. */
function inCaseOf(word: string, candidate: string): string {
  if (word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase()) return candidate.toUpperCase();
  if (/^\p{Lu}/u.test(word)) return candidate[0]!.toUpperCase() + candidate.slice(1);
  return candidate;
}

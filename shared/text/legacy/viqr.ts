import { composeVowel, type Tone, type VowelBase } from '../vietnamese-letters';
import { isVietnameseSyllable } from '../vietnamese-syllable';

const toneByMark: Readonly<Record<string, Tone>> = { '`': 'grave', '?': 'hook', '~': 'tilde', "'": 'acute', '.': 'dot' };
const modified: Readonly<Record<string, VowelBase>> = { 'a^': 'â', 'a(': 'ă', 'e^': 'ê', 'o^': 'ô', 'o+': 'ơ', 'u+': 'ư' };

/**
 * A VIQR syllable candidate: a consonant onset (dd for đ), vowels each optionally followed by a
 * modifier (^ circumflex, ( breve, + horn) and by at most one tone mark (` ? ~ ' .), and a final
 * consonant, standing as a whole word.
 */
const syllableCandidate = /(?<![A-Za-z0-9\\])(dd|[bcdghklmnpqrstvx]{0,3})((?:[aeiouy][\^(+]?)+)([`?~'.]?)((?:[aeiouy][\^(+]?)*)([`?~'.]?)(ng|nh|ch|[cmnpt])?(?![A-Za-z0-9])/gi;

/** What one candidate turned into, and how strongly it speaks for VIQR. */
interface ViqrSyllable {
  unicode: string;
  /** Has a modifier, dd, or a tone mark followed by more letters: rare outside VIQR. */
  strong: boolean;
  /** Has a mark of any kind. */
  marked: boolean;
}

/** Where a candidate sits, for telling a final "." or "?" that is a tone mark from punctuation. */
interface CandidateContext {
  text: string;
  /** Index just past the candidate. */
  end: number;
  /** The text escapes literal marks with a backslash (RFC 1456), so unescaped marks are always marks. */
  strict: boolean;
}

/** Reads one candidate match; undefined when it is not a Vietnamese syllable once converted. */
function readSyllable(groups: readonly (string | undefined)[], context: CandidateContext): { syllable: ViqrSyllable; punctuation: string } | undefined {
  const [onset = '', firstVowels = '', firstTone = '', secondVowels = '', secondTone = '', coda = ''] = groups;
  let punctuation = '';
  let tone = firstTone || secondTone;
  if (firstTone !== '' && secondTone !== '') {
    // A syllable has one tone: a second mark after the word is punctuation ("u?y." is "ủy.").
    if (coda !== '') return undefined;
    punctuation = secondTone;
    tone = firstTone;
  } else if (coda === '' && (secondTone !== '' || secondVowels === '') && (tone === '.' || tone === '?') && !context.strict) {
    if (isFinalMarkPunctuation(context.text, context.end - 1)) {
      punctuation = tone;
      tone = '';
    }
  }
  const toneAfterFirst = firstTone !== '' && tone !== '';
  const first = convertVowels(firstVowels, toneAfterFirst ? toneByMark[tone]! : 'none');
  const second = convertVowels(secondVowels, !toneAfterFirst && tone !== '' ? toneByMark[tone]! : 'none');
  if (first === undefined || second === undefined) return undefined;
  const isDd = onset.toLowerCase() === 'dd';
  const convertedOnset = isDd ? (onset[0] === 'D' ? 'Đ' : 'đ') : onset;
  const unicode = (convertedOnset + first + second + coda).normalize('NFC');
  if (!isVietnameseSyllable(unicode)) return undefined;
  const hasModifier = /[\^(+]/.test(firstVowels + secondVowels);
  const marked = hasModifier || isDd || tone !== '';
  const toneInside = tone !== '' && (coda !== '' || (firstTone !== '' && secondVowels !== ''));
  return { syllable: { unicode, strong: hasModifier || isDd || toneInside, marked }, punctuation };
}

const sentenceEndAhead = /\s*$|[ \t]*[\r\n]|\s+[\p{Lu}"“‘(]|[)"”’»\]!…]/uy;

/**
 * Whether a "." or "?" ending a word is punctuation rather than a tone mark. Doubled ("nghi..") it is
 * a tone mark and then punctuation; tripled it is an ellipsis; single, it is punctuation where a
 * sentence ends: end of text or line, a closing bracket or quote, or a capital after a space.
 */
function isFinalMarkPunctuation(text: string, markIndex: number): boolean {
  const mark = text[markIndex];
  let run = 1;
  while (text[markIndex + run] === mark) run += 1;
  if (run === 3) return true;
  if (run !== 1) return false;
  sentenceEndAhead.lastIndex = markIndex + 1;
  return sentenceEndAhead.test(text);
}

/** Converts a run of VIQR vowels ("ye^") and puts the tone on its last vowel; undefined if a modifier does not fit. */
function convertVowels(vowels: string, tone: Tone): string | undefined {
  let result = '';
  const units = vowels.match(/[aeiouy][\^(+]?/gi) ?? [];
  for (let index = 0; index < units.length; index += 1) {
    const unit = units[index]!;
    const upperCase = unit[0] !== unit[0]!.toLowerCase();
    const key = unit.toLowerCase();
    const base = key.length === 1 ? (key as VowelBase) : modified[key];
    if (base === undefined) return undefined;
    result += composeVowel(base, index === units.length - 1 ? tone : 'none', upperCase);
  }
  return result;
}

const escapedMark = /\\[`?~'.^(+]/;

/**
 * Converts VIQR (RFC 1456: `Vie^.t Nam`, `dd` for đ) to Unicode. Only whole words that read as a
 * Vietnamese syllable are converted, so "what?" and "e.g." stay as they are. A backslash keeps a
 * mark literal ("ddi\." is "đi."); in a text that uses such escapes every unescaped mark is a mark.
 * Otherwise a single "." or "?" closing a word is read as punctuation where a sentence ends (see
 * `isFinalMarkPunctuation`), and a mark after a word that already has its tone is punctuation.
 * Returns NFC.
 */
export function decodeViqr(text: string): string {
  const strict = escapedMark.test(text);
  const converted = text.replace(syllableCandidate, (match: string, ...rest: unknown[]) => {
    const end = (rest[6] as number) + match.length;
    const read = readSyllable(rest.slice(0, 6) as (string | undefined)[], { text, end, strict });
    return read ? read.syllable.unicode + read.punctuation : match;
  });
  return converted.replace(/\\([`?~'.^(+\\])/g, '$1').normalize('NFC');
}

/** How much of a text reads as VIQR. */
export interface ViqrEvidence {
  /** Words with at least one letter. */
  words: number;
  /** Words that convert to a Vietnamese syllable and carry a VIQR mark. */
  marked: number;
  /** Of those, words whose marks are rare outside VIQR (modifiers, dd, a tone mark inside the word). */
  strong: number;
  /** Distinct strong words. */
  distinctStrong: number;
}

/** Counts the VIQR evidence in a text, for detection. */
export function measureViqr(text: string): ViqrEvidence {
  const words = text.match(/[A-Za-z]+/g)?.length ?? 0;
  let marked = 0;
  let strong = 0;
  const distinct = new Set<string>();
  const strict = escapedMark.test(text);
  for (const match of text.matchAll(syllableCandidate)) {
    const read = readSyllable(match.slice(1, 7), { text, end: match.index + match[0].length, strict });
    if (!read?.syllable.marked) continue;
    marked += 1;
    if (read.syllable.strong) {
      strong += 1;
      distinct.add(read.syllable.unicode.toLowerCase());
    }
  }
  return { words, marked, strong, distinctStrong: distinct.size };
}

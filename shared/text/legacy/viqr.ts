import { composeVowel, type Tone, type VowelBase } from '../vietnamese-letters';
import { isVietnameseSyllable } from '../vietnamese-syllable';
import { CodeUnitWriter } from './code-units';

const toneByMark: Readonly<Record<string, Tone>> = { '`': 'grave', '?': 'hook', '~': 'tilde', "'": 'acute', '.': 'dot' };
const modified: Readonly<Record<string, VowelBase>> = { 'a^': 'â', 'a(': 'ă', 'e^': 'ê', 'o^': 'ô', 'o+': 'ơ', 'u+': 'ư' };

/**
 * A VIQR syllable candidate: a consonant onset (dd for đ), vowels each optionally followed by a
 * modifier (^ circumflex, ( breve, + horn) and by at most one tone mark (` ? ~ ' .), and a final
 * consonant, standing as a whole word.
 */
const syllableCandidate = /(?<![A-Za-z0-9\\])(dd|[bcdghklmnpqrstvx]{0,3})((?:[aeiouy][\^(+]?)+)([`?~'.]?)((?:[aeiouy][\^(+]?)*)([`?~'.]?)(ng|nh|ch|[cmnpt])?(?![A-Za-z0-9])/gi;
/** The same words as `syllableCandidate` without capturing their parts: scanning a megabyte allocates far less. */
const syllableCandidateScan = /(?<![A-Za-z0-9\\])(?:dd|[bcdghklmnpqrstvx]{0,3})(?:[aeiouy][\^(+]?)+[`?~'.]?(?:[aeiouy][\^(+]?)*[`?~'.]?(?:ng|nh|ch|[cmnpt])?(?![A-Za-z0-9])/gi;

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
  const inCapitals = !/[a-z]/.test(onset + firstVowels + secondVowels);
  if (firstTone !== '' && secondTone !== '') {
    // A syllable has one tone: a second mark after the word is punctuation ("u?y." is "ủy.").
    if (coda !== '') return undefined;
    punctuation = secondTone;
    tone = firstTone;
    if (secondVowels === '' && isFinalToneMark(tone, context) && isFinalMarkPunctuation(context.text, context.end - 2, inCapitals)) {
      punctuation = tone + punctuation;
      tone = '';
    }
  } else if (coda === '' && (secondTone !== '' || secondVowels === '') && isFinalToneMark(tone, context)) {
    if (isFinalMarkPunctuation(context.text, context.end - 1, inCapitals)) {
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

/** "." and "?" closing a word may be punctuation, unless the text escapes its literal marks. */
function isFinalToneMark(tone: string, context: CandidateContext): boolean {
  return (tone === '.' || tone === '?') && !context.strict;
}

const sentenceEndAhead = /\s*$|[ \t]*[\r\n]|\s+["“‘(]|[)"”’»\]]/uy;
const capitalAhead = /\s+\p{Lu}/uy;

/**
 * Whether a "." or "?" ending a word is punctuation rather than a tone mark. Doubled ("nghi..") it is
 * a tone mark and then punctuation; tripled it is an ellipsis; single, it is punctuation where a
 * sentence ends: end of text or line, an opening or closing quote or bracket, or (after a word not
 * in capitals) a capital after a space.
 */
function isFinalMarkPunctuation(text: string, markIndex: number, wordInCapitals: boolean): boolean {
  const mark = text[markIndex];
  let run = 1;
  while (text[markIndex + run] === mark) run += 1;
  if (run === 3) return true;
  if (run !== 1) return false;
  sentenceEndAhead.lastIndex = markIndex + 1;
  if (sentenceEndAhead.test(text)) return true;
  if (wordInCapitals) return false;
  capitalAhead.lastIndex = markIndex + 1;
  return capitalAhead.test(text);
}

/** What `isFinalMarkPunctuation` answers for the last two characters of a word ending at `end`, in and out of capitals. */
function punctuationContext(text: string, end: number): string {
  let answers = '';
  for (const markIndex of [end - 1, end - 2]) {
    const mark = text[markIndex];
    if (mark !== '.' && mark !== '?') {
      answers += '--';
      continue;
    }
    answers += isFinalMarkPunctuation(text, markIndex, false) ? '1' : '0';
    answers += isFinalMarkPunctuation(text, markIndex, true) ? '1' : '0';
  }
  return answers;
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

/** The VIQR modifiers and tone marks ^ ( + ` ? ~ ' . by character code. */
const isMarkCode = new Uint8Array(128);
for (const mark of "^(+`?~'.") isMarkCode[mark.charCodeAt(0)] = 1;

/**
 * Whether a candidate carries a mark or starts with dd; one without is plain ASCII and stays as it
 * is. A loop over character codes rather than a regular expression: it runs for every word.
 */
function hasViqrMark(candidate: string): boolean {
  if ((candidate.charCodeAt(0) | 0x20) === 0x64 && (candidate.charCodeAt(1) | 0x20) === 0x64) return true;
  for (let index = 0; index < candidate.length; index += 1) {
    const code = candidate.charCodeAt(index);
    if (code < 128 && isMarkCode[code] === 1) return true;
  }
  return false;
}

const escapedMark = /\\[`?~'.^(+]/;

type CandidateReading = { syllable: ViqrSyllable; punctuation: string } | null;

/**
 * Calls `visit` for each candidate that carries a VIQR mark, in order, with where it stands and how
 * it reads (null: not a syllable). Each distinct spelling is read once; a loop with a callback rather
 * than a generator keeps a megabyte of text from allocating an object per word.
 */
export function forEachMarkedCandidate(text: string, visit: (candidate: string, index: number, reading: CandidateReading) => void): void {
  const strict = escapedMark.test(text);
  const readings = new Map<string, CandidateReading>();
  const scan = new RegExp(syllableCandidateScan.source, syllableCandidateScan.flags);
  const parts = new RegExp(syllableCandidate.source, 'iy');
  for (let match = scan.exec(text); match !== null; match = scan.exec(text)) {
    const candidate = match[0];
    if (!hasViqrMark(candidate)) continue;
    // A final "." or "?" may be punctuation depending on what follows: such a reading is cached under
    // the answers `isFinalMarkPunctuation` gives at the two places it may look, which is all it reads.
    const end = match.index + candidate.length;
    const lastCharacter = candidate[candidate.length - 1];
    const key = !strict && (lastCharacter === '.' || lastCharacter === '?') ? `${candidate}\u0000${punctuationContext(text, end)}` : candidate;
    let reading = readings.get(key);
    if (reading === undefined) {
      parts.lastIndex = match.index;
      const groups = parts.exec(text);
      reading = groups === null || groups[0] !== candidate ? null : (readSyllable(groups.slice(1, 7), { text, end, strict }) ?? null);
      readings.set(key, reading);
    }
    visit(candidate, match.index, reading);
  }
}

/**
 * Converts VIQR (RFC 1456: `Vie^.t Nam`, `dd` for đ) to Unicode. Only whole words that read as a
 * Vietnamese syllable are converted, so "what?" and "e.g." stay as they are. A backslash keeps a
 * mark literal ("ddi\." is "đi."); in a text that uses such escapes every unescaped mark is a mark.
 * Otherwise a single "." or "?" closing a word is read as punctuation where a sentence ends (see
 * `isFinalMarkPunctuation`), and a mark after a word that already has its tone is punctuation.
 * Returns NFC.
 */
export function decodeViqr(text: string): string {
  // A converted syllable is never longer than its VIQR spelling, so the output fits the input's length.
  const writer = new CodeUnitWriter(text.length);
  let runStart = 0;
  forEachMarkedCandidate(text, (candidate, index, reading) => {
    if (reading === null) return;
    writer.appendSlice(text, runStart, index);
    writer.append(reading.syllable.unicode);
    writer.append(reading.punctuation);
    runStart = index + candidate.length;
  });
  writer.appendSlice(text, runStart, text.length);
  let output = writer.toString();
  if (text.includes('\\')) output = output.replace(/\\([`?~'.^(+\\])/g, '$1');
  // Each converted syllable is NFC already; so is the rest when the input is ASCII, as VIQR is.
  // Otherwise the whole text is normalised: on text that is NFC already this is a quick check.
  return nonAscii.test(text) ? output.normalize('NFC') : output;
}

const nonAscii = /\P{ASCII}/u;

/** How much of a text reads as VIQR. */
export interface ViqrEvidence {
  /** Words: runs of letters, VIQR marks between letters included. */
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
  const words = text.match(/[A-Za-z]+(?:[\^(+`?~'.]+[A-Za-z]+)*/g)?.length ?? 0;
  let marked = 0;
  let strong = 0;
  const distinct = new Set<string>();
  forEachMarkedCandidate(text, (_candidate, _index, reading) => {
    if (!reading?.syllable.marked) return;
    marked += 1;
    if (reading.syllable.strong) {
      strong += 1;
      distinct.add(reading.syllable.unicode.toLowerCase());
    }
  });
  return { words, marked, strong, distinctStrong: distinct.size };
}

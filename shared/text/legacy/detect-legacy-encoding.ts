import { isVietnameseLetter } from '../vietnamese-letters';
import { isVietnameseSyllable } from '../vietnamese-syllable';
import type { LegacyEncoding } from './legacy-encoding';
import { decodeTcvn3Word } from './tcvn3';
import { measureUtf8Mojibake, repairUtf8Mojibake } from './utf8-mojibake';
import { measureViqr } from './viqr';
import { decodeVni } from './vni';

/** What `detectLegacyEncoding` found. */
export interface LegacyDetection {
  /** The encoding the text appears to be in, or null when it looks like clean Unicode (or plain ASCII). */
  encoding: LegacyEncoding | null;
  /** From 0 (nothing found) to 1 (certain). */
  confidence: number;
  /** What the decision rests on, in a few words (English, for logs and tests). */
  evidence?: string;
}

/** Detection reads at most this many characters from the start of the text. */
export const detectionSampleLength = 65_536;

/** Words of Latin-1 characters: legacy text pasted or read as Windows-1252 shows up in these. */
const latinWord = /[A-Za-z\u00a1-\u00ff]+/g;

interface Candidate {
  encoding: LegacyEncoding;
  confidence: number;
  evidence: string;
}

/**
 * Guesses whether text is in a legacy Vietnamese encoding: TCVN3, VNI-Windows, VIQR or UTF-8 misread
 * as Windows-1252. Characters above U+007F that are not among the 134 Vietnamese letters are the
 * first sign; a guess is made only when decoding turns the words that hold them into well-formed
 * Vietnamese syllables, so clean Unicode (©, €, emoji, “quotes”, café, Straße) and plain English stay
 * silent. VIQR needs several distinct VIQR-marked syllables. Short texts need at least two words of
 * evidence. Only the first 64 KB are read.
 */
export function detectLegacyEncoding(text: string): LegacyDetection {
  const sample = text.length > detectionSampleLength ? text.slice(0, detectionSampleLength) : text;
  const candidates: Candidate[] = [];
  if (/[^\p{ASCII}]/u.test(sample)) {
    const mojibake = mojibakeCandidate(sample);
    if (mojibake) candidates.push(mojibake);
    for (const [encoding, decode] of [['tcvn3', decodeTcvn3Word], ['vni', decodeVni]] as const) {
      const candidate = byteFontCandidate(sample, encoding, decode);
      if (candidate) candidates.push(candidate);
    }
  }
  const viqr = viqrCandidate(sample);
  if (viqr) candidates.push(viqr);
  if (candidates.length === 0) return { encoding: null, confidence: 0 };
  const best = candidates.reduce((left, right) => (right.confidence > left.confidence ? right : left));
  return { encoding: best.encoding, confidence: round(best.confidence), evidence: best.evidence };
}

/** Counts characters above U+007F that are not Vietnamese letters (clean Unicode Vietnamese scores 0). */
export function countForeignCharacters(text: string): number {
  let count = 0;
  for (const character of text) {
    if (character.charCodeAt(0) > 0x7f && !isVietnameseLetter(character) && !/\s/.test(character)) count += 1;
  }
  return count;
}

function hasForeignCharacter(word: string): boolean {
  for (const character of word) {
    if (character.charCodeAt(0) > 0x7f && !isVietnameseLetter(character)) return true;
  }
  return false;
}

/** TCVN3 and VNI: do the words holding foreign characters decode to Vietnamese syllables? */
function byteFontCandidate(sample: string, encoding: LegacyEncoding, decode: (text: string) => string): Candidate | undefined {
  let valid = 0;
  let invalid = 0;
  // Words repeat: judge each distinct word once.
  const verdicts = new Map<string, 'valid' | 'invalid' | 'clean'>();
  for (const [word] of sample.matchAll(latinWord)) {
    if (word.length < 2) continue;
    let verdict = verdicts.get(word);
    if (verdict === undefined) {
      verdict = !hasForeignCharacter(word) ? 'clean' : isVietnameseSyllable(decode(word)) ? 'valid' : 'invalid';
      verdicts.set(word, verdict);
    }
    if (verdict === 'valid') valid += 1;
    else if (verdict === 'invalid') invalid += 1;
  }
  const ratio = valid / Math.max(1, valid + invalid);
  if (valid < 2 || ratio < 0.75) return undefined;
  return {
    encoding,
    confidence: ratio * Math.min(1, (valid + 2) / 10),
    evidence: `${valid} of ${valid + invalid} words with non-Vietnamese characters read as ${encoding} syllables`,
  };
}

function mojibakeCandidate(sample: string): Candidate | undefined {
  const { sequences, vietnameseThreeByte } = measureUtf8Mojibake(sample);
  if (sequences < 2 && vietnameseThreeByte < 1) return undefined;
  const before = countForeignCharacters(sample);
  const after = countForeignCharacters(repairUtf8Mojibake(sample));
  const explained = before === 0 ? 0 : (before - after) / before;
  if (explained < 0.5) return undefined;
  return {
    encoding: 'cp1252',
    confidence: explained * Math.min(1, (sequences + vietnameseThreeByte + 2) / 10),
    evidence: `${sequences} UTF-8 sequences read as Windows-1252 characters`,
  };
}

function viqrCandidate(sample: string): Candidate | undefined {
  const { words, marked, strong, distinctStrong } = measureViqr(sample);
  const share = marked / Math.max(1, words);
  if (strong < 3 || distinctStrong < 2 || share < 0.2) return undefined;
  return {
    encoding: 'viqr',
    confidence: Math.min(1, share / 0.4) * Math.min(1, (strong + 2) / 10),
    evidence: `${marked} of ${words} words carry VIQR marks`,
  };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

import type { ToneStyle } from '../model/settings';
import { hasStyledTone, parseSyllable } from './syllable-rules';
import { suggestCorrections } from './spelling-suggestions';
import { normalizeTonePlacement } from './tone-placement';

/**
 * Kiểm tra chính tả without a dictionary: each word of the text is judged by the spelling rules of
 * a Vietnamese syllable (`syllable-rules.ts`).
 *
 * Not flagged, so that clean news text gives no false alarm:
 * - words with a digit, e-mail addresses, web addresses, paths and dotted abbreviations (TP.HCM);
 * - words with a letter outside the Vietnamese alphabet (f, j, w, z, ü, ñ…): foreign words and names;
 * - plain-ASCII words that are not syllables ("online", "Facebook", "UBND"): foreign words and
 *   Vietnamese typed without accents; among them only "dd" for đ ("ddi") and, in lower case, a
 *   broken c/k, g/gh, ng/ngh pair ("nge", "ghà") are flagged, loan words such as "gen" aside;
 * - capitalised and upper-case words (and the syllables of a hyphenated word that starts with a
 *   capital) that break only the onset pairs (Bắc Kạn) or break a rule with no likely fix (Đắk Lắk,
 *   HĐND, Mát-xcơ-va): names and abbreviations;
 * - words in the ignore list (any case).
 * A well-formed word whose tone sits in the other house style (hòa in a "hoà" article) is a
 * separate, style issue.
 */

export type SpellingIssueKind = 'spelling' | 'style';

export interface SpellingIssue {
  /** Offsets in the checked text (UTF-16 code units), end exclusive. */
  from: number;
  to: number;
  kind: SpellingIssueKind;
  word: string;
}

export interface SpellingCheckerOptions {
  style: ToneStyle;
  /** Words never flagged; compared in lower case NFC. */
  ignored?: Iterable<string>;
}

/** Chunks left alone whole: digits, e-mail, web addresses and paths, dotted abbreviations (TP.HCM, v.v.). */
const skippedChunk = /\p{N}|^www\.|\p{L}\.\p{L}/iu;
/** ASCII characters that leave their chunk alone: digits, @, /, \, _ (":" of "://" comes with "/"). */
const skippedAscii = new Uint8Array(128);
for (const character of '0123456789@/\\_') skippedAscii[character.charCodeAt(0)] = 1;

/** White space, and U+FFFC, which stands for an inline node such as a hard break. */
function isSpace(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return code === 0xfffc || code === 0xa0 || code === 0x85 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

const letterOrMark = /^[\p{L}\p{M}]$/u;
/** Per BMP code unit: 0 not yet known, 1 a letter or mark, 2 neither (filled as met). */
const wordCharacterTable = new Uint8Array(0x10000);

/** Whether the character at `index` is a letter or a combining mark (part of a word). */
function isWordCharacter(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
  if (code >= 0xd800 && code <= 0xdfff) {
    // A character outside the BMP, judged whole from either of its halves.
    const first = code <= 0xdbff ? index : index - 1;
    const point = text.codePointAt(first);
    return point !== undefined && point > 0xffff && letterOrMark.test(String.fromCodePoint(point));
  }
  let known = wordCharacterTable[code]!;
  if (known === 0) {
    known = letterOrMark.test(String.fromCharCode(code)) ? 1 : 2;
    wordCharacterTable[code] = known;
  }
  return known === 1;
}
/** The Vietnamese alphabet in lower case: no f, j, w, z, and only the 67 Vietnamese letters beyond ASCII. */
const vietnameseAlphabet = /^[a-eg-ik-vxyàáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]+$/u;
const asciiLower = /^[a-z]+$/;
const upperFirst = /^\p{Lu}/u;
const leadingCapital = /^[^\p{L}]*\p{Lu}/u;
/** Loan words written in Vietnamese text against the c/k, g/gh, ng/ngh pairs. */
const asciiLoanWords = new Set(['gen', 'ceo', 'gem']);

/** A word's verdict: null when it is fine. */
type Verdict = SpellingIssueKind | null;

export class SpellingChecker {
  readonly style: ToneStyle;
  private readonly ignored: Set<string>;
  private readonly verdicts = new Map<string, Verdict>();

  constructor(options: SpellingCheckerOptions) {
    this.style = options.style;
    this.ignored = new Set([...(options.ignored ?? [])].map((word) => word.normalize('NFC').toLowerCase()));
  }

  /** Adds a word to this checker's ignore list (the caller stores the list). */
  ignore(word: string): void {
    this.ignored.add(word.normalize('NFC').toLowerCase());
    this.verdicts.clear();
  }

  isIgnored(word: string): boolean {
    return this.ignored.has(word.normalize('NFC').toLowerCase());
  }

  /** The issues of a text, in order. */
  check(text: string): SpellingIssue[] {
    const issues: SpellingIssue[] = [];
    const length = text.length;
    let index = 0;
    while (index < length) {
      while (index < length && isSpace(text.charCodeAt(index))) index += 1;
      const chunkStart = index;
      while (index < length && !isSpace(text.charCodeAt(index))) index += 1;
      if (index > chunkStart) this.checkChunk(text, chunkStart, index, issues);
    }
    return issues;
  }

  /** The words of one chunk between white space, unless the chunk is left alone whole. */
  private checkChunk(text: string, start: number, end: number, issues: SpellingIssue[]): void {
    let hyphen = false;
    for (let index = start; index < end; index += 1) {
      const code = text.charCodeAt(index);
      if (code < 0x80 && skippedAscii[code] === 1) return;
      if (code === 0x2d) hyphen = true;
    }
    const chunk = text.slice(start, end);
    if (skippedChunk.test(chunk)) return;
    // The syllables of a hyphenated name are judged as names: Mát-xcơ-va, Ốt-xtrây-li-a.
    const hyphenatedName = hyphen && leadingCapital.test(chunk);
    let index = start;
    while (index < end) {
      while (index < end && !isWordCharacter(text, index)) index += 1;
      const wordStart = index;
      while (index < end && isWordCharacter(text, index)) index += 1;
      if (index === wordStart) continue;
      const word = text.slice(wordStart, index);
      const kind = this.judge(hyphenatedName ? word[0]!.toUpperCase() + word.slice(1) : word);
      if (kind !== null) issues.push({ from: wordStart, to: index, kind, word });
    }
  }

  /** The verdict on one word (letters only): null when it is fine. */
  judge(word: string): Verdict {
    let verdict = this.verdicts.get(word);
    if (verdict === undefined) {
      verdict = this.judgeUncached(word);
      if (this.verdicts.size > 100_000) this.verdicts.clear();
      this.verdicts.set(word, verdict);
    }
    return verdict;
  }

  /** Likely fixes of a flagged word, best first, in its case. */
  suggest(word: string): string[] {
    const composed = word.normalize('NFC');
    if (this.judge(composed) === 'style') return [normalizeTonePlacement(composed, this.style)];
    return suggestCorrections(composed, this.style);
  }

  private judgeUncached(word: string): Verdict {
    const composed = word.normalize('NFC');
    const lower = composed.toLowerCase();
    if (this.ignored.has(lower)) return null;
    if (!vietnameseAlphabet.test(lower)) return null;
    const syllable = parseSyllable(lower);
    if (syllable) {
      if (hasStyledTone(syllable) && normalizeTonePlacement(composed, this.style) !== composed) return 'style';
      return null;
    }
    if (asciiLower.test(lower)) {
      if (lower.startsWith('dd')) return parseSyllable(`đ${lower.slice(2)}`) !== null ? 'spelling' : null;
      return composed === lower && !asciiLoanWords.has(lower) && parseSyllable(lower, true) !== null ? 'spelling' : null;
    }
    if (upperFirst.test(composed)) {
      if (parseSyllable(lower, true) !== null) return null;
      return suggestCorrections(composed, this.style).length > 0 ? 'spelling' : null;
    }
    return 'spelling';
  }
}

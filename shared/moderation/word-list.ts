import { isVietnameseSyllable } from '../text/vietnamese-syllable';
import { alternativeSpellings, characterInfo, kindBlocking, kindHard, kindLeetSymbol, kindOf, noSymbol, symbolCount, toneConflict } from './comment-characters';
import { CommentLetters, gapJoiner, gapNone, gapSingleSpace, gapSpaces } from './comment-letters';

/**
 * Word lists for reader comments (issue 9, point 3): "Từ cấm" (banned) and "Từ cần xem xét" (suspect).
 *
 * Matching rules (design/vietnamese.md, "Reader comments"):
 * - Whole syllables: an entry of several syllables matches the same syllables in a row; a match
 *   starts and ends at a word edge ("vlog" is not "vl", "ngung" is not "ngu").
 * - Case, NFC/NFD and tone placement do not matter (hòa = hoà): a syllable's tone is compared, not
 *   the letter that carries it.
 * - Decided syllable by syllable: a syllable written with any Vietnamese accent must carry exactly
 *   the entry syllable's accents ("đồ ngủ" is not "đồ ngu"); a syllable written with none matches the
 *   entry syllable's folded form ("do ngu", "lừa dao" are "đồ ngu", "lừa đảo"). An entry without
 *   accents ("vcl") therefore matches only text without accents.
 * - One exception, for one-syllable entries with accents: a plain unaccented word, exactly the
 *   entry's folded letters and itself a Vietnamese syllable once accented ("lon", a can, for "lồn";
 *   "cac" for "các" or "cặc"; "buoi" for "buổi" or "buồi"), is ambiguous. In a comment typed with
 *   accents (a quarter of its words or more carry one) it is taken as the ordinary word and does not
 *   match. In a comment typed without accents it matches, but a banned entry's match is reported in
 *   the suspect list (flagged for a look, never rejected automatically for "buoi sang"). A disguised
 *   form ("l0n", "lonnn", "l.o.n") is no ordinary word and matches as its list says.
 * - Disguises: letters separated by dots, dashes, underscores (l.ừ.a, đ-m, v_c_l) or single spaces
 *   when every letter of the syllable stands alone ("l ừ a", "v c l"); invisible characters
 *   (zero-width, direction marks, word joiner, BOM, soft hyphen) and non-Vietnamese combining marks
 *   anywhere; repeated letters ("lừaaa", "vcllll"); any run of spaces or line breaks, or a joiner, or
 *   nothing, between syllables ("lừa   đảo", "lừa.đảo", "lừađảo"); look-alike letters (fullwidth
 *   and other NFKC compatibility forms, small capitals, Latin-looking Cyrillic).
 * - Leet, inside a word that has real letters: 0→o, 1→i or l, 3→e, 4→a, 5→s, 7→t, @→a, $→s, and
 *   a capital I or a vertical bar | for l ("vcI", "vc|").
 * - Teencode, only with letters outside the Vietnamese alphabet so that no real word is misread:
 *   f→ph, j→gi or i, w→qu, z→d, gi or v. Short forms ("đm", "vcl", "clgt", "dkm") are entries of
 *   the list, not rules; "đm" written "dm", "d.m" or "đ.m" matches the entry "đm".
 * Matches overlap freely (the entries "đồ ngu" and "ngu" both match "đồ ngu").
 */
export const wordListKinds = ['banned', 'suspect'] as const;
export type WordListKind = (typeof wordListKinds)[number];

/** A compiled matcher for a set of entries; build once per list change, reuse for every comment. */
export interface WordMatcher {
  match(text: string): WordMatch[];
}

export interface WordMatch {
  list: WordListKind;
  entry: string;
  /** the text as written in the comment, exactly the substring */
  match: string;
  /** UTF-16 offsets into the ORIGINAL text, for highlighting */
  start: number;
  end: number;
}

const stepsPerStart = 1024;

/** The longest entry accepted, in characters. */
export const maxEntryLength = 100;

interface CompiledEntry {
  list: WordListKind;
  entry: string;
  symbols: number[];
  /** Modifier of each letter. */
  mods: number[];
  /** Index in `symbols` where each syllable starts, plus one past the end. */
  syllableStarts: number[];
  /** Tone of each syllable. */
  tones: number[];
  accented: boolean;
  /** For a one-syllable entry with accents: its folded letters ("lồn" → "lon"). */
  singleFold: string | null;
}

interface TrieNode {
  children: Array<TrieNode | undefined>;
  /** The node after a syllable break. */
  next: TrieNode | undefined;
  entries: CompiledEntry[] | undefined;
}

type ParsedEntry = { ok: true; entry: Omit<CompiledEntry, 'list' | 'entry'>; key: string } | { ok: false; reason: string };

const entryLetters = new CommentLetters();

/** Reads an entry (NFC, trimmed) into syllables of letters; a reason when it cannot be matched. */
function parseEntry(entry: string): ParsedEntry {
  if (entry.length > maxEntryLength) return { ok: false, reason: `longer than ${maxEntryLength} characters` };
  for (const character of entry) {
    const kind = kindOf(characterInfo(character.codePointAt(0)!));
    if (kind === kindHard || kind === kindBlocking || kind === kindLeetSymbol) return { ok: false, reason: `holds "${character}", which is not a letter, a digit, a space, a dot, a dash or an underscore` };
  }
  const letters = entryLetters;
  letters.read(entry);
  if (letters.count === 0) return { ok: false, reason: 'has no letter' };
  const symbols: number[] = [];
  const mods: number[] = [];
  const syllableStarts: number[] = [];
  const tones: number[] = [];
  let hasLetter = false;
  for (let unit = 0; unit < letters.count; unit += 1) {
    const symbol = letters.symbol[unit]!;
    if (symbol < 26) hasLetter = true;
    if (unit === 0 || letters.gap[unit]! >= gapSingleSpace) {
      syllableStarts.push(symbols.length);
      tones.push(0);
    }
    const tone = letters.tone[unit]!;
    if (tone !== 0) {
      const syllable = tones.length - 1;
      if (tone === toneConflict || (tones[syllable] !== 0 && tones[syllable] !== tone)) return { ok: false, reason: 'has a syllable with more than one tone mark' };
      tones[syllable] = tone;
    }
    symbols.push(symbol);
    mods.push(letters.mod[unit]!);
  }
  if (!hasLetter) return { ok: false, reason: 'has no letter' };
  syllableStarts.push(symbols.length);
  const accented = mods.some((mod) => mod !== 0) || tones.some((tone) => tone !== 0);
  const fold = (from: number, to: number) => symbols.slice(from, to).map(symbolText).join('');
  const key = tones.map((tone, syllable) => symbols.slice(syllableStarts[syllable], syllableStarts[syllable + 1]).map((symbol, offset) => symbolText(symbol) + (mods[syllableStarts[syllable]! + offset] || '')).join('') + tone).join(' ');
  const singleFold = accented && tones.length === 1 ? fold(0, symbols.length) : null;
  return { ok: true, entry: { symbols, mods, syllableStarts, tones, accented, singleFold }, key };
}

function symbolText(symbol: number): string {
  return symbol < 26 ? String.fromCharCode(0x61 + symbol) : String.fromCharCode(0x30 + symbol - 26);
}

/** Parses a word-list text file: one entry a line, trims, NFC, skips blank lines and lines starting with '#', drops duplicates (same folded key AND same accents). Returns entries and problems (line number + reason) for invalid lines (e.g. too long > 100 chars, no letter). */
export function parseWordListFile(text: string): { entries: string[]; problems: Array<{ line: number; reason: string }> } {
  const entries: string[] = [];
  const problems: Array<{ line: number; reason: string }> = [];
  const seen = new Set<string>();
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  lines.forEach((raw, index) => {
    const line = raw.normalize('NFC').trim();
    if (line === '' || line.startsWith('#')) return;
    const parsed = parseEntry(line);
    if (!parsed.ok) {
      problems.push({ line: index + 1, reason: parsed.reason });
      return;
    }
    if (seen.has(parsed.key)) return;
    seen.add(parsed.key);
    entries.push(line);
  });
  return { entries, problems };
}

/** The key under which two entries are the same (case, tone placement, NFC/NFD and joiners aside); null for an entry that cannot be matched. */
export function wordListEntryKey(entry: string): string | null {
  const parsed = parseEntry(entry.normalize('NFC').trim());
  return parsed.ok ? parsed.key : null;
}

/** Compiles both lists into one matcher. Entries that cannot be matched (see `parseWordListFile`) are skipped; duplicates within a list are merged. */
export function compileWordLists(lists: { banned: readonly string[]; suspect: readonly string[] }): WordMatcher {
  const root = newNode();
  const compiled: CompiledEntry[] = [];
  let longest = 1;
  let mostSyllables = 1;
  for (const list of wordListKinds) {
    const seen = new Set<string>();
    for (const raw of lists[list]) {
      const entry = raw.normalize('NFC').trim();
      const parsed = parseEntry(entry);
      if (!parsed.ok || seen.has(parsed.key)) continue;
      seen.add(parsed.key);
      const item: CompiledEntry = { list, entry, ...parsed.entry };
      compiled.push(item);
      longest = Math.max(longest, item.symbols.length);
      mostSyllables = Math.max(mostSyllables, item.tones.length);
      let node = root;
      item.symbols.forEach((symbol, index) => {
        if (index > 0 && item.syllableStarts.includes(index)) node = node.next ??= newNode();
        node = node.children[symbol] ??= newNode();
      });
      (node.entries ??= []).push(item);
    }
  }
  return new TrieMatcher(root, compiled, longest, mostSyllables);
}

function newNode(): TrieNode {
  return { children: new Array<TrieNode | undefined>(symbolCount), next: undefined, entries: undefined };
}

class TrieMatcher implements WordMatcher {
  private readonly letters = new CommentLetters();
  /** The unit that matched each letter of the entry being tried. */
  private readonly letterUnit: Int32Array;
  /** The first unit of each syllable of the entry being tried. */
  private readonly syllableUnit: Int32Array;
  private matchStart = 0;
  /** Steps left for the current start: a bound on the work for adversarial text ("a.a.a.a…" against "aaaa"). */
  private budget = 0;
  private found: Array<{ entry: CompiledEntry; list: WordListKind; first: number; last: number }> = [];
  private text = '';

  constructor(
    private readonly root: TrieNode,
    private readonly entries: readonly CompiledEntry[],
    longest: number,
    mostSyllables: number,
  ) {
    this.letterUnit = new Int32Array(longest + 2);
    this.syllableUnit = new Int32Array(mostSyllables + 2);
  }

  match(text: string): WordMatch[] {
    if (this.entries.length === 0) return [];
    const letters = this.letters;
    letters.read(text);
    this.text = text;
    this.found = [];
    const gap = letters.gap;
    for (let unit = 0; unit < letters.count; unit += 1) {
      if (gap[unit] === gapNone) continue;
      this.matchStart = unit;
      this.budget = stepsPerStart;
      this.syllableUnit[0] = unit;
      this.step(unit, this.root, 0, 0, false, false);
    }
    return this.finish();
  }

  /** Matches unit `unit` as the next letter(s) below `node`. */
  private step(unit: number, node: TrieNode, depth: number, syllable: number, spaced: boolean, joinedDirectly: boolean): void {
    const letters = this.letters;
    const symbol = letters.symbol[unit]!;
    if (symbol !== noSymbol) {
      const child = node.children[symbol];
      if (child) {
        this.letterUnit[depth] = unit;
        this.walk(unit + 1, child, depth + 1, syllable, spaced, joinedDirectly);
      }
    }
    const alternative = letters.alternative[unit]!;
    if (alternative === 0) return;
    for (const spelling of alternativeSpellings[alternative]!) {
      let target: TrieNode | undefined = node;
      for (let index = 0; index < spelling.length && target; index += 1) {
        target = target.children[spelling[index]!];
        this.letterUnit[depth + index] = unit;
      }
      if (target) this.walk(unit + 1, target, depth + spelling.length, syllable, spaced, joinedDirectly);
    }
  }

  /** Units before `unit` are matched down to `node`; records entries ending here and tries to go on. */
  private walk(unit: number, node: TrieNode, depth: number, syllable: number, spaced: boolean, joinedDirectly: boolean): void {
    this.budget -= 1;
    if (this.budget < 0) return;
    const letters = this.letters;
    const count = letters.count;
    const { symbol, mod, alternative } = letters;
    // Repeated letters that can only be repeats ("vcllll" for "vcl"): absorbed without branching.
    while (
      unit < count &&
      letters.gap[unit]! <= gapJoiner &&
      symbol[unit] === symbol[unit - 1] &&
      symbol[unit] !== noSymbol &&
      alternative[unit] === 0 &&
      (mod[unit] === 0 || mod[unit] === mod[unit - 1]) &&
      !node.children[symbol[unit]!] &&
      !node.next?.children[symbol[unit]!]
    ) {
      unit += 1;
    }
    const gap = unit < count ? letters.gap[unit]! : gapSpaces;
    const spelledOutBroken = spaced && joinedDirectly;
    if (node.entries && gap !== gapNone && !spelledOutBroken) this.record(node.entries, unit - 1, syllable);
    if (unit >= count) return;
    // A repeated letter ("lừaaa"): same symbol, no new modifier.
    const previous = unit - 1;
    if (gap <= gapJoiner && letters.symbol[unit] === letters.symbol[previous] && letters.symbol[unit] !== noSymbol && (letters.mod[unit] === 0 || letters.mod[unit] === letters.mod[previous])) {
      this.walk(unit + 1, node, depth, syllable, spaced, joinedDirectly);
    }
    if (node.next && gap <= gapSpaces && !spelledOutBroken) {
      this.syllableUnit[syllable + 1] = unit;
      this.step(unit, node.next, depth, syllable + 1, false, false);
    }
    if (gap === gapNone) this.step(unit, node, depth, syllable, spaced, true);
    else if (gap === gapJoiner) this.step(unit, node, depth, syllable, spaced, joinedDirectly);
    else if (gap === gapSingleSpace) this.step(unit, node, depth, syllable, true, joinedDirectly);
  }

  private record(entries: readonly CompiledEntry[], last: number, lastSyllable: number): void {
    for (const entry of entries) {
      const agreement = this.accentsAgree(entry, last, lastSyllable);
      if (agreement !== disagree) this.found.push({ entry, list: agreement === ambiguous ? 'suspect' : entry.list, first: this.matchStart, last });
    }
  }

  private accentsAgree(entry: CompiledEntry, last: number, lastSyllable: number): Agreement {
    const { mod, tone } = this.letters;
    let anyAccent = false;
    for (let syllable = 0; syllable <= lastSyllable; syllable += 1) {
      const first = this.syllableUnit[syllable]!;
      const end = syllable < lastSyllable ? this.syllableUnit[syllable + 1]! - 1 : last;
      let accented = false;
      for (let unit = first; unit <= end; unit += 1) {
        if (mod[unit] !== 0 || tone[unit] !== 0) {
          accented = true;
          break;
        }
      }
      if (!accented) continue;
      anyAccent = true;
      const entryTone = entry.tones[syllable]!;
      let toneSeen = false;
      for (let unit = first; unit <= end; unit += 1) {
        const written = tone[unit]!;
        if (written === 0) continue;
        if (written !== entryTone) return disagree;
        toneSeen = true;
      }
      if (entryTone !== 0 && !toneSeen) return disagree;
      for (let letter = entry.syllableStarts[syllable]!; letter < entry.syllableStarts[syllable + 1]!; letter += 1) {
        if (mod[this.letterUnit[letter]!] !== entry.mods[letter]) return disagree;
      }
    }
    if (!anyAccent && entry.singleFold !== null) {
      const written = this.text.slice(this.letters.start[this.matchStart]!, this.letters.end[last]!).toLowerCase();
      if (written === entry.singleFold && couldBeSyllable(written)) {
        return this.letters.accentedWords * 4 >= this.letters.words ? disagree : ambiguous;
      }
    }
    return agree;
  }

  /** One match per entry and place: the longest from each start, none inside another of the same entry. */
  private finish(): WordMatch[] {
    if (this.found.length === 0) return [];
    const { start, end } = this.letters;
    const longest = new Map<CompiledEntry, Map<number, { last: number; list: WordListKind }>>();
    for (const { entry, list, first, last } of this.found) {
      const byStart = longest.get(entry) ?? new Map<number, { last: number; list: WordListKind }>();
      longest.set(entry, byStart);
      const known = byStart.get(first);
      if (!known || last > known.last) byStart.set(first, { last, list });
    }
    const matches: WordMatch[] = [];
    for (const [entry, byStart] of longest) {
      const spans = [...byStart].sort((left, right) => left[0] - right[0] || right[1].last - left[1].last);
      let reach = -1;
      for (const [first, { last, list }] of spans) {
        if (last <= reach) continue;
        reach = last;
        const from = start[first]!;
        const to = end[last]!;
        matches.push({ list, entry: entry.entry, match: this.text.slice(from, to), start: from, end: to });
      }
    }
    const listOrder = (list: WordListKind) => wordListKinds.indexOf(list);
    return matches.sort((left, right) => left.start - right.start || right.end - left.end || listOrder(left.list) - listOrder(right.list) || left.entry.localeCompare(right.entry));
  }
}

type Agreement = 0 | 1 | 2;
const disagree = 0;
const agree = 1;
const ambiguous = 2;

const letterVariants: Readonly<Record<string, readonly string[]>> = { a: ['a', 'ă', 'â'], e: ['e', 'ê'], o: ['o', 'ô', 'ơ'], u: ['u', 'ư'], d: ['d', 'đ'] };

/**
 * Whether an unaccented word is a Vietnamese syllable once its accents are put back: "lon", "cac"
 * (các), "buoi" (buổi), "dit" (đít); not "dm" or "vcl". Tries every modifier on its letters, with no
 * tone and with a sắc (which syllables ending in c, ch, p or t need). Only run on candidate matches.
 */
function couldBeSyllable(word: string): boolean {
  if (word.length > 8) return false;
  let spellings = [''];
  for (const letter of word) spellings = spellings.flatMap((prefix) => (letterVariants[letter] ?? [letter]).map((variant) => prefix + variant));
  return spellings.some((spelling) => isVietnameseSyllable(spelling) || isVietnameseSyllable(spelling.replace(/([aeiouyăâêôơư])([^aeiouyăâêôơư]*)$/u, '$1\u0301$2').normalize('NFC')));
}

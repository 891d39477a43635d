import { foldByDecomposition } from './fold';
import { normalizeTonePlacement } from './tone-placement';

/** How "Tìm" compares the query with the text. */
export interface FindOptions {
  /** Upper and lower case must agree. */
  caseSensitive: boolean;
  /** The match must not start or end inside a word. */
  wholeWord: boolean;
  /** "Không phân biệt dấu": accents and đ are ignored ("hoa" finds "hòa", "Hoà" and "hóa"). */
  ignoreAccents: boolean;
}

/** A match as UTF-16 offsets into the text searched, `to` exclusive. */
export interface TextMatch {
  from: number;
  to: number;
}

/**
 * The text as it is compared: each code unit of `key`, folded by the options, knows the offsets
 * of the characters it came from (`starts[i]` to `ends[i]`), so a match in the key is a range of
 * the original text, combining marks after a letter included.
 */
interface KeyedText {
  key: string;
  starts: number[];
  ends: number[];
}

const wordCharacter = /[\p{L}\p{M}\p{N}_]/u;

const foldCache = new Map<string, string>();

function foldCharacter(character: string, options: FindOptions): string {
  let folded = character;
  if (options.ignoreAccents) {
    const cacheKey = options.caseSensitive ? `C${character}` : `c${character}`;
    const cached = foldCache.get(cacheKey);
    if (cached !== undefined) return cached;
    // The project's fold (NFD, marks dropped, đ to d), keeping the case when it matters.
    folded = options.caseSensitive
      ? character.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFC')
      : foldByDecomposition(character);
    if (foldCache.size < 4096) foldCache.set(cacheKey, folded);
    return folded;
  }
  return options.caseSensitive ? folded : folded.toLowerCase();
}

/** Both tone placements (hòa and hoà) compare as one: the old style, when it keeps every offset. */
function samePlacement(key: string): string {
  const placed = normalizeTonePlacement(key, 'old');
  return placed.length === key.length ? placed : key;
}

const combiningMark = /^\p{M}$/u;

function isMark(text: string, index: number): boolean {
  const code = text.codePointAt(index)!;
  if (code < 0x300) return false;
  if (code <= 0x36f) return true;
  return combiningMark.test(String.fromCodePoint(code));
}

/** Folds `text` a character at a time, each with the combining marks that follow it (a letter stored decomposed). */
function keyed(text: string, options: FindOptions): KeyedText {
  let key = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let start = 0;
  while (start < text.length) {
    let end = start + (text.codePointAt(start)! > 0xffff ? 2 : 1);
    while (end < text.length && isMark(text, end)) end += text.codePointAt(end)! > 0xffff ? 2 : 1;
    const character = end - start === 1 ? text[start]! : text.slice(start, end).normalize('NFC');
    const folded = foldCharacter(character, options);
    key += folded;
    for (let unit = 0; unit < folded.length; unit += 1) {
      starts.push(start);
      ends.push(end);
    }
    start = end;
  }
  return { key: options.ignoreAccents ? key : samePlacement(key), starts, ends };
}

/** The query as it is compared, or '' when there is nothing to find. */
export function findKey(query: string, options: FindOptions): string {
  const text = query.normalize('NFC');
  return keyed(text, options).key;
}

function isWordBoundary(text: string, from: number, to: number): boolean {
  const before = from > 0 ? text.slice(Math.max(0, from - 2), from) : '';
  const after = text.slice(to, to + 2);
  const lastBefore = [...before].pop();
  const firstAfter = [...after][0];
  return !(lastBefore !== undefined && wordCharacter.test(lastBefore)) && !(firstAfter !== undefined && wordCharacter.test(firstAfter));
}

/**
 * Every match of `query` in `text`, in order and not overlapping, as offsets of `text`. Both are
 * compared in NFC, with either tone placement ("hoà" finds "hòa"); with `ignoreAccents` folded as
 * the search folds them (`shared/text/fold.ts`).
 */
export function findInText(text: string, query: string, options: FindOptions): TextMatch[] {
  const queryKey = findKey(query, options);
  if (queryKey.length === 0 || text.length === 0) return [];
  const { key, starts, ends } = keyed(text, options);
  const matches: TextMatch[] = [];
  let searchFrom = 0;
  while (searchFrom <= key.length - queryKey.length) {
    const found = key.indexOf(queryKey, searchFrom);
    if (found === -1) break;
    const last = found + queryKey.length - 1;
    const from = starts[found]!;
    const to = ends[last]!;
    // A match must cover whole characters: a folded character that became two units is not split.
    const whole = (found === 0 || starts[found - 1] !== from) && (last + 1 >= starts.length || starts[last + 1] !== starts[last]);
    if (whole && (!options.wholeWord || isWordBoundary(text, from, to))) {
      matches.push({ from, to });
      searchFrom = found + queryKey.length;
    } else {
      searchFrom = found + 1;
    }
  }
  return matches;
}

/** `text` with each match replaced by `replacement` (matches in order, not overlapping). */
export function replaceMatches(text: string, matches: readonly TextMatch[], replacement: string): string {
  let result = '';
  let offset = 0;
  for (const match of matches) {
    result += text.slice(offset, match.from) + replacement;
    offset = match.to;
  }
  return result + text.slice(offset);
}

import type { SnippetPart } from '../../../shared/model/search';
import { foldForSearch } from '../../../shared/text/fold';
import type { QueryPhrase } from './search-query';

/** How many words a snippet shows, at most. */
export const snippetWords = 28;
/** Words of context shown before the first match of a snippet. */
const contextWords = 3;
/** Characters scanned for matches in one text: enough for any real article, bounded for a 2 MB one. */
const scannedCharacters = 200_000;
/** Matches collected per text; more add nothing to a 28-word snippet. */
const collectedMatches = 500;

const ellipsis = '…';
const tokenClass = '[\\p{L}\\p{N}\\p{Co}]';
const separatorClass = '[^\\p{L}\\p{N}\\p{Co}]';
const wordPattern = /[\p{L}\p{N}\p{Co}\p{M}]+/gu;

/** A match of one phrase in the original text: `text.slice(start, end)`. */
interface TextMatch {
  start: number;
  end: number;
  phrase: number;
}

/** The folded text and, when folding changed its length, where each folded character came from. */
interface FoldedText {
  folded: string;
  /** Original index of folded index `index` (identity when null). */
  originalIndex: number[] | null;
}

const foldedCharacterCache = new Map<string, string>();

/**
 * Folds `text` as the index does. Folding NFC text keeps its length (each letter folds to one
 * letter), so indexes carry over; for other text (decomposed accents, rare letters) each character
 * is folded alone and its origin recorded.
 */
function foldText(text: string): FoldedText {
  const folded = foldForSearch(text);
  if (folded.length === text.length) return { folded, originalIndex: null };
  let result = '';
  const originalIndex: number[] = [];
  let index = 0;
  for (const character of text) {
    let foldedCharacter = foldedCharacterCache.get(character);
    if (foldedCharacter === undefined) {
      foldedCharacter = foldForSearch(character);
      if (foldedCharacterCache.size < 10_000) foldedCharacterCache.set(character, foldedCharacter);
    }
    result += foldedCharacter;
    for (let unit = 0; unit < foldedCharacter.length; unit += 1) originalIndex.push(index);
    index += character.length;
  }
  originalIndex.push(text.length);
  return { folded: result, originalIndex };
}

function escapeForPattern(token: string): string {
  return token.replace(/[\\^$.*+?()[\]{}|/-]/gu, '\\$&');
}

/**
 * The pattern of a phrase over folded text: its tokens as whole tokens, in order, separated by
 * anything that is not a token character (as the FTS5 tokenizer splits them); the last token open
 * at the end for a prefix.
 */
function phrasePattern(phrase: QueryPhrase): RegExp {
  const body = phrase.tokens.map(escapeForPattern).join(`${separatorClass}+`);
  return new RegExp(`(?<!${tokenClass})${body}${phrase.prefix ? `${tokenClass}*` : ''}(?!${tokenClass})`, 'gu');
}

const patternCache = new Map<string, RegExp>();

function patternOf(phrase: QueryPhrase): RegExp {
  const key = `${phrase.tokens.join(' ')}${phrase.prefix ? '*' : ''}`;
  let pattern = patternCache.get(key);
  if (pattern === undefined) {
    pattern = phrasePattern(phrase);
    if (patternCache.size >= 1000) patternCache.clear();
    patternCache.set(key, pattern);
  }
  return pattern;
}

/** Every match of every phrase in the first `scannedCharacters` of `text`, by position. */
function findMatches(text: string, phrases: readonly QueryPhrase[]): TextMatch[] {
  const { folded, originalIndex } = foldText(text.length > scannedCharacters ? text.slice(0, scannedCharacters) : text);
  const toOriginal = (index: number) => (originalIndex ? originalIndex[index]! : index);
  const matches: TextMatch[] = [];
  phrases.forEach((phrase, phraseIndex) => {
    let found = 0;
    for (const match of folded.matchAll(patternOf(phrase))) {
      matches.push({ start: toOriginal(match.index), end: toOriginal(match.index + match[0].length), phrase: phraseIndex });
      found += 1;
      if (found >= collectedMatches) break;
    }
  });
  return matches.sort((left, right) => left.start - right.start || right.end - left.end);
}

/** Overlapping matches become one span. */
function mergeSpans(matches: readonly TextMatch[]): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  for (const match of matches) {
    const last = spans.at(-1);
    if (last && match.start <= last.end) last.end = Math.max(last.end, match.end);
    else spans.push({ start: match.start, end: match.end });
  }
  return spans;
}

/**
 * Parts of `text` from `from` to `to`, the matched spans marked. Matches separated only by white
 * space are one part ("hội quần chúng", not three). White space runs become one space.
 */
function partsBetween(text: string, matches: readonly TextMatch[], from: number, to: number): SnippetPart[] {
  const parts: SnippetPart[] = [];
  const push = (value: string, match: boolean) => {
    if (value.length === 0) return;
    const last = parts.at(-1);
    if (last && last.match === match) last.text += value;
    else parts.push({ text: value, match });
  };
  let cursor = from;
  for (const span of mergeSpans(matches.filter((match) => match.start >= from && match.end <= to))) {
    const gap = text.slice(cursor, span.start);
    push(gap, cursor > from && parts.at(-1)?.match === true && /^\s+$/u.test(gap));
    push(text.slice(span.start, span.end), true);
    cursor = span.end;
  }
  push(text.slice(cursor, to), false);
  return parts.map((part) => ({ text: part.text.replace(/\s+/gu, ' '), match: part.match }));
}

/** The whole of a short text (a headline) split into matched and unmatched parts. */
export function highlightText(text: string, phrases: readonly QueryPhrase[]): SnippetPart[] {
  const parts = partsBetween(text, findMatches(text, phrases), 0, text.length);
  return parts.length > 0 ? parts : [{ text, match: false }];
}

/** A scored passage of one text. */
export interface SnippetCandidate {
  parts: SnippetPart[];
  /** Distinct phrases matched in the passage (times 1000), plus matches: higher is better. */
  score: number;
}

/** The start of the word `count` words before `index` (or the text's start). */
function startWordsBefore(text: string, index: number, count: number): number {
  const lookBehind = Math.max(0, index - count * 40);
  const starts = [...text.slice(lookBehind, index).matchAll(wordPattern)].map((match) => lookBehind + match.index);
  if (starts.length >= count) return starts[starts.length - count]!;
  return lookBehind === 0 ? 0 : (starts[0] ?? index);
}

/** The end of the `count`th word from `index`, and whether the text goes on after it. */
function endAfterWords(text: string, index: number, count: number): number {
  const slice = text.slice(index, index + count * 40);
  let seen = 0;
  for (const match of slice.matchAll(wordPattern)) {
    seen += 1;
    if (seen === count) return index + match.index + match[0].length;
  }
  return index + slice.length >= text.length ? text.length : index + slice.length;
}

/**
 * The passage of `text` of about `length` words that contains the most distinct phrases (then
 * the most matches), earliest first on ties, starting a few words before its first match; "…"
 * marks where text was cut.
 */
export function bestPassage(text: string, phrases: readonly QueryPhrase[], length = snippetWords): SnippetCandidate {
  const trimmedText = text.trim();
  if (trimmedText.length === 0) return { parts: [], score: 0 };
  const matches = findMatches(text, phrases);

  let bestIndex = -1;
  let bestScore = 0;
  // A window of `length` words is about six characters a word.
  const windowCharacters = length * 6;
  for (let first = 0; first < matches.length; first += 1) {
    const windowEnd = matches[first]!.start + windowCharacters;
    const phrasesInWindow = new Set<number>();
    let count = 0;
    for (let next = first; next < matches.length && matches[next]!.end <= windowEnd; next += 1) {
      phrasesInWindow.add(matches[next]!.phrase);
      count += 1;
    }
    const score = phrasesInWindow.size * 1000 + count;
    if (score > bestScore) {
      bestScore = score;
      bestIndex = first;
    }
  }

  let from = bestIndex === -1 ? text.search(/\S/u) : startWordsBefore(text, matches[bestIndex]!.start, contextWords);
  let to = endAfterWords(text, from, length);
  to += /^[^\s\p{L}\p{N}]*/u.exec(text.slice(to, to + 8))![0].length;
  if (to === text.length && from > 0) {
    // Near the end of the text: show more words before the match rather than a short passage.
    const shown = text.slice(from, to).match(wordPattern)?.length ?? 0;
    if (shown < length) from = startWordsBefore(text, from, length - shown);
  }
  const parts = partsBetween(text, matches, from, to);
  if (parts[0]) parts[0] = { ...parts[0], text: parts[0].text.trimStart() };
  const last = parts.at(-1);
  if (last) parts[parts.length - 1] = { ...last, text: last.text.trimEnd() };
  const before = text.slice(0, from).trim().length > 0;
  const after = text.slice(to).trim().length > 0;
  return { parts: withEllipses(parts.filter((part) => part.text.length > 0), before, after), score: bestScore };
}

function withEllipses(parts: SnippetPart[], before: boolean, after: boolean): SnippetPart[] {
  const result = parts.map((part) => ({ ...part }));
  if (before) {
    if (result[0] && !result[0].match) result[0].text = `${ellipsis} ${result[0].text}`;
    else result.unshift({ text: `${ellipsis} `, match: false });
  }
  if (after) {
    const last = result.at(-1);
    if (last && !last.match) last.text = `${last.text} ${ellipsis}`;
    else result.push({ text: ` ${ellipsis}`, match: false });
  }
  return result;
}

/**
 * The snippet of a search hit: the best passage among `texts` (lead first, then body), or the
 * start of the first non-empty one when none of them matches (the match was in the headline or
 * the bylines).
 */
export function buildSnippet(texts: readonly string[], phrases: readonly QueryPhrase[], length = snippetWords): SnippetPart[] {
  let best: SnippetCandidate | null = null;
  let firstNonEmpty: SnippetCandidate | null = null;
  for (const text of texts) {
    if (text.trim().length === 0) continue;
    const candidate = bestPassage(text, phrases, length);
    firstNonEmpty ??= candidate;
    if (best === null || candidate.score > best.score) best = candidate;
  }
  if (best !== null && best.score > 0) return best.parts;
  return firstNonEmpty?.parts ?? [];
}

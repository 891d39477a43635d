import { foldForSearch } from '../../../shared/text/fold';
import { reservedTokenMark } from './author-search-token';

/**
 * Characters that make up a token: letters, numbers and private-use characters. This is what the
 * FTS5 `unicode61` tokenizer keeps by default; everything else separates tokens, and so does the
 * mark of the index's own tokens (`reservedTokenMark`), which indexed text never holds either.
 */
export const tokenCharacters = new RegExp(`(?:(?!${reservedTokenMark})[\\p{L}\\p{N}\\p{Co}])+`, 'gu');

/** A prefix query needs at least this many characters, so that "a*" cannot expand to half the index. */
export const minimumPrefixLength = 2;

/**
 * One thing every result must contain: a single word, or several words in this order (a phrase).
 * Tokens are folded (no accents, đ as d, lower case), as they are in the index.
 */
export interface QueryPhrase {
  tokens: string[];
  /** The last token matches any indexed token that starts with it. */
  prefix: boolean;
}

const openingQuotes = new Set(['"', '“', '„']);
const closingQuotes = new Set(['"', '”', '“']);

/**
 * Reads what the user typed into phrases: each run of non-space text is one phrase (so "tp.hcm"
 * is the phrase "tp hcm", as the index saw it), text between double quotes is one phrase, and a
 * `*` right after a word makes it a prefix. Nothing typed is an operator: AND, OR, NOT, NEAR, `-`,
 * `^`, `:` and parentheses are words or separators. Duplicates are dropped.
 */
export function parseSearchQuery(query: string): QueryPhrase[] {
  const folded = foldForSearch(query);
  const phrases: QueryPhrase[] = [];
  const seen = new Set<string>();
  const add = (chunk: string, prefix: boolean) => {
    const tokens = chunk.match(tokenCharacters) ?? [];
    const last = tokens.at(-1);
    if (last === undefined) return;
    const isPrefix = prefix && [...last].length >= minimumPrefixLength;
    const key = `${tokens.join(' ')}${isPrefix ? '*' : ''}`;
    if (seen.has(key)) return;
    seen.add(key);
    phrases.push({ tokens, prefix: isPrefix });
  };

  const characters = [...folded];
  let index = 0;
  while (index < characters.length) {
    const character = characters[index]!;
    if (/\s/u.test(character)) {
      index += 1;
      continue;
    }
    if (openingQuotes.has(character)) {
      const close = findClosingQuote(characters, index + 1);
      if (close !== -1) {
        const prefix = characters[close + 1] === '*';
        add(characters.slice(index + 1, close).join(''), prefix);
        index = close + 1;
        continue;
      }
    }
    let end = index;
    while (end < characters.length && !/\s/u.test(characters[end]!)) end += 1;
    const chunk = characters.slice(index, end).join('');
    add(chunk, /[\p{L}\p{N}\p{Co}]\*+$/u.test(chunk));
    index = end;
  }
  return phrases;
}

function findClosingQuote(characters: readonly string[], from: number): number {
  for (let index = from; index < characters.length; index += 1) {
    if (closingQuotes.has(characters[index]!)) return index;
  }
  return -1;
}

/**
 * The FTS5 MATCH expression for the phrases: every phrase quoted (inner quotes doubled), a prefix
 * marked with `*` after the closing quote, all joined with AND. Null when there is nothing to find.
 * The expression is bound as a parameter like any other value.
 */
export function toMatchExpression(phrases: readonly QueryPhrase[]): string | null {
  if (phrases.length === 0) return null;
  return phrases
    .map((phrase) => `"${phrase.tokens.join(' ').replaceAll('"', '""')}"${phrase.prefix ? ' *' : ''}`)
    .join(' AND ');
}

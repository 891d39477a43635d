/**
 * Counts words as Vietnamese counts them: syllables separated by white space, that is runs of
 * non-white-space holding at least one letter or digit (a lone dash, ellipsis or emoji is not a
 * word). Decomposed text counts as composed, since combining marks never split a run. One pass
 * with a table lookup per character: it runs on every save of articles of 20,000 words.
 */
export function countWords(text: string): number {
  let count = 0;
  let tokenCounted = false;
  const length = text.length;
  for (let index = 0; index < length; index += 1) {
    const code = text.charCodeAt(index);
    let kind = characterKinds[code]!;
    if (kind === unknown) kind = classify(code);
    if (kind === whiteSpace) {
      tokenCounted = false;
    } else if (!tokenCounted) {
      if (kind === letterOrDigit) {
        count += 1;
        tokenCounted = true;
      } else if (kind === highSurrogate && index + 1 < length) {
        const next = text.charCodeAt(index + 1);
        if (next >= 0xdc00 && next <= 0xdfff) {
          if (letterOrDigitPattern.test(text.slice(index, index + 2))) {
            count += 1;
            tokenCounted = true;
          }
          index += 1;
        }
      }
    }
  }
  return count;
}

const unknown = 0;
const letterOrDigit = 1;
const other = 2;
const whiteSpace = 3;
const highSurrogate = 4;

const letterOrDigitPattern = /^[\p{L}\p{N}]$/u;
const whiteSpacePattern = /^\s$/u;

/** The kind of every UTF-16 code unit, filled in on first sight. */
const characterKinds = new Uint8Array(0x10000);

function classify(code: number): number {
  let kind: number;
  if (code >= 0xd800 && code <= 0xdbff) kind = highSurrogate;
  else if (code >= 0xdc00 && code <= 0xdfff) kind = other;
  else {
    const character = String.fromCharCode(code);
    kind = whiteSpacePattern.test(character) ? whiteSpace : letterOrDigitPattern.test(character) ? letterOrDigit : other;
  }
  characterKinds[code] = kind;
  return kind;
}

/**
 * The word count of an article: its headline, sapo and body together, `bodyWords` being the count
 * of the body's plain text. The same as counting the three joined by line breaks, without joining them.
 */
export function articleWordCount(headline: string, sapo: string, bodyWords: number): number {
  return countWords(headline) + countWords(sapo) + bodyWords;
}

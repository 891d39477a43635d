/**
 * The search key of a text: NFD, combining marks dropped, đ/Đ to d, lower case.
 * "Đảng ủy" and "dang uy" and "ĐẢNG UỶ" all fold to "dang uy".
 *
 * Text made only of the characters Vietnamese prose uses (Latin letters with their accents,
 * combining accents, common punctuation) is folded a character at a time from a table, as the
 * index folds whole articles on every save; anything else takes the general path,
 * `foldByDecomposition`, which defines the result.
 */
export function foldForSearch(value: string): string {
  const length = value.length;
  if (length === 0) return value;
  const output = length <= reusableOutput.length ? reusableOutput : new Uint16Array(length);
  let written = 0;
  for (let index = 0; index < length; index += 1) {
    const code = value.charCodeAt(index);
    const folded = code < tableSize ? tableFolds[code]! : unknown;
    if (folded >= 0) {
      output[written] = folded;
      written += 1;
    } else if (folded === unknown) {
      return foldByDecomposition(value);
    }
  }
  return unitsToString(output, written);
}

/** The definition of the fold, for any text. */
export function foldByDecomposition(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .normalize('NFC');
}

/**
 * The code units folded from the table: Basic Latin to Latin Extended-B, combining diacritical
 * marks, Latin Extended Additional (ạ to ỹ) and general punctuation (– “ ” …). None of them
 * changes how a neighbour folds (no final sigma, no Hangul jamo, no surrogates), which
 * test/unit/shared/text/fold.test.ts checks pair by pair against `foldByDecomposition`.
 */
export const tableRanges: ReadonlyArray<readonly [first: number, last: number]> = [
  [0x0000, 0x024f],
  [0x0300, 0x036f],
  [0x1e00, 0x1eff],
  [0x2000, 0x206f],
];

const tableSize = 0x2070;
const unknown = -1;
const dropped = -2;

/** For each code unit: the one code unit it folds to, `dropped` (a combining mark) or `unknown`. */
const tableFolds = new Int32Array(tableSize).fill(unknown);

for (const [first, last] of tableRanges) {
  for (let code = first; code <= last; code += 1) {
    const folded = foldByDecomposition(String.fromCharCode(code));
    if (folded.length === 1) tableFolds[code] = folded.charCodeAt(0);
    else if (folded.length === 0) tableFolds[code] = dropped;
  }
}

const reusableOutput = new Uint16Array(1 << 18);

/** Code units are stored in the platform's byte order; TextDecoder reads them as UTF-16LE. */
const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const utf16Decoder = new TextDecoder('utf-16le', { ignoreBOM: true });
const chunkSize = 8192;

function unitsToString(units: Uint16Array, count: number): string {
  if (littleEndian) return utf16Decoder.decode(units.subarray(0, count));
  const parts: string[] = [];
  for (let start = 0; start < count; start += chunkSize) {
    parts.push(String.fromCharCode(...units.subarray(start, Math.min(count, start + chunkSize))));
  }
  return parts.join('');
}

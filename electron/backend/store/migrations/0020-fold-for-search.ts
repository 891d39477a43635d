/**
 * FROZEN: the search fold of shared/text/fold.ts as it was when migration 0020 shipped, copied so
 * that the migration indexes a database the same way whatever later becomes of that file. Never
 * edit it, nor make it follow later changes of shared/text/fold.ts: a migration that needs another
 * fold brings its own copy. (test/unit/electron/backend/store/migrations/0020-fold-for-search.test.ts
 * checked the copy against the fold of its day.)
 *
 * The search key of a text: NFD, combining marks dropped, đ/Đ to d, lower case. Characters of
 * Vietnamese prose are folded a code unit at a time from a table; anything else takes the
 * definition, `foldByDecomposition0020`.
 */
export function foldForSearch0020(value: string): string {
  const length = value.length;
  if (length === 0) return value;
  const folds = tableFolds();
  const output = new Uint16Array(length);
  let written = 0;
  for (let index = 0; index < length; index += 1) {
    const code = value.charCodeAt(index);
    const folded = code < tableSize ? folds[code]! : unknown;
    if (folded >= 0) {
      output[written] = folded;
      written += 1;
    } else if (folded === unknown) {
      return foldByDecomposition0020(value);
    }
  }
  return unitsToString(output, written);
}

/** The definition of the fold, for any text. */
export function foldByDecomposition0020(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .normalize('NFC');
}

/** Basic Latin to Latin Extended-B, combining diacritical marks, Latin Extended Additional, general punctuation. */
const tableRanges: ReadonlyArray<readonly [first: number, last: number]> = [
  [0x0000, 0x024f],
  [0x0300, 0x036f],
  [0x1e00, 0x1eff],
  [0x2000, 0x206f],
];

const tableSize = 0x2070;
const unknown = -1;
const dropped = -2;

let table: Int32Array | undefined;

/** For each code unit: the one code unit it folds to, `dropped` (a combining mark) or `unknown`; built when first needed. */
function tableFolds(): Int32Array {
  if (table) return table;
  const folds = new Int32Array(tableSize).fill(unknown);
  for (const [first, last] of tableRanges) {
    for (let code = first; code <= last; code += 1) {
      const folded = foldByDecomposition0020(String.fromCharCode(code));
      if (folded.length === 1) folds[code] = folded.charCodeAt(0);
      else if (folded.length === 0) folds[code] = dropped;
    }
  }
  table = folds;
  return folds;
}

const chunkSize = 8192;

function unitsToString(units: Uint16Array, count: number): string {
  const parts: string[] = [];
  for (let start = 0; start < count; start += chunkSize) {
    parts.push(String.fromCharCode(...units.subarray(start, Math.min(count, start + chunkSize))));
  }
  return parts.join('');
}

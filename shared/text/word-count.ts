/** Counts words as Vietnamese counts them: syllables separated by white space, after NFC. */
export function countWords(value: string): number {
  const trimmed = value.normalize('NFC').trim();
  if (trimmed.length === 0) return 0;
  let count = 0;
  for (const token of trimmed.split(/\s+/u)) {
    if (/[\p{L}\p{N}]/u.test(token)) count += 1;
  }
  return count;
}

const collator = new Intl.Collator('vi');

/**
 * Compares two strings in Vietnamese dictionary order (a à ả ã á ạ ă … â …, d before đ), for
 * sorting people, categories and tags. Both are compared in NFC.
 */
export function compareVietnamese(a: string, b: string): number {
  return collator.compare(a.normalize('NFC'), b.normalize('NFC'));
}

/**
 * Returns a new array sorted in Vietnamese order, by the string that `key` picks from each item
 * (the item itself when it is a string and no key is given). The sort is stable.
 */
export function sortVietnamese<T>(list: readonly T[], key?: (item: T) => string): T[] {
  const pick = key ?? ((item: T) => String(item));
  const keyed = list.map((item) => ({ item, sortKey: pick(item).normalize('NFC') }));
  keyed.sort((left, right) => collator.compare(left.sortKey, right.sortKey));
  return keyed.map((entry) => entry.item);
}

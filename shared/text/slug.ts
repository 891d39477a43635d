import { foldForSearch } from './fold';

/** Letters that do not decompose into a base letter and a mark, spelled out in ASCII for slugs. */
const spelledOut: Readonly<Record<string, string>> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', þ: 'th', ð: 'd', ı: 'i' };

/** The longest slug `slugify` returns unless told otherwise. */
export const defaultSlugMaxLength = 80;

/**
 * The URL slug of a title: NFC, folded as for search (marks dropped, đ to d, lower case), every run
 * of other characters turned into one hyphen, no hyphen at either end. A slug longer than
 * `maxLength` is cut at the last hyphen that fits (or hard at `maxLength` when a single word is
 * longer). "Quận ủy Quận 3" gives "quan-uy-quan-3". May return "" for a title with no letter or digit.
 */
export function slugify(title: string, maxLength: number = defaultSlugMaxLength): string {
  const folded = foldForSearch(title).replace(/[ßæœøłþðı]/g, (letter) => spelledOut[letter] ?? letter);
  const slug = folded.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength + 1);
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen > 0 ? cut.slice(0, lastHyphen) : slug.slice(0, maxLength)).replace(/-+$/, '');
}

import { foldForSearch } from '../text/fold';

/** A photo credit as printed under an image: "Ảnh: Quang Huy". A credit already written with "Ảnh:" is kept as it is. */
export function printedCredit(credit: string): string {
  const trimmed = credit.trim();
  if (trimmed.length === 0) return '';
  return /^anh\s*:/.test(foldForSearch(trimmed.slice(0, 8))) ? trimmed : `Ảnh: ${trimmed}`;
}

const nameWord = /^(?:\p{Lu}[\p{Ll}\p{M}]*|\p{Lu}[\p{Lu}\p{M}]+)$/u;
const initialledName = /^(?:\p{Lu}{1,3}\.)+\s?\p{Lu}[\p{Ll}\p{M}]+$/u;
const nameSeparator = /\s*,\s*|\s+[-–—&]\s+|\s+và\s+/u;

function isPersonName(part: string): boolean {
  if (initialledName.test(part)) return true;
  const words = part.split(/\s+/u);
  return words.length >= 2 && words.length <= 4 && words.every((word) => nameWord.test(word));
}

/**
 * The author names of a byline line: 2 to 4 capitalised words with no final punctuation
 * ("Hồng Ngọc"), an initialled pen name ("T.Hùng"), or several of them joined by commas, dashes
 * or "và". Null when the line is not names only.
 */
export function parseBylineLine(line: string): string[] | null {
  const text = line.normalize('NFC').replace(/\s+/gu, ' ').trim();
  if (text.length === 0 || text.length > 120) return null;
  if (/[.!?:;…]$/u.test(text) && !initialledName.test(text)) return null;
  const parts = text.split(nameSeparator).map((part) => part.trim());
  if (parts.length === 0 || parts.length > 4) return null;
  return parts.every(isPersonName) ? parts : null;
}

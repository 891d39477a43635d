/** Unicode NFC, the one form Newsdesk stores and compares. */
export function toNfc(value: string): string {
  return value.normalize('NFC');
}

/**
 * `value` with every string (values and object keys) in Unicode NFC, for JSON-like values
 * (strings, numbers, booleans, null, arrays, plain objects). Arrays and plain objects that hold a
 * string needing composition are copied; everything else, class instances included, is shared, and
 * the input is never changed. The backend applies it to every call's arguments (dispatch), so no
 * caller needs to normalise what it sends. Assumes no cycles and a bounded depth (dispatch checks
 * both first).
 */
export function normalizeDeep<T>(value: T): T {
  return normalizeValue(value) as T;
}

function normalizeValue(value: unknown): unknown {
  if (typeof value === 'string') return composeString(value);
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    for (let index = 0; index < value.length; index += 1) {
      const item: unknown = value[index];
      const normalized = normalizeValue(item);
      if (normalized !== item && !copy) copy = value.slice(0, index);
      if (copy) copy.push(normalized);
    }
    return copy ?? value;
  }
  const prototype = Object.getPrototypeOf(value) as unknown;
  if (prototype !== Object.prototype && prototype !== null) return value;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  let copy: Record<string, unknown> | undefined;
  for (let index = 0; index < keys.length; index += 1) {
    const key = keys[index]!;
    const item = record[key];
    const normalizedKey = composeString(key);
    const normalizedItem = normalizeValue(item);
    if (!copy && (normalizedKey !== key || normalizedItem !== item)) {
      copy = {};
      for (const earlierKey of keys.slice(0, index)) copy[earlierKey] = record[earlierKey];
    }
    if (copy) copy[normalizedKey] = normalizedItem;
  }
  return copy ?? value;
}

/** Strings up to this long are first scanned for a character that NFC could change. */
const quickCheckLength = 64;

/** A character that NFC could change: longer strings are searched for one before ICU is called (a file's base64 never has one). */
const mayChangeUnderNfc = /[\u0300-\u{10ffff}]/u;

/** Below U+0300 every character is in NFC and composes with nothing before it. */
export const firstCharacterNfcMayChange = 0x300;

function composeString(text: string): string {
  // Keys and short values are mostly ASCII: a scan is cheaper than a call into ICU.
  if (text.length <= quickCheckLength) {
    let index = 0;
    while (index < text.length && text.charCodeAt(index) < firstCharacterNfcMayChange) index += 1;
    if (index === text.length) return text;
  } else if (!mayChangeUnderNfc.test(text)) {
    return text;
  }
  const normalized = text.normalize('NFC');
  // Keep the original string when nothing changed, so that unchanged objects can be shared.
  return normalized === text ? text : normalized;
}

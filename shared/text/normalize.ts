/** Unicode NFC, the one form Newsdesk stores and compares. */
export function toNfc(value: string): string {
  return value.normalize('NFC');
}

/**
 * Returns a copy of a JSON-like value (strings, numbers, booleans, null, arrays, plain objects) in
 * which every string, object keys included, is NFC and has its NUL characters removed. Other
 * values (numbers, class instances such as Date) are kept as they are. The input is not modified.
 */
export function normalizeDeep<T>(value: T): T {
  return normalizeValue(value) as T;
}

function normalizeValue(value: unknown): unknown {
  if (typeof value === 'string') return normalizeString(value);
  if (Array.isArray(value)) return value.map(normalizeValue);
  if (isPlainObject(value)) {
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) copy[normalizeString(key)] = normalizeValue(item);
    return copy;
  }
  return value;
}

function normalizeString(value: string): string {
  return (value.includes('\u0000') ? value.replaceAll('\u0000', '') : value).normalize('NFC');
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

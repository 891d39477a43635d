/**
 * A copy of `value` with every string (values and keys) in Unicode NFC. Arrays and plain objects
 * are copied; the input is not changed. Call after `findArgumentProblem` so that no forbidden
 * key and no over-deep nesting remain.
 */
export function normalizeStrings(value: unknown): unknown {
  if (typeof value === 'string') return value.normalize('NFC');
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map(normalizeStrings);
  const prototype = Object.getPrototypeOf(value) as unknown;
  if (prototype !== Object.prototype && prototype !== null) return value;
  const copy: Record<string, unknown> = {};
  for (const [key, entry] of Object.entries(value)) copy[key.normalize('NFC')] = normalizeStrings(entry);
  return copy;
}

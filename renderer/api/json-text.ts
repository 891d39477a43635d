/**
 * JSON text of call arguments that reuses the text of parts known never to change. The body
 * editor hands out each top-level block's JSON as one object that is never modified while the
 * block stays (`BodySnapshots`): a save of a 20,000-word article then writes only the blocks edited
 * since the previous save, instead of the whole body, on the page's thread.
 */
const unchanging = new WeakSet<object>();
const texts = new WeakMap<object, string>();

/** Marks `value` (plain JSON data) as never modified from now on: `jsonText` writes it once and reuses the text. */
export function markUnchangingJson(value: object): void {
  unchanging.add(value);
}

function isPlainObject(value: object): value is Record<string, unknown> {
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}

function write(value: unknown): string | undefined {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  const known = texts.get(value);
  if (known !== undefined) return known;
  let text: string | undefined;
  if (Array.isArray(value)) {
    text = `[${value.map((item) => write(item) ?? 'null').join(',')}]`;
  } else if (isPlainObject(value) && typeof value.toJSON !== 'function') {
    const members: string[] = [];
    for (const key of Object.keys(value)) {
      const member = write(value[key]);
      if (member !== undefined) members.push(`${JSON.stringify(key)}:${member}`);
    }
    text = `{${members.join(',')}}`;
  } else {
    return JSON.stringify(value);
  }
  if (unchanging.has(value)) texts.set(value, text);
  return text;
}

/** The same text as `JSON.stringify(value)` for plain JSON data; parts marked by `markUnchangingJson` are written once. */
export function jsonText(value: unknown): string {
  return write(value) ?? 'null';
}

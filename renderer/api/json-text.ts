/**
 * JSON text of call arguments that reuses the text of parts known never to change. The body
 * editor hands out each top-level block's JSON as one object that is never modified while the
 * block stays (`BodySnapshots`): a save of a 20,000-word article then writes only the blocks edited
 * since the previous save, instead of the whole body, on the page's thread.
 *
 * The text can also be had in parts (`jsonTextParts`) of about `jsonPartLength` characters, cut
 * between values: a 20,000-word body is about 140,000 characters, and as one string V8 puts it in
 * its large-object space, mapping fresh memory for every save. On a virtual machine whose freed
 * pages go back to the host, touching that memory again costs milliseconds now and then, on the
 * thread that takes the keys.
 */
import { jsonPartLength } from '../../shared/api/json-parts';

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

/** Whether JSON.stringify leaves an object member out (and writes null for it in an array). */
function isOmitted(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}

/** Collects pieces of text into parts of about `jsonPartLength` characters. */
class PartsWriter {
  readonly parts: string[] = [];
  private pieces: string[] = [];
  private length = 0;

  push(text: string): void {
    this.pieces.push(text);
    this.length += text.length;
    if (this.length >= jsonPartLength) this.flush();
  }

  flush(): void {
    if (this.pieces.length === 0) return;
    this.parts.push(this.pieces.join(''));
    this.pieces = [];
    this.length = 0;
  }
}

/** The whole text of a value: kept for a value marked unchanging. */
function write(value: unknown): string | undefined {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  const known = texts.get(value);
  if (known !== undefined) return known;
  if (!Array.isArray(value) && !(isPlainObject(value) && typeof value.toJSON !== 'function')) return JSON.stringify(value);
  const out = new PartsWriter();
  writeInto(value, out, true);
  out.flush();
  const text = out.parts.join('');
  if (unchanging.has(value)) texts.set(value, text);
  return text;
}

/** Writes a value's text into `out`, piece by piece; a value marked unchanging goes in whole, written once (unless `expand`, as `write` does for it). */
function writeInto(value: unknown, out: PartsWriter, expand = false): void {
  if (value === null || typeof value !== 'object' || (!expand && (unchanging.has(value) || texts.has(value)))) {
    out.push(write(value) ?? 'null');
    return;
  }
  if (Array.isArray(value)) {
    out.push('[');
    for (let index = 0; index < value.length; index += 1) {
      if (index > 0) out.push(',');
      const item: unknown = value[index];
      if (isOmitted(item)) out.push('null');
      else writeInto(item, out);
    }
    out.push(']');
    return;
  }
  if (!isPlainObject(value) || typeof value.toJSON === 'function') {
    out.push(JSON.stringify(value));
    return;
  }
  out.push('{');
  let first = true;
  for (const key of Object.keys(value)) {
    const member = value[key];
    if (isOmitted(member)) continue;
    out.push(first ? `${JSON.stringify(key)}:` : `,${JSON.stringify(key)}:`);
    first = false;
    writeInto(member, out);
  }
  out.push('}');
}

/** The same text as `JSON.stringify(value)` for plain JSON data; parts marked by `markUnchangingJson` are written once. */
export function jsonText(value: unknown): string {
  return write(value) ?? 'null';
}

/** `jsonText(value)` in consecutive parts of about `jsonPartLength` characters (a longer value marked unchanging is inside one part). */
export function jsonTextParts(value: unknown): string[] {
  if (isOmitted(value)) return ['null'];
  const out = new PartsWriter();
  writeInto(value, out);
  out.flush();
  return out.parts;
}

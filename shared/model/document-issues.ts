import { limits } from '../api/limits';
import type { z } from '../api/zod';

/** An issue as zod reports it; zod writes the message from the code and fields when there is none. */
export type DocumentIssue = z.core.$ZodSuperRefineIssue;

/** The deepest nesting that is walked; deeper is reported as too deep without being looked at. */
const deepestWalk = 1000;
const attributeNameLength = 64;
const typeNameLength = 64;
const marksPerNode = 16;

const nodeKeys: ReadonlySet<string> = new Set(['type', 'attrs', 'content', 'marks', 'text']);
const markKeys: ReadonlySet<string> = new Set(['type', 'attrs']);
const refusedAttributeNames: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Checks an article body in one pass and lists its issues exactly as the recursive zod schema it
 * replaces did (same codes, paths and, through zod, messages), several times faster:
 *
 * - a node is `{type, attrs?, content?, marks?, text?}` and nothing else; a mark `{type, attrs?}`;
 * - `type` is 1–64 characters; `text` at most `limits.bodyText`; at most 16 marks per node;
 * - attributes are a plain object of names up to 64 characters (never `__proto__`, `constructor`
 *   or `prototype`) to text up to `limits.attributeText`, finite numbers, booleans or null;
 * - then, when nothing above aborted the check, the body is a "doc" node, at most
 *   `limits.bodyDepth` levels deep, with at most `limits.bodyNodes` nodes and `limits.bodyText`
 *   characters of text.
 *
 * As in zod, some issues abort (a wrong type, a bad attribute name or value, an over-long array)
 * and the others do not (a string's length, unknown keys); the whole-body checks run only when
 * nothing aborted.
 */
export function documentIssues(body: unknown): DocumentIssue[] {
  const walk = new DocumentWalk();
  const aborted = walk.node(body, 0);
  if (aborted) return walk.issues;
  const root = body as { type: string };
  if (root.type !== 'doc') {
    walk.issues.push({ code: 'custom', message: 'the body must be a "doc" node', path: [], input: body });
  } else if (walk.deepest > limits.bodyDepth) {
    walk.issues.push(nestedTooDeeply(body));
  } else {
    if (walk.nodes > limits.bodyNodes) {
      walk.issues.push({ code: 'custom', message: `the body has more than ${limits.bodyNodes} nodes`, path: [], input: body });
    }
    if (walk.textLength > limits.bodyText) {
      walk.issues.push({ code: 'custom', message: `the body has more than ${limits.bodyText} characters of text`, path: [], input: body });
    }
  }
  return walk.issues;
}

function nestedTooDeeply(body: unknown): DocumentIssue {
  return { code: 'custom', message: `the body is nested deeper than ${limits.bodyDepth} levels`, path: [], input: body };
}

type Key = string | number | symbol;

/** The state of one pass: issues so far, the path to the current value, and the body's totals. */
class DocumentWalk {
  readonly issues: DocumentIssue[] = [];
  nodes = 0;
  textLength = 0;
  deepest = 0;
  private readonly path: Key[] = [];

  /** Checks a node and its descendants; true when an issue that aborts was found. */
  node(value: unknown, depth: number): boolean {
    if (!isObject(value)) return this.abort({ code: 'invalid_type', expected: 'object', input: value, path: this.here() });
    if (depth > deepestWalk) return this.abort(nestedTooDeeply(value));
    this.nodes += 1;
    if (depth > this.deepest) this.deepest = depth;
    const node = value as Record<string, unknown>;
    let aborted = this.typeName(node.type);
    const attributes = node.attrs;
    if (attributes !== undefined) aborted = this.attributes(attributes) || aborted;
    const content = node.content;
    if (content !== undefined) {
      this.path.push('content');
      if (!Array.isArray(content)) aborted = this.wrongType(content, 'array', this.here(), 0, limits.bodyNodes);
      else if (content.length > limits.bodyNodes) aborted = this.arrayTooLong(content, limits.bodyNodes);
      else {
        for (let index = 0; index < content.length; index += 1) {
          this.path.push(index);
          aborted = this.node(content[index], depth + 1) || aborted;
          this.path.pop();
        }
      }
      this.path.pop();
    }
    const marks = node.marks;
    if (marks !== undefined) {
      this.path.push('marks');
      if (!Array.isArray(marks)) aborted = this.wrongType(marks, 'array', this.here(), 0, marksPerNode);
      else if (marks.length > marksPerNode) aborted = this.arrayTooLong(marks, marksPerNode);
      else {
        for (let index = 0; index < marks.length; index += 1) {
          this.path.push(index);
          aborted = this.mark(marks[index]) || aborted;
          this.path.pop();
        }
      }
      this.path.pop();
    }
    const text = node.text;
    if (text !== undefined) {
      if (this.string(text, 'text', 0, limits.bodyText)) aborted = true;
      else this.textLength += (text as string).length;
    }
    this.unknownKeys(node, nodeKeys);
    return aborted;
  }

  private mark(value: unknown): boolean {
    if (!isObject(value)) return this.abort({ code: 'invalid_type', expected: 'object', input: value, path: this.here() });
    const mark = value as Record<string, unknown>;
    let aborted = this.typeName(mark.type);
    const attributes = mark.attrs;
    if (attributes !== undefined) aborted = this.attributes(attributes) || aborted;
    this.unknownKeys(mark, markKeys);
    return aborted;
  }

  private typeName(value: unknown): boolean {
    return this.string(value, 'type', 1, typeNameLength);
  }

  /** A string of `minimum` to `maximum` characters (code points, as zod counts them) at `key`; true when it is not a string. */
  private string(value: unknown, key: string, minimum: number, maximum: number): boolean {
    if (typeof value !== 'string') return this.wrongType(value, 'string', this.here(key), minimum, maximum);
    if (value.length < minimum) this.issues.push(tooShort(value, minimum, this.here(key)));
    else if (value.length > maximum && codePointLength(value) > maximum) this.issues.push(tooLong(value, maximum, this.here(key)));
    return false;
  }

  /** A value of the wrong type: an issue that aborts, then, as zod does, the length checks of anything with a length. */
  private wrongType(value: unknown, expected: 'string' | 'array', path: Key[], minimum: number, maximum: number): true {
    this.abort({ code: 'invalid_type', expected, input: value, path });
    const units = value === null || value === undefined ? undefined : (value as { length?: unknown }).length;
    if (units === undefined) return true;
    const length = typeof value === 'string' && value.length > maximum ? codePointLength(value) : (units as number);
    if (minimum > 0 && !(length >= minimum)) this.issues.push(tooShort(value, minimum, path));
    if (!(length <= maximum)) this.issues.push(tooLong(value, maximum, path));
    return true;
  }

  private attributes(value: unknown): boolean {
    // JSON.parse makes "__proto__" an own key, which the old schema refused before looking further.
    if (typeof value === 'object' && value !== null && Object.prototype.hasOwnProperty.call(value, '__proto__')) {
      return this.abort({ code: 'custom', message: 'is not an allowed attribute name', input: value, path: this.here('attrs', '__proto__') });
    }
    if (!isPlainObject(value)) return this.abort({ code: 'invalid_type', expected: 'record', input: value, path: this.here('attrs') });
    let aborted = false;
    const attributes = value as Record<Key, unknown>;
    for (const name of Reflect.ownKeys(attributes)) {
      if (!Object.prototype.propertyIsEnumerable.call(attributes, name)) continue;
      if (typeof name !== 'string' || (name.length > attributeNameLength && codePointLength(name) > attributeNameLength) || refusedAttributeNames.has(name)) {
        aborted = this.abort({ code: 'invalid_key', origin: 'record', issues: [], input: name, path: this.here('attrs', name) });
        continue;
      }
      const attribute = attributes[name];
      if (typeof attribute === 'string') {
        if (attribute.length > limits.attributeText && codePointLength(attribute) > limits.attributeText) {
          this.issues.push(tooLong(attribute, limits.attributeText, this.here('attrs', name)));
        }
      } else if (!(attribute === null || typeof attribute === 'boolean' || (typeof attribute === 'number' && Number.isFinite(attribute)))) {
        aborted = this.abort({ code: 'invalid_union', errors: [], input: attribute, path: this.here('attrs', name) });
      }
    }
    return aborted;
  }

  private unknownKeys(value: Record<string, unknown>, known: ReadonlySet<string>): void {
    let unknown: string[] | undefined;
    // for...in, like zod: inherited enumerable keys count too.
    for (const key in value) {
      if (!known.has(key)) (unknown ??= []).push(key);
    }
    if (unknown) this.issues.push({ code: 'unrecognized_keys', keys: unknown, input: value, path: this.here(), continue: true });
  }

  /** An array over its limit: its items are not looked at, and the check aborts. */
  private arrayTooLong(value: unknown[], maximum: number): boolean {
    return this.abort({ code: 'too_big', origin: 'array', maximum, inclusive: true, input: value, path: this.here() });
  }

  private abort(issue: DocumentIssue): true {
    this.issues.push({ ...issue, continue: false });
    return true;
  }

  private here(...keys: Key[]): Key[] {
    return keys.length === 0 ? [...this.path] : [...this.path, ...keys];
  }
}

function isObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** zod's test for a record: an object whose constructor, if any, is Object's (or has a prototype with isPrototypeOf). */
function isPlainObject(value: unknown): boolean {
  if (!isObject(value)) return false;
  const constructor = (value as { constructor?: unknown }).constructor;
  if (constructor === undefined || typeof constructor !== 'function') return true;
  const prototype = (constructor as { prototype?: unknown }).prototype;
  return isObject(prototype) && Object.prototype.hasOwnProperty.call(prototype, 'isPrototypeOf');
}

function tooShort(value: unknown, minimum: number, path: Key[]): DocumentIssue {
  return { code: 'too_small', origin: lengthOrigin(value), minimum, inclusive: true, input: value, path, continue: true };
}

function tooLong(value: unknown, maximum: number, path: Key[]): DocumentIssue {
  return { code: 'too_big', origin: lengthOrigin(value), maximum, inclusive: true, input: value, path, continue: true };
}

function lengthOrigin(value: unknown): string {
  return Array.isArray(value) ? 'array' : typeof value === 'string' ? 'string' : 'unknown';
}

/** Characters counted as zod counts them: a surrogate pair is one. */
function codePointLength(value: string): number {
  let count = value.length;
  for (let index = 0; index < value.length - 1; index += 1) {
    if ((value.charCodeAt(index) & 0xfc00) === 0xd800 && (value.charCodeAt(index + 1) & 0xfc00) === 0xdc00) {
      count -= 1;
      index += 1;
    }
  }
  return count;
}

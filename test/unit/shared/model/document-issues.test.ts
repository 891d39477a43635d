import { describe, expect, it } from 'vitest';
import { limits } from '../../../../shared/api/limits';
import { articleBodySchema, type DocNode } from '../../../../shared/model/document';
import { recursiveBodySchema } from './recursive-body-schema';

type Summary = { success: true } | { success: false; issues: Array<{ code: string; path: PropertyKey[]; message: string }> };

function summarise(schema: typeof articleBodySchema, value: unknown): Summary {
  const result = schema.safeParse(value);
  if (result.success) return { success: true };
  return { success: false, issues: result.error.issues.map((issue) => ({ code: issue.code, path: issue.path, message: issue.message })) };
}

const text = (value: string, marks?: unknown[]) => ({ type: 'text', text: value, ...(marks ? { marks } : {}) });
const doc = (...content: unknown[]) => ({ type: 'doc', content });
const nested = (depth: number, leaf: unknown = text('x')): unknown => {
  let node = leaf;
  for (let level = 0; level < depth; level += 1) node = { type: 'blockquote', content: [node] };
  return node;
};

function richBody(): DocNode {
  return doc(
    { type: 'heading', attrs: { level: 2 }, content: [text('Tiêu đề phụ')] },
    { type: 'paragraph', attrs: { textAlign: null }, content: [text('Đảng ủy', [{ type: 'bold' }]), { type: 'hardBreak' }, text('xem', [{ type: 'link', attrs: { href: 'https://thanhuytphcm.vn', target: null, rel: 'noopener' } }, { type: 'italic' }])] },
    { type: 'figure', attrs: { hash: 'a'.repeat(64), caption: 'Quang cảnh', credit: 'Ảnh: Minh Châu', alt: '', width: 800, wide: false } },
    { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [text('mục')] }] }] },
    { type: 'orderedList', attrs: { start: 3 }, content: [{ type: 'listItem', content: [{ type: 'paragraph' }] }] },
    { type: 'horizontalRule' },
  ) as DocNode;
}

const valid: Record<string, unknown> = {
  'the empty document': { type: 'doc', content: [{ type: 'paragraph' }] },
  'a doc without content': { type: 'doc' },
  'optional keys set to undefined': { type: 'doc', attrs: undefined, content: undefined, marks: undefined, text: undefined },
  'a rich body': richBody(),
  'attributes without a prototype': { type: 'doc', attrs: Object.assign(Object.create(null) as object, { a: 1 }) },
  'a non-enumerable attribute, which is not looked at': { type: 'doc', attrs: Object.defineProperty({}, 'hidden', { value: {}, enumerable: false }) },
  'a symbol key on a node, which is not looked at': { type: 'doc', [Symbol('s')]: 1 },
  'the longest names and texts': { type: 'doc', attrs: { ['n'.repeat(64)]: 'v'.repeat(limits.attributeText) }, content: [{ type: 't'.repeat(64), marks: Array.from({ length: 16 }, () => ({ type: 'bold' })) }] },
  'nesting at the limit': doc(nested(limits.bodyDepth - 1)),
  'names and texts at the limit in characters, longer in UTF-16 units': { type: 'doc', attrs: { ['😀'.repeat(64)]: '😀'.repeat(limits.attributeText) }, content: [{ type: '😀'.repeat(64) }] },
};

const invalid: Record<string, unknown> = {
  'a string': 'x',
  null: null,
  'an array': [],
  'a number': 5,
  'a date': new Date(0),
  'no type': { content: [] },
  'an empty type': { type: '' },
  'a type too long': { type: 'x'.repeat(65) },
  'a numeric type': { type: 5 },
  'a type that is an empty array': { type: [] },
  'a type that is a long array': { type: Array.from({ length: 65 }, () => 'x') },
  'a type that is a function': { type: () => 1 },
  'a type with a strange length': { type: { length: 'x' } },
  'a type too long in characters': { type: '😀'.repeat(65) },
  'a text that is an array': doc({ type: 'text', text: ['x'] }),
  'not a doc': { type: 'paragraph' },
  'not a doc, with a deeper error': { type: 'paragraph', content: [{ type: 5 }] },
  'unknown keys': { type: 'doc', html: 1, css: 2 },
  'an unknown key and a wrong type': { type: 'doc', html: 1, content: 'x' },
  'an unknown key, not a doc': { type: 'paragraph', html: 1 },
  'an inherited unknown key': doc(Object.assign(Object.create({ inherited: 1 }) as object, { type: 'paragraph' })),
  'content not an array': { type: 'doc', content: {} },
  'a null child': doc(null),
  'a numeric text': doc({ type: 'paragraph', content: [{ type: 'text', text: 5 }] }),
  'marks not an array': doc({ type: 'text', text: 'a', marks: {} }),
  'a mark with an unknown key': doc(text('a', [{ type: 'bold', x: 1 }])),
  'a mark without type': doc(text('a', [{}])),
  'a mark that is a string': doc(text('a', ['bold'])),
  'seventeen marks': doc(text('a', Array.from({ length: 17 }, () => ({ type: 'bold' })))),
  'seventeen marks, one of them wrong': doc(text('a', [...Array.from({ length: 16 }, () => ({ type: 'bold' })), { type: 5 }])),
  'attributes that are an array': { type: 'doc', attrs: [] },
  'attributes that are null': { type: 'doc', attrs: null },
  'attributes that are text': { type: 'doc', attrs: 's' },
  'attributes that are a class instance': { type: 'doc', attrs: new (class Attributes { a = 1; })() },
  'an object attribute': { type: 'doc', attrs: { a: {} } },
  'an array attribute': doc({ type: 'figure', attrs: { alt: ['x'] } }),
  'an attribute too long': doc({ type: 'figure', attrs: { alt: 'x'.repeat(limits.attributeText + 1) } }),
  'an attribute too long, not a doc': { type: 'paragraph', attrs: { a: 'x'.repeat(limits.attributeText + 1) } },
  'an infinite attribute': { type: 'doc', attrs: { a: Infinity } },
  'a NaN attribute': { type: 'doc', attrs: { a: Number.NaN } },
  'an undefined attribute': { type: 'doc', attrs: { a: undefined } },
  'a function attribute': { type: 'doc', attrs: { a: () => 1 } },
  'an attribute name too long': { type: 'doc', attrs: { ['n'.repeat(65)]: 1 } },
  'an attribute name too long in characters': { type: 'doc', attrs: { ['😀'.repeat(65)]: 1 } },
  'an attribute too long in characters': { type: 'doc', attrs: { a: '😀'.repeat(limits.attributeText + 1) } },
  'a constructor attribute': doc({ type: 'paragraph', attrs: { constructor: { prototype: 1 } } }),
  'a prototype attribute': { type: 'doc', attrs: { prototype: 1 } },
  'a symbol attribute name': { type: 'doc', attrs: { [Symbol('s')]: 1 } },
  'a __proto__ attribute from JSON': JSON.parse('{"type": "doc", "content": [{"type": "paragraph", "attrs": {"__proto__": "x"}}]}'),
  'a __proto__ attribute and another error': JSON.parse('{"type": "doc", "attrs": {"__proto__": 1, "b": {}}}'),
  'a __proto__ attribute on a mark': JSON.parse('{"type": "doc", "content": [{"type": "text", "text": "a", "marks": [{"type": "link", "attrs": {"__proto__": {}}}]}]}'),
  'a __proto__ key on a node': JSON.parse('{"type": "doc", "content": [{"type": "paragraph", "__proto__": {}}]}'),
  'errors in two children': doc({ type: 5 }, { type: 'p', text: 3 }),
  'nesting beyond the limit': doc(nested(limits.bodyDepth)),
  'nesting beyond the limit, with a wrong type at the bottom': doc(nested(limits.bodyDepth + 5, { type: 'text', text: 1 })),
  'text too long on the doc': { type: 'doc', text: 'x'.repeat(limits.bodyText + 1) },
  'too much text in all': doc(text('x'.repeat(limits.bodyText / 2 + 1)), text('x'.repeat(limits.bodyText / 2))),
  'too many nodes': { type: 'doc', content: Array.from({ length: limits.bodyNodes }, () => ({ type: 'horizontalRule' })) },
  'too many children': { type: 'doc', content: Array.from({ length: limits.bodyNodes + 1 }, () => ({ type: 5 })) },
};

describe('articleBodySchema (documentIssues)', () => {
  it.each(Object.entries(valid))('accepts %s, as the recursive schema did', (_name, body) => {
    expect(summarise(recursiveBodySchema, body)).toEqual({ success: true });
    expect(summarise(articleBodySchema, body)).toEqual({ success: true });
  });

  it.each(Object.entries(invalid))('refuses %s with the issues of the recursive schema', (_name, body) => {
    const expected = summarise(recursiveBodySchema, body);
    expect(expected.success).toBe(false);
    expect(summarise(articleBodySchema, body)).toEqual(expected);
  });

  it('refuses a body nested far too deep without overflowing the stack', () => {
    expect(summarise(articleBodySchema, doc(nested(100_000)))).toEqual({
      success: false,
      issues: [{ code: 'custom', path: [], message: `the body is nested deeper than ${limits.bodyDepth} levels` }],
    });
  });

  it('returns the body it was given, unchanged', () => {
    const body = richBody();
    const snapshot = structuredClone(body);
    const result = articleBodySchema.safeParse(body);
    expect(result.success && result.data).toBe(body);
    expect(body).toEqual(snapshot);
  });

  it('reports what the recursive schema reported for thousands of damaged bodies', () => {
    const random = seededRandom(7);
    const junk: Array<() => unknown> = [
      () => undefined, () => null, () => 0, () => -1.5, () => Number.NaN, () => Infinity, () => true, () => '', () => 'x', () => 'doc',
      () => 'paragraph', () => 'x'.repeat(65), () => 'x'.repeat(limits.attributeText + 1), () => '😀'.repeat(40), () => '😀'.repeat(65),
      () => [], () => [null], () => [{ type: 'text', text: 'a' }], () => ({}), () => ({ type: 'p' }), () => ({ type: 'doc' }), () => ({ type: 5 }),
      () => ({ length: 'x' }), () => new Date(0), () => new Map(), () => () => 1, () => Symbol('s'), () => JSON.parse('{"__proto__": 1}'),
      () => Array.from({ length: 17 }, () => ({ type: 'bold' })),
    ];
    const keys = ['type', 'attrs', 'content', 'marks', 'text', 'html', 'level', 'href', 'constructor', 'n'.repeat(65)];
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
    const mismatches: unknown[] = [];
    let refused = 0;
    for (let round = 0; round < 3000; round += 1) {
      const body = richBody() as unknown as Record<string, unknown>;
      for (let change = 0, changes = 1 + Math.floor(random() * 3); change < changes; change += 1) {
        const target = pick(objectsIn(body));
        const key = pick(keys);
        if (random() < 0.15) delete target[key];
        else target[key] = pick(junk)();
      }
      const expected = summarise(recursiveBodySchema, body);
      const actual = summarise(articleBodySchema, body);
      if (!expected.success) refused += 1;
      if (comparable(actual) !== comparable(expected)) mismatches.push({ body: comparable(body), expected, actual });
    }
    expect(mismatches.slice(0, 3)).toEqual([]);
    expect(refused).toBeGreaterThan(2000);
  });
});

/** A text that is equal for equal summaries or bodies (symbols and long strings shortened). */
function comparable(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) => {
    if (typeof item === 'symbol') return item.toString();
    if (typeof item === 'string' && item.length > 80) return `${item.slice(0, 20)}…(${item.length})`;
    if (Array.isArray(item)) return item.map((element: unknown) => (typeof element === 'symbol' ? element.toString() : element));
    return item;
  });
}

/** Every node, mark and attribute object of a body, the body first. */
function objectsIn(root: Record<string, unknown>): Array<Record<string, unknown>> {
  const found: Array<Record<string, unknown>> = [];
  const visit = (value: unknown) => {
    if (typeof value !== 'object' || value === null) return;
    if (Array.isArray(value)) {
      for (const item of value) visit(item);
      return;
    }
    found.push(value as Record<string, unknown>);
    for (const key of ['attrs', 'content', 'marks']) visit((value as Record<string, unknown>)[key]);
  };
  visit(root);
  return found;
}

/** mulberry32: the same damaged bodies on every run. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = state;
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

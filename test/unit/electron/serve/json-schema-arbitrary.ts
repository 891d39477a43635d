import fc from 'fast-check';

/** The part of JSON Schema (draft 2020-12) that `z.toJSONSchema` writes for the contract's arguments. */
export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  pattern?: string;
  format?: string;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  default?: unknown;
}

/** Values for properties whose schema says little (a base64 string, a name, an untyped body), by property name. */
export type NamedArbitraries = Record<string, fc.Arbitrary<unknown>>;

const shortText = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.constantFrom('Hà Nội', 'Thành phố Hồ Chí Minh', 'hoà', 'hòa', 'Tin mới', ' ', ''),
);

function integerArbitrary(schema: JsonSchema): fc.Arbitrary<number> {
  const min = Math.max(schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : -1_000_000), Number.MIN_SAFE_INTEGER);
  const max = Math.min(schema.maximum ?? (schema.exclusiveMaximum !== undefined ? schema.exclusiveMaximum - 1 : 1_000_000), Number.MAX_SAFE_INTEGER);
  // Small values hit the rows that exist (ids 1, 2, 3...), large ones the edges.
  return fc.oneof({ arbitrary: fc.integer({ min, max: Math.min(max, min + 12) }), weight: 3 }, { arbitrary: fc.integer({ min, max }), weight: 1 }, fc.constantFrom(min, max));
}

function stringArbitrary(schema: JsonSchema): fc.Arbitrary<string> {
  if (schema.pattern !== undefined) return fc.stringMatching(new RegExp(schema.pattern));
  const maxLength = Math.min(schema.maxLength ?? 200, 200);
  const minLength = Math.min(schema.minLength ?? 0, maxLength);
  return fc.oneof(shortText, fc.string({ unit: 'grapheme', minLength, maxLength })).filter((value) => value.length >= minLength && value.length <= (schema.maxLength ?? Infinity));
}

/** Values valid by `schema` (refinements the schema cannot say aside). */
export function arbitraryOf(schema: JsonSchema, named: NamedArbitraries = {}, name = ''): fc.Arbitrary<unknown> {
  if (name in named) return named[name]!;
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum !== undefined) return fc.constantFrom(...schema.enum);
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives !== undefined) return fc.oneof(...alternatives.map((alternative) => arbitraryOf(alternative, named, name)));
  if (Array.isArray(schema.type)) return fc.oneof(...schema.type.map((type) => arbitraryOf({ ...schema, type }, named, name)));
  switch (schema.type) {
    case 'object': {
      const properties = schema.properties ?? {};
      const model: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [key, property] of Object.entries(properties)) model[key] = arbitraryOf(property, named, key);
      return fc.record(model, { requiredKeys: (schema.required ?? []).filter((key) => key in properties) });
    }
    case 'array':
      return fc.array(arbitraryOf(schema.items ?? {}, named, name), { minLength: schema.minItems ?? 0, maxLength: Math.max(schema.minItems ?? 0, Math.min(schema.maxItems ?? 4, 4)) });
    case 'string':
      return stringArbitrary(schema);
    case 'integer':
      return integerArbitrary(schema);
    case 'number':
      return fc.double({ noNaN: true, noDefaultInfinity: true, min: schema.minimum ?? -1e9, max: schema.maximum ?? 1e9 });
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    default:
      return fc.jsonValue({ maxDepth: 3 });
  }
}

/** Values that break schemas: wrong types, edges of numbers, odd Unicode, huge and deeply nested values. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, true, false, 0, -1, -0, 1.5, -1e308, 1e308, Number.MAX_SAFE_INTEGER + 2, 2 ** 63, '', '0', '-1', 'NaN', 'true', [], {}, [null], { '': null }),
  fc.constantFrom(
    '\uD800',
    'a\uDFFFb',
    '\u202Egnp.exe',
    'e\u0301\u0301\u0301\u0301',
    'Ha\u0300 No\u0323i',
    '\uFEFF\u200B\u200D',
    '👩‍👩‍👧‍👦'.repeat(50),
    '\u0000',
    '../../../../etc/passwd',
    '<script>alert(1)</script>',
    "'; DROP TABLE articles; --",
    '%00%2e%2e',
    'constructor',
    '__proto__',
  ),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.integer({ min: 1_000, max: 3_000_000 }).map((length) => 'ạ'.repeat(length)),
  fc.integer({ min: 40, max: 1_000 }).map((depth) => nested(depth)),
  fc.jsonValue({ maxDepth: 4 }),
  fc.array(fc.integer(), { minLength: 0, maxLength: 20_000 }),
);

function nested(depth: number): unknown {
  let value: unknown = 'bottom';
  for (let level = 0; level < depth; level += 1) value = level % 2 === 0 ? [value] : { a: value };
  return value;
}

/** Every path (keys and indexes) inside a JSON value, the value itself first. */
export function pathsIn(value: unknown, prefix: Array<string | number> = [], found: Array<Array<string | number>> = []): Array<Array<string | number>> {
  found.push(prefix);
  if (found.length > 2_000) return found;
  if (Array.isArray(value)) value.slice(0, 50).forEach((item, index) => pathsIn(item, [...prefix, index], found));
  else if (typeof value === 'object' && value !== null) for (const [key, item] of Object.entries(value).slice(0, 50)) pathsIn(item, [...prefix, key], found);
  return found;
}

export type Mutation =
  | { kind: 'replace'; pathIndex: number; value: unknown }
  | { kind: 'remove'; pathIndex: number }
  | { kind: 'add-key'; pathIndex: number; key: string; value: unknown };

export const mutationArbitrary: fc.Arbitrary<Mutation> = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant('replace' as const), pathIndex: fc.nat(), value: hostileValue }), weight: 4 },
  { arbitrary: fc.record({ kind: fc.constant('remove' as const), pathIndex: fc.nat() }), weight: 2 },
  {
    arbitrary: fc.record({
      kind: fc.constant('add-key' as const),
      pathIndex: fc.nat(),
      key: fc.oneof(fc.constantFrom('__proto__', 'constructor', 'prototype', 'extra', '', 'id'), fc.string({ maxLength: 10 })),
      value: hostileValue,
    }),
    weight: 2,
  },
);

/** A copy of `value` with one mutation applied at one of its paths (chosen by `pathIndex`, modulo the number of paths). */
export function mutate(value: unknown, mutation: Mutation): { value: unknown; path: string } {
  const copy = structuredClone(value);
  const paths = pathsIn(copy);
  const targetPath = paths[mutation.pathIndex % paths.length]!;
  const where = targetPath.join('.');
  if (targetPath.length === 0) {
    if (mutation.kind === 'replace') return { value: mutation.value, path: where };
    if (mutation.kind === 'remove') return { value: undefined, path: where };
    if (typeof copy !== 'object' || copy === null || Array.isArray(copy)) return { value: { [mutation.key]: mutation.value }, path: where };
    Object.defineProperty(copy, mutation.key, { value: mutation.value, enumerable: true, configurable: true, writable: true });
    return { value: copy, path: where };
  }
  const parent = targetPath.slice(0, -1).reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], copy) as Record<string | number, unknown> | unknown[];
  const last = targetPath[targetPath.length - 1]!;
  switch (mutation.kind) {
    case 'replace':
      (parent as Record<string | number, unknown>)[last] = mutation.value;
      break;
    case 'remove':
      if (Array.isArray(parent)) parent.splice(Number(last), 1);
      else delete (parent as Record<string, unknown>)[last];
      break;
    case 'add-key': {
      const target = (parent as Record<string | number, unknown>)[last];
      if (typeof target === 'object' && target !== null && !Array.isArray(target)) {
        Object.defineProperty(target, mutation.key, { value: mutation.value, enumerable: true, configurable: true, writable: true });
      } else {
        (parent as Record<string | number, unknown>)[last] = { [mutation.key]: mutation.value };
      }
      break;
    }
  }
  return { value: copy, path: where };
}

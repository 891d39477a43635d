import { describe, expect, it } from 'vitest';
import { findArgumentProblem, maximumArgumentDepth } from '../../../../../electron/backend/validation/forbidden-keys';

describe('findArgumentProblem', () => {
  it('accepts ordinary values', () => {
    expect(findArgumentProblem({ a: [1, { b: 'constructor' }], c: null })).toBeNull();
    expect(findArgumentProblem('__proto__')).toBeNull();
    expect(findArgumentProblem(undefined)).toBeNull();
  });

  it('finds a forbidden own key and gives its path', () => {
    expect(findArgumentProblem(JSON.parse('{"a": [0, {"__proto__": 1}]}'))).toEqual({ kind: 'forbidden-key', path: 'a.1.__proto__' });
    expect(findArgumentProblem({ x: { constructor: 1 } })).toEqual({ kind: 'forbidden-key', path: 'x.constructor' });
    expect(findArgumentProblem({ prototype: 1 })).toEqual({ kind: 'forbidden-key', path: 'prototype' });
  });

  it('stops at the maximum depth', () => {
    let nested: unknown = {};
    for (let depth = 0; depth <= maximumArgumentDepth + 1; depth += 1) nested = { n: nested };
    expect(findArgumentProblem(nested)?.kind).toBe('too-deep');
  });
});

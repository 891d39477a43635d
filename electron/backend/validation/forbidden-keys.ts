/** Keys that could reach an object's prototype if code ever copied them naively. */
export const forbiddenKeys: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** How deep the arguments of a call may nest (an article body is at most 40 levels, about 90 in JSON). */
export const maximumArgumentDepth = 256;

export type ArgumentProblem = { kind: 'forbidden-key' | 'too-deep'; path: string };

/** The path of the first forbidden own key or over-deep nesting in `value`, or null. */
export function findArgumentProblem(value: unknown): ArgumentProblem | null {
  const stack: Array<{ value: unknown; path: readonly (string | number)[] }> = [{ value, path: [] }];
  while (stack.length > 0) {
    const { value: current, path } = stack.pop()!;
    if (typeof current !== 'object' || current === null) continue;
    if (path.length > maximumArgumentDepth) return { kind: 'too-deep', path: path.join('.') };
    if (Array.isArray(current)) {
      for (let index = current.length - 1; index >= 0; index -= 1) stack.push({ value: current[index], path: [...path, index] });
      continue;
    }
    const keys = Object.keys(current);
    for (const key of keys) {
      if (forbiddenKeys.has(key)) return { kind: 'forbidden-key', path: [...path, key].join('.') };
    }
    for (let index = keys.length - 1; index >= 0; index -= 1) {
      const key = keys[index]!;
      stack.push({ value: (current as Record<string, unknown>)[key], path: [...path, key] });
    }
  }
  return null;
}

/** Keys that could reach an object's prototype if code ever copied them naively. */
export const forbiddenKeys: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** How deep the arguments of a call may nest (an article body is at most 40 levels, about 90 in JSON). */
export const maximumArgumentDepth = 256;

export type ArgumentProblem = { kind: 'forbidden-key' | 'too-deep'; path: string };

/** The path of the first forbidden own key or over-deep nesting in `value`, or null. */
export function findArgumentProblem(value: unknown): ArgumentProblem | null {
  const path: Array<string | number> = [];
  const visit = (current: unknown): ArgumentProblem | null => {
    if (typeof current !== 'object' || current === null) return null;
    if (path.length > maximumArgumentDepth) return { kind: 'too-deep', path: path.join('.') };
    if (Array.isArray(current)) {
      for (let index = 0; index < current.length; index += 1) {
        const item: unknown = current[index];
        if (typeof item !== 'object' || item === null) continue;
        path.push(index);
        const problem = visit(item);
        path.pop();
        if (problem) return problem;
      }
      return null;
    }
    const keys = Object.keys(current);
    for (const key of keys) {
      if (forbiddenKeys.has(key)) return { kind: 'forbidden-key', path: [...path, key].join('.') };
    }
    for (const key of keys) {
      const item = (current as Record<string, unknown>)[key];
      if (typeof item !== 'object' || item === null) continue;
      path.push(key);
      const problem = visit(item);
      path.pop();
      if (problem) return problem;
    }
    return null;
  };
  return visit(value);
}

import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildImportGraph, importCycles, importSpecifiers, stronglyConnectedComponents, type ImportGraph } from './import-graph';

const repositoryRoot = fileURLToPath(new URL('../../..', import.meta.url));
const sourceFolders = ['shared', 'renderer', 'electron'];

const graphOf = (edges: Record<string, string[]>): ImportGraph => new Map(Object.entries(edges));

describe('the cycle finder', () => {
  it('finds each strongly connected component, self-imports included', () => {
    const graph = graphOf({ a: ['b'], b: ['c'], c: ['a', 'd'], d: ['d', 'e'], e: [], f: ['g'], g: ['f'] });
    expect(stronglyConnectedComponents(graph).filter((component) => component.length > 1)).toEqual([['a', 'b', 'c'], ['f', 'g']]);
    expect(importCycles(graph)).toEqual([
      ['a', 'b', 'c', 'a'],
      ['d', 'd'],
      ['f', 'g', 'f'],
    ]);
  });

  it('names every file of a component in some chain, each chain as short as it can be', () => {
    // a ⇄ b and a → c → d → a: one component, two cycles through a.
    const graph = graphOf({ a: ['b', 'c'], b: ['a'], c: ['d'], d: ['a'] });
    expect(importCycles(graph)).toEqual([
      ['a', 'b', 'a'],
      ['c', 'd', 'a', 'c'],
    ]);
  });

  it('finds nothing in a graph without cycles', () => {
    expect(importCycles(graphOf({ a: ['b', 'c'], b: ['c'], c: [], d: ['a'] }))).toEqual([]);
  });

  it('reads imports the way TypeScript does, type-only ones included', () => {
    const text = [
      "import type { A } from './a';",
      "import { type B } from './b';",
      "export * from './c';",
      "export type { D } from './d';",
      "const e = await import('./e');",
      "type F = import('./f').F;",
      "import g = require('./g');",
      "import 'package';",
    ].join('\n');
    expect(importSpecifiers(text)).toEqual(['./a', './b', './c', './d', './e', './f', './g', 'package']);
  });
});

describe('import cycles in shared/, renderer/ and electron/', () => {
  const { graph, unresolved } = buildImportGraph(repositoryRoot, sourceFolders);

  it('resolves every relative import of a source file, so that no edge is missed', () => {
    expect(unresolved).toEqual([]);
    expect(graph.size).toBeGreaterThan(100);
  });

  it('has no import cycle, type-only imports included', () => {
    const cycles = importCycles(graph).map((cycle) => cycle.join(' → '));
    expect(cycles, `Import cycles (break each by moving what both sides need into a module of its own):\n${cycles.join('\n')}`).toEqual([]);
  });
});

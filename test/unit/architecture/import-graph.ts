import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/** Repository-relative paths (forward slashes), each with the paths it imports. */
export type ImportGraph = ReadonlyMap<string, readonly string[]>;

const sourceFile = /\.(?:ts|tsx|mts|mjs)$/;
const skippedFolders = new Set(['dist', 'node_modules']);

/** Every source file (.ts, .tsx, .mts, .mjs) under the given folders, without build output. */
export function sourceFilesUnder(root: string, folders: readonly string[]): string[] {
  const files: string[] = [];
  const visit = (folder: string) => {
    for (const entry of readdirSync(path.join(root, folder), { withFileTypes: true })) {
      const relative = `${folder}/${entry.name}`;
      if (entry.isDirectory()) {
        if (!skippedFolders.has(entry.name)) visit(relative);
      } else if (sourceFile.test(entry.name)) {
        files.push(relative);
      }
    }
  };
  for (const folder of folders) visit(folder);
  return files.sort();
}

/**
 * The module specifiers a file imports, as TypeScript reads them: imports and re-exports,
 * `import type`, dynamic `import()`, `import('…')` types, `require()` and `/// <reference path>`.
 */
export function importSpecifiers(text: string): string[] {
  const { importedFiles, referencedFiles } = ts.preProcessFile(text, true, true);
  return [...importedFiles, ...referencedFiles].map((reference) => reference.fileName);
}

function isFile(candidate: string): boolean {
  return existsSync(candidate) && statSync(candidate).isFile();
}

/**
 * The file a relative specifier names, as moduleResolution Bundler finds it: as written, with
 * `.ts`, `.tsx`, `.mts` or `.mjs`, `.js` standing for `.ts`, or the folder's index. Null for a
 * package, and for a relative specifier that names no file.
 */
export function resolveRelative(root: string, fromFile: string, specifier: string): string | null {
  if (!specifier.startsWith('./') && !specifier.startsWith('../')) return null;
  const absolute = path.resolve(root, path.dirname(fromFile), specifier.replace(/[?#].*$/, ''));
  const stem = absolute.replace(/\.(m?)js$/, '.$1ts');
  const candidates = [absolute, `${absolute}.ts`, `${absolute}.tsx`, `${absolute}.mts`, `${absolute}.mjs`, stem, path.join(absolute, 'index.ts'), path.join(absolute, 'index.tsx')];
  const found = candidates.find(isFile);
  return found === undefined ? null : path.relative(root, found).split(path.sep).join('/');
}

export interface BuiltGraph {
  graph: ImportGraph;
  /** Relative imports of a source file that name no file: each would be an edge the graph misses. */
  unresolved: string[];
}

/** The import graph of the source files under `folders`; edges leaving those files are dropped. */
export function buildImportGraph(root: string, folders: readonly string[]): BuiltGraph {
  const files = sourceFilesUnder(root, folders);
  const known = new Set(files);
  const graph = new Map<string, string[]>();
  const unresolved: string[] = [];
  for (const file of files) {
    const targets = new Set<string>();
    for (const specifier of importSpecifiers(readFileSync(path.join(root, file), 'utf8'))) {
      if (!specifier.startsWith('./') && !specifier.startsWith('../')) continue;
      const target = resolveRelative(root, file, specifier);
      if (target === null) unresolved.push(`${file}: '${specifier}'`);
      else if (known.has(target)) targets.add(target);
    }
    graph.set(file, [...targets].sort());
  }
  return { graph, unresolved };
}

/** The strongly connected components of `graph` (Tarjan's algorithm, without recursion), each sorted. */
export function stronglyConnectedComponents(graph: ImportGraph): string[][] {
  const indexOf = new Map<string, number>();
  const lowLink = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const components: string[][] = [];
  let nextIndex = 0;

  const nodes = new Set<string>(graph.keys());
  for (const targets of graph.values()) for (const target of targets) nodes.add(target);

  for (const start of [...nodes].sort()) {
    if (indexOf.has(start)) continue;
    const work: Array<{ node: string; next: number }> = [{ node: start, next: 0 }];
    indexOf.set(start, nextIndex);
    lowLink.set(start, nextIndex);
    nextIndex += 1;
    stack.push(start);
    onStack.add(start);
    while (work.length > 0) {
      const frame = work.at(-1)!;
      const targets = graph.get(frame.node) ?? [];
      if (frame.next < targets.length) {
        const target = targets[frame.next]!;
        frame.next += 1;
        if (!indexOf.has(target)) {
          indexOf.set(target, nextIndex);
          lowLink.set(target, nextIndex);
          nextIndex += 1;
          stack.push(target);
          onStack.add(target);
          work.push({ node: target, next: 0 });
        } else if (onStack.has(target)) {
          lowLink.set(frame.node, Math.min(lowLink.get(frame.node)!, indexOf.get(target)!));
        }
        continue;
      }
      work.pop();
      const parent = work.at(-1);
      if (parent) lowLink.set(parent.node, Math.min(lowLink.get(parent.node)!, lowLink.get(frame.node)!));
      if (lowLink.get(frame.node) === indexOf.get(frame.node)) {
        const component: string[] = [];
        let member: string;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          component.push(member);
        } while (member !== frame.node);
        components.push(component.sort());
      }
    }
  }
  return components;
}

/** The shortest path of imports from `start` back to itself, staying inside `members`. */
function shortestCycleThrough(graph: ImportGraph, start: string, members: ReadonlySet<string>): string[] | null {
  const previous = new Map<string, string>();
  const queue: string[] = [start];
  for (let head = 0; head < queue.length; head += 1) {
    const node = queue[head]!;
    for (const target of graph.get(node) ?? []) {
      if (!members.has(target)) continue;
      if (target === start) {
        const chain = [start];
        for (let step = node; step !== start; step = previous.get(step)!) chain.unshift(step);
        chain.unshift(start);
        return chain;
      }
      if (!previous.has(target)) {
        previous.set(target, node);
        queue.push(target);
      }
    }
  }
  return null;
}

/**
 * The import cycles of `graph`, each as a chain `a → b → a`. Every file in a cycle appears in at
 * least one chain: for each strongly connected component, the shortest cycle through each member
 * that no earlier chain of the component went through.
 */
export function importCycles(graph: ImportGraph): string[][] {
  const cycles: string[][] = [];
  for (const component of stronglyConnectedComponents(graph)) {
    const members = new Set(component);
    const covered = new Set<string>();
    for (const member of component) {
      if (covered.has(member)) continue;
      const cycle = shortestCycleThrough(graph, member, members);
      if (!cycle) continue;
      for (const node of cycle) covered.add(node);
      cycles.push(cycle);
    }
  }
  return cycles.sort((left, right) => left[0]!.localeCompare(right[0]!));
}

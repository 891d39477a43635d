import type { DocNode } from './document';

/** The figures of an article body in reading order (depth first, as they appear). */
export function bodyFigures(body: DocNode): DocNode[] {
  const figures: DocNode[] = [];
  const visit = (node: DocNode) => {
    if (node.type === 'figure') figures.push(node);
    for (const child of node.content ?? []) visit(child);
  };
  visit(body);
  return figures;
}

/**
 * The featured image ("Ảnh đại diện") as an index into `bodyFigures(body)`: the figure chosen as
 * featured, else the first figure, else null when the body has none.
 */
export function featuredFigureIndex(body: DocNode): number | null {
  const figures = bodyFigures(body);
  if (figures.length === 0) return null;
  const chosen = figures.findIndex((figure) => figure.attrs?.featured === true);
  return chosen === -1 ? 0 : chosen;
}

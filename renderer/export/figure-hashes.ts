import type { DocNode } from '../../shared/model/document';

/** The media hashes of the body's figures, each once, in reading order. */
export function figureHashes(body: DocNode): string[] {
  const hashes = new Set<string>();
  const visit = (node: DocNode) => {
    if (node.type === 'figure' && typeof node.attrs?.hash === 'string' && node.attrs.hash !== '') hashes.add(node.attrs.hash);
    node.content?.forEach(visit);
  };
  visit(body);
  return [...hashes];
}

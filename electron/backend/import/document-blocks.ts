import type { DocNode } from '../../../shared/model/document';

/** The text of a node as a reader sees it: text runs joined, hard breaks as new lines. */
export function nodeText(node: DocNode): string {
  if (node.type === 'text') return node.text ?? '';
  if (node.type === 'hardBreak') return '\n';
  return (node.content ?? []).map(nodeText).join('');
}

/** A paragraph holding one plain text run (an empty paragraph for empty text). */
export function paragraphNode(text: string): DocNode {
  return text.length > 0 ? { type: 'paragraph', content: [{ type: 'text', text }] } : { type: 'paragraph' };
}

/** Paragraphs and headings: the blocks whose text structure detection reads. */
export function isTextBlock(node: DocNode): boolean {
  return node.type === 'paragraph' || node.type === 'heading';
}

/** Calls `visit` on every node of a tree, parents before children. */
export function forEachNode(node: DocNode, visit: (node: DocNode) => void): void {
  visit(node);
  for (const child of node.content ?? []) forEachNode(child, visit);
}

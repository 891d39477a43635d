import type { DocNode } from '../model/document';

const blockTypes = new Set(['paragraph', 'heading', 'blockquote', 'listItem', 'bulletList', 'orderedList', 'figure', 'horizontalRule', 'table', 'tableRow', 'tableCell', 'tableHeader']);

/**
 * True when a node of this type starts and ends its own lines in `documentLines`: the lines of a
 * body made of such blocks are the lines of each block, one after the other.
 */
export function hasOwnLines(type: string): boolean {
  return blockTypes.has(type);
}

/**
 * The plain text of an article body: one line per block, figure captions and credits included,
 * so search and word counts see what a reader sees.
 */
export function documentPlainText(document: DocNode): string {
  return documentLines(document).join('\n');
}

/** The lines of `documentPlainText` (a line holds a hard break's line feed), without joining them. */
export function documentLines(document: DocNode): string[] {
  const lines: string[] = [];
  let current = '';
  const flush = () => {
    if (current.trim().length > 0) lines.push(current.trim());
    current = '';
  };
  const visit = (node: DocNode) => {
    if (node.type === 'text') {
      current += node.text ?? '';
      return;
    }
    if (node.type === 'hardBreak') {
      current += '\n';
      return;
    }
    if (node.type === 'figure') {
      flush();
      const caption = String(node.attrs?.caption ?? '');
      const credit = String(node.attrs?.credit ?? '');
      current = [caption, credit].filter((part) => part.length > 0).join(' ');
      flush();
      return;
    }
    const isBlock = blockTypes.has(node.type);
    if (isBlock) flush();
    for (const child of node.content ?? []) visit(child);
    if (isBlock) flush();
  };
  visit(document);
  flush();
  return lines;
}

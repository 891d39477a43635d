import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { findInText, type FindOptions } from '../../../shared/text/find-in-text';

/** A figure's text fields searched by "Tìm" (the alt text is not shown in the article). */
export type FigureTextField = 'caption' | 'credit';
export const figureTextFields: readonly FigureTextField[] = ['caption', 'credit'];

/** A match in the body: document positions for text, offsets into the attribute for a figure's caption or credit. */
export type BodyMatch =
  | { kind: 'text'; from: number; to: number }
  | { kind: 'figure'; position: number; field: FigureTextField; from: number; to: number };

/**
 * Every match in the body, in reading order: the text of each textblock (a match may cross marks,
 * not blocks; a hard break or another inline node counts as a line break) and the caption and
 * credit of each figure.
 */
export function findInDocument(doc: ProseMirrorNode, query: string, options: FindOptions): BodyMatch[] {
  return new DocumentFinder(query, options).find(doc);
}

/**
 * Finds one query in successive versions of a document, searching again only the top-level blocks
 * that changed: ProseMirror shares unchanged nodes between versions, so their matches (relative to
 * the block) are kept by node.
 */
export class DocumentFinder {
  private readonly byBlock = new WeakMap<ProseMirrorNode, readonly BodyMatch[]>();

  constructor(
    readonly query: string,
    readonly options: FindOptions,
  ) {}

  find(doc: ProseMirrorNode): BodyMatch[] {
    const matches: BodyMatch[] = [];
    if (this.query === '') return matches;
    doc.forEach((block, offset) => {
      let relative = this.byBlock.get(block);
      if (!relative) {
        relative = matchesIn(block, this.query, this.options);
        this.byBlock.set(block, relative);
      }
      for (const match of relative) {
        matches.push(match.kind === 'text' ? { ...match, from: match.from + offset, to: match.to + offset } : { ...match, position: match.position + offset });
      }
    });
    return matches;
  }
}

/** The matches in one top-level block, positions relative to the block's start. */
function matchesIn(block: ProseMirrorNode, query: string, options: FindOptions): BodyMatch[] {
  const matches: BodyMatch[] = [];
  const visit = (node: ProseMirrorNode, position: number): boolean => {
    if (node.type.name === 'figure') {
      for (const field of figureTextFields) {
        const value = node.attrs[field];
        if (typeof value !== 'string') continue;
        for (const match of findInText(value, query, options)) matches.push({ kind: 'figure', position, field, ...match });
      }
      return false;
    }
    if (!node.isTextblock) return true;
    // Every inline node is one position; a text node is as many as its code units.
    let text = '';
    node.forEach((child) => {
      text += child.isText ? child.text! : '\n';
    });
    const start = position + 1;
    for (const match of findInText(text, query, options)) matches.push({ kind: 'text', from: start + match.from, to: start + match.to });
    return false;
  };
  if (visit(block, 0)) block.descendants((node, position) => visit(node, position + 1));
  return matches;
}

import type { DocNode } from '../model/document';
import type { ToneStyle } from '../model/settings';
import { normalizeTonePlacement } from './tone-placement';

/** The figure attributes that hold Vietnamese text: caption, photo credit ("Ảnh: ...") and alt text. */
export const figureTextAttributes = ['caption', 'credit', 'alt'] as const;

/**
 * The tone marks of consecutive text runs (the text nodes of one paragraph, which marks split)
 * moved to `style`, as if the runs were one text: a word split between two runs ("h" in bold,
 * "òa" plain) is still one word. Returns the new text of each run, in NFC, or null when nothing
 * changes. Each run keeps its length in NFC, so each keeps its own characters and marks.
 */
export function normalizeTextRunsTonePlacement(texts: readonly string[], style: ToneStyle): string[] | null {
  const joined = texts.join('');
  const converted = normalizeTonePlacement(joined, style);
  if (converted === joined) return null;
  if (texts.length === 1) return [converted];
  const composed = texts.map((text) => text.normalize('NFC'));
  let split: string[];
  if (composed.reduce((length, text) => length + text.length, 0) === converted.length) {
    split = [];
    let offset = 0;
    for (const text of composed) {
      split.push(converted.slice(offset, offset + text.length));
      offset += text.length;
    }
  } else {
    // A run boundary between a letter and its combining mark: convert run by run.
    split = texts.map((text) => normalizeTonePlacement(text, style));
  }
  return split.every((text, index) => text === texts[index]) ? null : split;
}

/**
 * An article body with the tone marks of every text moved to `style`: paragraphs, headings, list
 * items and quotes (each text block as one text, across its marks) and the caption, credit and alt
 * text of figures. Marks, links and structure are kept. Returns `body` itself when nothing changes,
 * and otherwise a copy that shares every unchanged node.
 */
export function normalizeDocumentTonePlacement(body: DocNode, style: ToneStyle): DocNode {
  return normalizeNode(body, style);
}

function normalizeNode(node: DocNode, style: ToneStyle): DocNode {
  let attrs = node.attrs;
  if (node.type === 'figure' && attrs) {
    for (const name of figureTextAttributes) {
      const value: unknown = attrs[name];
      if (typeof value !== 'string') continue;
      const converted = normalizeTonePlacement(value, style);
      if (converted !== value) attrs = { ...attrs, [name]: converted };
    }
  }
  const content = node.content ? normalizeChildren(node.content, style) : undefined;
  if (attrs === node.attrs && content === node.content) return node;
  const copy: DocNode = { ...node };
  if (attrs !== undefined) copy.attrs = attrs;
  if (content !== undefined) copy.content = content;
  return copy;
}

function normalizeChildren(children: DocNode[], style: ToneStyle): DocNode[] {
  let copy: DocNode[] | undefined;
  let index = 0;
  while (index < children.length) {
    const child = children[index]!;
    if (child.type !== 'text') {
      const normalized = normalizeNode(child, style);
      if (normalized !== child) copy ??= children.slice();
      if (copy) copy[index] = normalized;
      index += 1;
      continue;
    }
    let end = index;
    while (end < children.length && children[end]!.type === 'text') end += 1;
    const run = children.slice(index, end);
    const converted = normalizeTextRunsTonePlacement(
      run.map((text) => text.text ?? ''),
      style,
    );
    if (converted) {
      copy ??= children.slice();
      converted.forEach((text, offset) => {
        copy![index + offset] = { ...run[offset]!, text };
      });
    }
    index = end;
  }
  return copy ?? children;
}

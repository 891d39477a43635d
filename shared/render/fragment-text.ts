import type { DocNode } from '../model/document';
import { printedCredit } from './figure-credit';
import { cleanText } from './html-escape';

/** The body as plain text, one block a paragraph (blank line between), list items with "- " or "1. ", table rows as tab-separated lines, then the byline. */
export function fragmentPlainText(body: DocNode, byline: string): string {
  const blocks: string[] = [];
  const inlineText = (node: DocNode): string =>
    node.type === 'text' ? (node.text ?? '') : node.type === 'hardBreak' ? '\n' : (node.content ?? []).map(inlineText).join('');
  const visit = (node: DocNode, prefix: string) => {
    switch (node.type) {
      case 'paragraph':
      case 'heading': {
        const text = inlineText(node).trim();
        if (text) blocks.push(prefix + text);
        return;
      }
      case 'figure': {
        const caption = String(node.attrs?.caption ?? '').trim();
        const credit = printedCredit(String(node.attrs?.credit ?? ''));
        const text = [caption, credit].filter(Boolean).join(' ');
        if (text) blocks.push(prefix + text);
        return;
      }
      case 'table': {
        // One line per row, cells separated by tabs: a table pasted into a spreadsheet or a mail keeps its columns.
        const rows = (node.content ?? []).map((row) => (row.content ?? []).map((cell) => inlineText(cell).replace(/\s+/g, ' ').trim()).join('\t'));
        const text = rows.filter((row) => row.trim().length > 0).join('\n');
        if (text) blocks.push(prefix + text);
        return;
      }
      case 'horizontalRule':
        blocks.push('---');
        return;
      case 'bulletList':
      case 'orderedList': {
        let number = Math.trunc(Number(node.attrs?.start ?? 1)) || 1;
        for (const item of node.content ?? []) {
          const marker = node.type === 'bulletList' ? '- ' : `${number++}. `;
          const before = blocks.length;
          for (const child of item.content ?? []) visit(child, '');
          const itemText = blocks.splice(before).join('\n');
          if (itemText) blocks.push(prefix + marker + itemText.replace(/\n/g, '\n   '));
        }
        return;
      }
      default:
        if (node.type === 'text') {
          if (node.text?.trim()) blocks.push(prefix + node.text.trim());
          return;
        }
        for (const child of node.content ?? []) visit(child, node.type === 'blockquote' ? `${prefix}> ` : prefix);
    }
  };
  visit(body, '');
  const listJoined = blocks.join('\n\n');
  const text = byline ? (listJoined ? `${listJoined}\n\n${byline}` : byline) : listJoined;
  return cleanText(text) + (text ? '\n' : '');
}

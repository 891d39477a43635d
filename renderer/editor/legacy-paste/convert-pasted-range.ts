import type { Mark } from '@tiptap/pm/model';
import type { Transaction } from '@tiptap/pm/state';
import { convertLegacy, type LegacyEncoding } from '../../../shared/text/legacy-encodings';

interface TextReplacement {
  from: number;
  to: number;
  text: string;
  marks: readonly Mark[];
}

/**
 * Adds to `transaction` the conversion of every text run between `from` and `to` from `encoding`
 * to Unicode. Paragraphs, marks and anything that is not text stay as they are. Returns how many
 * runs changed.
 */
export function convertPastedRange(transaction: Transaction, from: number, to: number, encoding: LegacyEncoding): number {
  const replacements: TextReplacement[] = [];
  transaction.doc.nodesBetween(from, to, (node, position) => {
    if (!node.isText || node.text === undefined) return true;
    const start = Math.max(from, position);
    const end = Math.min(to, position + node.nodeSize);
    const original = node.text.slice(start - position, end - position);
    const converted = convertLegacy(original, encoding).text;
    if (converted !== original) replacements.push({ from: start, to: end, text: converted, marks: node.marks });
    return false;
  });
  // From the end backwards, so that earlier positions stay valid.
  for (const replacement of replacements.reverse()) {
    if (replacement.text === '') transaction.delete(replacement.from, replacement.to);
    else transaction.replaceWith(replacement.from, replacement.to, transaction.doc.type.schema.text(replacement.text, replacement.marks));
  }
  return replacements.length;
}

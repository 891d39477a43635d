import type { ArticleFields } from '../../shared/model/article';
import type { DocNode } from '../../shared/model/document';
import { toNfc } from '../../shared/text/normalize';

/** The same document with every text run and every string attribute in NFC. */
export function normalizeDocument(node: DocNode): DocNode {
  const normalized: DocNode = { type: node.type };
  if (node.attrs !== undefined) normalized.attrs = normalizeAttributes(node.attrs);
  if (node.marks !== undefined) {
    normalized.marks = node.marks.map((mark) => (mark.attrs === undefined ? { type: mark.type } : { type: mark.type, attrs: normalizeAttributes(mark.attrs) }));
  }
  if (node.text !== undefined) normalized.text = toNfc(node.text);
  if (node.content !== undefined) normalized.content = node.content.map(normalizeDocument);
  return normalized;
}

function normalizeAttributes(attrs: Record<string, unknown>): Record<string, unknown> {
  const normalized: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(attrs)) normalized[name] = typeof value === 'string' ? toNfc(value) : value;
  return normalized;
}

/** Article fields as they are sent to the backend: all text in NFC. */
export function normalizeArticleFields(fields: ArticleFields): ArticleFields {
  const normalized: ArticleFields = { ...fields };
  if (fields.headline !== undefined) normalized.headline = toNfc(fields.headline);
  if (fields.sapo !== undefined) normalized.sapo = toNfc(fields.sapo);
  if (fields.sourcePrefix !== undefined) normalized.sourcePrefix = toNfc(fields.sourcePrefix);
  if (fields.body !== undefined) normalized.body = normalizeDocument(fields.body);
  return normalized;
}

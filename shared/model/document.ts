import { z } from '../api/zod';
import { documentIssues } from './document-issues';

/** A mark on a text run, as ProseMirror serialises it. */
export interface DocMark {
  type: string;
  attrs?: Record<string, unknown>;
}

/** A node of an article body, as ProseMirror serialises it (`doc.toJSON()`). */
export interface DocNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: DocNode[];
  marks?: DocMark[];
  text?: string;
}

/**
 * An article body: a ProseMirror `doc`. The shape is checked here, in one pass
 * (`documentIssues`); the backend additionally checks it against the article schema
 * (`shared/schema/`), which knows the allowed node types.
 */
export const articleBodySchema: z.ZodType<DocNode> = z.custom<DocNode>().superRefine((body, context) => {
  for (const issue of documentIssues(body)) context.addIssue(issue);
});

/** Whether a body holds no text (white space aside) and no figure: an untouched draft's. */
export function isBlankBody(node: DocNode): boolean {
  if (node.type === 'figure') return false;
  if (node.text !== undefined && node.text.trim() !== '') return false;
  return (node.content ?? []).every(isBlankBody);
}

export function emptyDocument(): DocNode {
  return { type: 'doc', content: [{ type: 'paragraph' }] };
}

import { limits } from '../../../../shared/api/limits';
import { z } from '../../../../shared/api/zod';
import type { DocMark, DocNode } from '../../../../shared/model/document';

const attributeValue = z.union([z.string().max(limits.attributeText), z.number(), z.boolean(), z.null()]);
const attributeName = z
  .string()
  .max(64)
  .refine((name) => !['__proto__', 'constructor', 'prototype'].includes(name), { message: 'is not an allowed attribute name' });
const hasOwnPrototypeKey = (value: unknown) =>
  typeof value === 'object' && value !== null && Object.prototype.hasOwnProperty.call(value, '__proto__');
const attributes = z.preprocess((value, context) => {
  if (hasOwnPrototypeKey(value)) {
    context.addIssue({ code: 'custom', message: 'is not an allowed attribute name', path: ['__proto__'], input: value });
  }
  return value;
}, z.record(attributeName, attributeValue));

const docMark: z.ZodType<DocMark> = z.strictObject({
  type: z.string().min(1).max(64),
  attrs: attributes.optional(),
});

const docNodeSchema: z.ZodType<DocNode> = z.lazy(() =>
  z.strictObject({
    type: z.string().min(1).max(64),
    attrs: attributes.optional(),
    content: z.array(docNodeSchema).max(limits.bodyNodes).optional(),
    marks: z.array(docMark).max(16).optional(),
    text: z.string().max(limits.bodyText).optional(),
  }),
);

/**
 * The recursive zod schema of an article body that `documentIssues` (shared/model/document-issues.ts)
 * replaced, kept as it was to check that the replacement reports the same issues.
 */
export const recursiveBodySchema = docNodeSchema.superRefine((node, context) => {
  if (node.type !== 'doc') {
    context.addIssue({ code: 'custom', message: 'the body must be a "doc" node' });
    return;
  }
  let count = 0;
  let textLength = 0;
  const stack: Array<{ node: DocNode; depth: number }> = [{ node, depth: 0 }];
  while (stack.length > 0) {
    const { node: current, depth } = stack.pop()!;
    count += 1;
    textLength += current.text?.length ?? 0;
    if (depth > limits.bodyDepth) {
      context.addIssue({ code: 'custom', message: `the body is nested deeper than ${limits.bodyDepth} levels` });
      return;
    }
    for (const child of current.content ?? []) stack.push({ node: child, depth: depth + 1 });
  }
  if (count > limits.bodyNodes) {
    context.addIssue({ code: 'custom', message: `the body has more than ${limits.bodyNodes} nodes` });
  }
  if (textLength > limits.bodyText) {
    context.addIssue({ code: 'custom', message: `the body has more than ${limits.bodyText} characters of text` });
  }
});

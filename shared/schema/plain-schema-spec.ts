import type { MarkSpec, NodeSpec, Schema } from '@tiptap/pm/model';

/**
 * What a ProseMirror schema says about documents, without its DOM parts: each node's and mark's
 * content expression, groups, attributes with their defaults and the like, in the schema's order.
 * `new Schema(spec)` from it reads, checks and writes JSON documents exactly as the schema it was
 * taken from; it cannot parse or render DOM.
 */
export interface PlainSchemaSpec {
  topNode: string;
  nodes: Record<string, NodeSpec>;
  marks: Record<string, MarkSpec>;
}

/** The spec fields that parse or render DOM or text (functions, or rules holding them). */
const domFields = new Set(['parseDOM', 'toDOM', 'toText', 'leafText']);

function plainValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(plainValue);
  if (value === null || typeof value !== 'object') return value;
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    if (typeof item === 'function' || item === undefined || domFields.has(key)) continue;
    copy[key] = plainValue(item);
  }
  return copy;
}

/** The plain spec of `schema` (see PlainSchemaSpec). */
export function plainSchemaSpec(schema: Schema): PlainSchemaSpec {
  const nodes: Record<string, NodeSpec> = {};
  const marks: Record<string, MarkSpec> = {};
  schema.spec.nodes.forEach((name, spec) => {
    nodes[name] = plainValue(spec) as NodeSpec;
  });
  schema.spec.marks.forEach((name, spec) => {
    marks[name] = plainValue(spec) as MarkSpec;
  });
  return { topNode: schema.spec.topNode ?? 'doc', nodes, marks };
}

import { Schema } from '@tiptap/pm/model';
import { articleSchemaSpec } from './article-schema-spec';

let cachedSchema: Schema | undefined;

/**
 * The article body's schema built from its plain spec (article-schema-spec.ts, generated from
 * `articleExtensions()`): it reads, checks and writes JSON bodies exactly as `articleSchema()`
 * does, but needs ProseMirror's model alone, not TipTap and the editor's view. The backend's main
 * thread uses it, so that a command such as `newsdesk list` does not load the editor's code
 * (about 20 ms of every start).
 */
export function articleModelSchema(): Schema {
  cachedSchema ??= new Schema(articleSchemaSpec);
  return cachedSchema;
}

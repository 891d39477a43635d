import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { articleSchema } from '../../../../shared/schema/article-extensions';
import { articleModelSchema } from '../../../../shared/schema/article-model-schema';
import { articleSchemaSpecSource } from '../../../support/article-schema-spec-source';

const specFile = fileURLToPath(new URL('../../../../shared/schema/article-schema-spec.ts', import.meta.url));

/** A body with every node and mark of the schema. */
const everyKind = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Hội nghị' }] },
    {
      type: 'paragraph',
      content: [
        { type: 'text', marks: [{ type: 'bold' }, { type: 'italic' }], text: 'Đảng ủy' },
        { type: 'hardBreak' },
        { type: 'text', marks: [{ type: 'link', attrs: { href: 'https://example.vn/' } }, { type: 'underline' }], text: 'liên kết' },
      ],
    },
    { type: 'blockquote', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Trích dẫn.' }] }] },
    { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Một' }] }, { type: 'orderedList', content: [{ type: 'listItem', content: [{ type: 'paragraph' }] }] }] }] },
    { type: 'horizontalRule' },
    { type: 'figure', attrs: { mediaHash: 'a'.repeat(64), caption: 'Ảnh', credit: 'Ảnh: Minh An', alt: 'Hội trường', width: 800, height: 600 } },
    {
      type: 'table',
      content: [
        { type: 'tableRow', content: [{ type: 'tableHeader', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Năm' }] }] }, { type: 'tableHeader', content: [{ type: 'paragraph' }] }] },
        { type: 'tableRow', content: [{ type: 'tableCell', attrs: { colspan: 2 }, content: [{ type: 'paragraph', content: [{ type: 'text', text: '2024' }] }] }] },
      ],
    },
  ],
};

const checked = (schema: ReturnType<typeof articleModelSchema>, json: unknown) => {
  try {
    const node = schema.nodeFromJSON(json);
    node.check();
    return { json: node.toJSON() as unknown };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
};

describe('the article schema as data (article-schema-spec.ts) and articleModelSchema', () => {
  it('is generated from the TipTap extensions as they are now', () => {
    // After changing the extensions: npx tsx test/support/write-article-schema-spec.ts
    expect(fs.readFileSync(specFile, 'utf8')).toBe(articleSchemaSpecSource());
  });

  it('has the nodes, marks and order of articleSchema()', () => {
    const model = articleModelSchema();
    const full = articleSchema();
    expect(Object.keys(model.nodes)).toEqual(Object.keys(full.nodes));
    expect(Object.keys(model.marks)).toEqual(Object.keys(full.marks));
    expect(model.topNodeType.name).toBe(full.topNodeType.name);
    for (const name of Object.keys(full.nodes)) expect(model.nodes[name]!.spec.content, name).toBe(full.nodes[name]!.spec.content);
  });

  it.each([
    ['a body with every node and mark', everyKind],
    ['default attributes filled in', { type: 'doc', content: [{ type: 'heading', content: [{ type: 'text', text: 'x' }] }, { type: 'table', content: [{ type: 'tableRow', content: [{ type: 'tableCell', content: [{ type: 'paragraph' }] }] }] }] }],
    ['a paragraph holding a block', { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'paragraph' }] }] }],
    ['an empty doc', { type: 'doc', content: [] }],
    ['an unknown node', { type: 'doc', content: [{ type: 'video' }] }],
    ['an unknown mark', { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', marks: [{ type: 'strike' }], text: 'x' }] }] }],
    ['a heading level as text', { type: 'doc', content: [{ type: 'heading', attrs: { level: '2' }, content: [{ type: 'text', text: 'x' }] }] }],
  ])('reads, checks and writes %s as articleSchema() does', (_name, json) => {
    expect(checked(articleModelSchema(), json)).toEqual(checked(articleSchema(), json));
  });
});

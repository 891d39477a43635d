// @vitest-environment jsdom
import { Editor } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import { articleExtensions, articleSchema } from '../../../../shared/schema/article-extensions';

describe('articleSchema', () => {
  it('has exactly the nodes and marks of an article body', () => {
    const schema = articleSchema();
    expect(Object.keys(schema.nodes).sort()).toEqual(['blockquote', 'bulletList', 'doc', 'figure', 'hardBreak', 'heading', 'horizontalRule', 'listItem', 'orderedList', 'paragraph', 'table', 'tableCell', 'tableHeader', 'tableRow', 'text']);
    expect(Object.keys(schema.marks).sort()).toEqual(['bold', 'italic', 'link', 'underline']);
    expect(schema.nodes.figure!.spec.atom).toBe(true);
    expect(Object.keys(schema.nodes.figure!.spec.attrs ?? {})).toEqual(['hash', 'caption', 'credit', 'alt', 'featured']);
    expect(schema.nodes.figure!.spec.attrs?.featured?.default).toBe(false);
  });

  it('is built once', () => {
    expect(articleSchema()).toBe(articleSchema());
  });

  it('works in Node without a DOM: a figure round-trips through JSON', () => {
    const json = { type: 'doc', content: [{ type: 'figure', attrs: { hash: 'c'.repeat(64), caption: 'Chú thích', credit: 'Ảnh: X', alt: 'Mô tả', featured: true } }] };
    expect(articleSchema().nodeFromJSON(json).toJSON()).toEqual(json);
  });

  it('drives a headless editor whose link extension refuses script addresses', () => {
    const editor = new Editor({ extensions: articleExtensions(), content: '<p>xin chào</p>' });
    try {
      editor.commands.selectAll();
      expect(editor.commands.setLink({ href: 'javascript:alert(1)' })).toBe(false);
      expect(editor.commands.setLink({ href: 'https://thanhuytphcm.vn' })).toBe(true);
      expect(JSON.stringify(editor.getJSON())).toContain('https://thanhuytphcm.vn');
    } finally {
      editor.destroy();
    }
  });
});

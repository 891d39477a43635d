import { describe, expect, it } from 'vitest';
import { articleBodySchema, emptyDocument, isBlankBody } from '../../../../shared/model/document';
import { articleSchema } from '../../../../shared/schema/article-extensions';

describe('articleBodySchema', () => {
  it('accepts the empty document, which the article schema also accepts', () => {
    expect(articleBodySchema.safeParse(emptyDocument()).success).toBe(true);
    expect(() => articleSchema().nodeFromJSON(emptyDocument()).check()).not.toThrow();
  });

  it('gives a new empty document each time', () => {
    const first = emptyDocument();
    first.content?.push({ type: 'paragraph' });
    expect(emptyDocument().content).toHaveLength(1);
  });

  // Regression: z.record skipped an own "__proto__" attribute (as JSON.parse builds it) instead of refusing it.
  it('refuses a __proto__ attribute built by JSON.parse', () => {
    const result = articleBodySchema.safeParse(JSON.parse('{"type": "doc", "content": [{"type": "paragraph", "attrs": {"__proto__": "x"}}]}'));
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues[0]?.path).toEqual(['content', 0, 'attrs', '__proto__']);
  });

  it('refuses attribute values that are objects or over-long text', () => {
    expect(articleBodySchema.safeParse({ type: 'doc', content: [{ type: 'figure', attrs: { alt: ['x'] } }] }).success).toBe(false);
    expect(articleBodySchema.safeParse({ type: 'doc', content: [{ type: 'figure', attrs: { alt: 'x'.repeat(10_001) } }] }).success).toBe(false);
  });
});

describe('isBlankBody', () => {
  it('is true for a body of empty or white-space paragraphs only, false with any text or figure', () => {
    expect(isBlankBody(emptyDocument())).toBe(true);
    expect(isBlankBody({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: ' \u00a0 ' }] }, { type: 'paragraph' }] })).toBe(true);
    expect(isBlankBody({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'a' }] }] })).toBe(false);
    expect(isBlankBody({ type: 'doc', content: [{ type: 'figure', attrs: { hash: '' } }] })).toBe(false);
  });
});

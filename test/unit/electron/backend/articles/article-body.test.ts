import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../../../shared/api/errors';
import type { DocNode } from '../../../../../shared/model/document';
import { jsonPartLength } from '../../../../../shared/api/json-parts';
import { type PreparedBlocks, prepareArticleBody, withoutDisallowedLinks } from '../../../../../electron/backend/articles/article-body';

const text = (value: string, marks?: DocNode['marks']): DocNode => ({ type: 'text', text: value, ...(marks ? { marks } : {}) });

function errorOf(work: () => unknown): ApiError {
  try {
    work();
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected an ApiError');
}

describe('prepareArticleBody', () => {
  it('returns the body as the schema serialises it, its JSON and its plain text', () => {
    const prepared = prepareArticleBody(
      {
        type: 'doc',
        content: [
          { type: 'heading', attrs: { level: 2 }, content: [text('Tiêu đề phụ')] },
          { type: 'paragraph', content: [text('Dòng một'), { type: 'hardBreak' }, text('dòng hai', [{ type: 'italic' }])] },
          { type: 'figure', attrs: { hash: 'a'.repeat(64), caption: 'Quang cảnh hội nghị', credit: 'Ảnh: Minh Châu' } },
          { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [text('mục')] }] }] },
        ],
      },
      'fields.body',
    );
    expect(prepared.body.content?.[2]).toEqual({ type: 'figure', attrs: { hash: 'a'.repeat(64), caption: 'Quang cảnh hội nghị', credit: 'Ảnh: Minh Châu', alt: '', featured: false } });
    expect(JSON.parse(prepared.json)).toEqual(prepared.body);
    expect(prepared.plainText()).toBe('Tiêu đề phụ\nDòng một\ndòng hai\nQuang cảnh hội nghị Ảnh: Minh Châu\nmục');
  });

  it('drops attributes the schema does not know', () => {
    const prepared = prepareArticleBody({ type: 'doc', content: [{ type: 'paragraph', attrs: { onclick: 'alert(1)' }, content: [text('a')] }] }, 'fields.body');
    expect(prepared.body.content?.[0]).toEqual({ type: 'paragraph', content: [text('a')] });
  });

  it('refuses content the schema does not allow, at the given place', () => {
    const error = errorOf(() => prepareArticleBody({ type: 'doc', content: [{ type: 'image', attrs: { src: 'x' } }] }, 'fields.body'));
    expect(error).toMatchObject({ code: 'invalid_argument', where: 'fields.body', reason: 'article-body-invalid' });
    expect(error.message).toContain('image');
    expect(errorOf(() => prepareArticleBody({ type: 'doc', content: [{ type: 'paragraph', content: [text('a', [{ type: 'strike' }])] }] }, 'body')).where).toBe('body');
    expect(errorOf(() => prepareArticleBody({ type: 'doc', content: [{ type: 'bulletList', content: [{ type: 'paragraph' }] }] }, 'body')).code).toBe('invalid_argument');
  });

  it('checks the attribute values the schema lets through', () => {
    const figure = (attrs: Record<string, unknown>): DocNode => ({ type: 'doc', content: [{ type: 'blockquote', content: [{ type: 'paragraph' }] }, { type: 'figure', attrs }] });
    expect(errorOf(() => prepareArticleBody(figure({ hash: 'A'.repeat(64) }), 'b')).where).toBe('b.content.1.attrs.hash');
    expect(errorOf(() => prepareArticleBody(figure({ caption: 12 }), 'b')).where).toBe('b.content.1.attrs.caption');
    const notBoolean = errorOf(() => prepareArticleBody(figure({ hash: '', featured: 'yes' }), 'b'));
    expect([notBoolean.reason, notBoolean.where]).toEqual(['figure-attribute-not-boolean', 'b.content.1.attrs.featured']);
    expect(prepareArticleBody(figure({ hash: '', featured: true }), 'b').body.content?.[1]?.attrs?.featured).toBe(true);
    expect(prepareArticleBody(figure({ hash: '' }), 'b').plainText()).toBe('');
    const list = { type: 'doc', content: [{ type: 'orderedList', attrs: { start: -1 }, content: [{ type: 'listItem', content: [{ type: 'paragraph' }] }] }] };
    expect(errorOf(() => prepareArticleBody(list, 'b')).where).toBe('b.content.0.attrs.start');
    const deepHeading = { type: 'doc', content: [{ type: 'blockquote', content: [{ type: 'heading', attrs: { level: 5 }, content: [text('x')] }] }] };
    expect(errorOf(() => prepareArticleBody(deepHeading, 'b')).where).toBe('b.content.0.content.0.attrs.level');
  });

  it('keeps tables, checks their cell spans, and gives each cell its own line', () => {
    const cell = (type: string, value: string, attrs?: Record<string, unknown>): DocNode => ({ type, ...(attrs ? { attrs } : {}), content: [{ type: 'paragraph', content: [text(value)] }] });
    const table = (attrs?: Record<string, unknown>): DocNode => ({
      type: 'doc',
      content: [
        {
          type: 'table',
          content: [
            { type: 'tableRow', content: [cell('tableHeader', 'Quận'), cell('tableHeader', 'Dân số')] },
            { type: 'tableRow', content: [cell('tableCell', 'Tổng số dân', attrs)] },
          ],
        },
      ],
    });
    const prepared = prepareArticleBody(table({ colspan: 2 }), 'b');
    expect(prepared.plainText()).toBe('Quận\nDân số\nTổng số dân');
    expect(prepared.wordCount).toBe(6);
    expect(prepared.body.content?.[0]?.content?.[1]?.content?.[0]?.attrs).toEqual({ colspan: 2, rowspan: 1, colwidth: null });
    const badSpan = errorOf(() => prepareArticleBody(table({ colspan: 0 }), 'b'));
    expect([badSpan.reason, badSpan.where]).toEqual(['table-span-invalid', 'b.content.0.content.1.content.0.attrs.colspan']);
    expect(errorOf(() => prepareArticleBody(table({ rowspan: 1.5 }), 'b')).where).toBe('b.content.0.content.1.content.0.attrs.rowspan');
    expect(errorOf(() => prepareArticleBody({ type: 'doc', content: [{ type: 'table', content: [{ type: 'paragraph' }] }] }, 'b')).reason).toBe('article-body-invalid');
  });
});

describe('withoutDisallowedLinks', () => {
  it('returns the same object when there is nothing to drop', () => {
    const body: DocNode = { type: 'doc', content: [{ type: 'paragraph', content: [text('a', [{ type: 'link', attrs: { href: 'https://example.vn' } }])] }] };
    expect(withoutDisallowedLinks(body)).toBe(body);
  });

  it('drops a link without an address or with a script address, keeping the text and other marks, without changing the input', () => {
    const body: DocNode = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            text('một', [{ type: 'link' }]),
            text('hai', [{ type: 'italic' }, { type: 'link', attrs: { href: ' JavaScript:alert(1)' } }]),
            text('ba', [{ type: 'link', attrs: { href: 'data:text/html,<script>alert(1)</script>' } }]),
          ],
        },
      ],
    };
    const snapshot = structuredClone(body);
    const cleaned = withoutDisallowedLinks(body);
    expect(cleaned.content?.[0]?.content).toEqual([text('một'), text('hai', [{ type: 'italic' }]), text('ba')]);
    expect(body).toEqual(snapshot);
  });
});

/** Blocks an edit may put in a body: valid ones of every kind, links without their default attributes, and invalid ones. */
const blockChoices: DocNode[] = [
  { type: 'paragraph', content: [text('Thành ủy triển khai nhiệm vụ.')] },
  { type: 'paragraph', content: [text('Hà Nội'), { type: 'hardBreak' }, text('hòa thuận', [{ type: 'bold' }])] },
  { type: 'paragraph', content: [text('xem '), text('trang', [{ type: 'link', attrs: { href: 'https://example.vn' } }])] },
  { type: 'paragraph', content: [text('bỏ', [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }])] },
  { type: 'paragraph' },
  { type: 'heading', attrs: { level: 3 }, content: [text('Tiêu đề phụ')] },
  { type: 'figure', attrs: { hash: 'b'.repeat(64), caption: 'Quang cảnh', credit: 'Ảnh: TTXVN' } },
  { type: 'blockquote', content: [{ type: 'paragraph', content: [text('trích dẫn')] }] },
  { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [text('mục')] }] }] },
  { type: 'horizontalRule' },
  { type: 'paragraph', attrs: { onclick: 'x' }, content: [text('lạ')] },
  { type: 'image', attrs: { src: 'x' } },
  { type: 'text', text: 'chữ trần' },
  { type: 'bulletList', content: [{ type: 'paragraph' }] },
];

function outcome(work: () => ReturnType<typeof prepareArticleBody>) {
  try {
    const prepared = work();
    return { body: prepared.body, json: prepared.json, wordCount: prepared.wordCount, plainText: prepared.plainText() };
  } catch (error) {
    return { error: error instanceof ApiError ? [error.code, error.reason, error.where, error.message] : String(error) };
  }
}

describe('prepareArticleBody with the blocks of the previous save', () => {
  it('gives exactly what preparing from scratch gives, over any series of edits', () => {
    const edit = fc.oneof(
      fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), block: fc.constantFrom(...blockChoices) }),
      fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), block: fc.constantFrom(...blockChoices) }),
      fc.record({ kind: fc.constant('remove' as const), at: fc.nat() }),
      fc.record({ kind: fc.constant('type' as const), at: fc.nat(), letters: fc.string({ maxLength: 5 }) }),
    );
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...blockChoices.slice(0, 10)), { minLength: 1, maxLength: 8 }), fc.array(edit, { maxLength: 12 }), (start, edits) => {
        let content = start.map((block) => structuredClone(block));
        let previous: PreparedBlocks | undefined;
        for (const step of [{ kind: 'none' as const }, ...edits]) {
          const at = 'at' in step && content.length > 0 ? step.at % content.length : 0;
          if (step.kind === 'replace') content[at] = structuredClone(step.block);
          if (step.kind === 'insert') content.splice(at, 0, structuredClone(step.block));
          if (step.kind === 'remove') content.splice(at, 1);
          if (step.kind === 'type') {
            const block = content[at];
            // The writer types into a block: its object changes in place, as a caller might do.
            if (block?.type === 'paragraph') block.content = [...(block.content ?? []), text(`${step.letters}x`)];
          }
          const body: DocNode = { type: 'doc', content };
          const fromScratch = outcome(() => prepareArticleBody(structuredClone(body), 'fields.body'));
          const reusing = outcome(() => {
            const prepared = prepareArticleBody(body, 'fields.body', previous);
            if (prepared.blocks) previous = prepared.blocks;
            return prepared;
          });
          expect(reusing).toEqual(fromScratch);
          content = [...content];
        }
      }),
      { numRuns: 150 },
    );
  });

  it('reuses the blocks that did not change', () => {
    const body: DocNode = { type: 'doc', content: blockChoices.slice(0, 10) };
    const first = prepareArticleBody(body, 'b');
    const edited: DocNode = { type: 'doc', content: [{ type: 'paragraph', content: [text('mới')] }, ...blockChoices.slice(0, 10)] };
    const second = prepareArticleBody(edited, 'b', first.blocks);
    expect(second.blocks?.blocks.slice(1)).toEqual(first.blocks?.blocks);
    expect(second.blocks?.blocks[3]).toBe(first.blocks?.blocks[2]);
    expect(second.json).toBe(JSON.stringify(second.body));
  });

  it('cuts the JSON of a long body into parts below the large-object size that join to the whole, over any series of edits', () => {
    const paragraph = (length: number, letter: string): DocNode => ({ type: 'paragraph', content: [text(`${letter}ư`.repeat(Math.max(1, length >> 1)))] });
    const edit = fc.record({ kind: fc.constantFrom('replace' as const, 'insert' as const, 'remove' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 45_000 }), letter: fc.constantFrom('a', 'b', 'c') });
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 20_000 }), { minLength: 1, maxLength: 12 }), fc.array(edit, { maxLength: 8 }), (lengths, edits) => {
        let content = lengths.map((length) => paragraph(length, 'd'));
        let previous: PreparedBlocks | undefined;
        for (const step of [undefined, ...edits]) {
          if (step) {
            const at = step.at % content.length;
            content = [...content];
            if (step.kind === 'replace') content[at] = paragraph(step.length, step.letter);
            if (step.kind === 'insert') content.splice(at, 0, paragraph(step.length, step.letter));
            if (step.kind === 'remove' && content.length > 1) content.splice(at, 1);
          }
          const prepared = prepareArticleBody({ type: 'doc', content }, 'b', previous);
          previous = prepared.blocks;
          expect(prepared.jsonParts.join('')).toBe(JSON.stringify(prepared.body));
          expect(prepared.json).toBe(JSON.stringify(prepared.body));
          const blockJsons = content.map((block) => JSON.stringify(prepareArticleBody({ type: 'doc', content: [block] }, 'b').body.content![0]));
          for (const part of prepared.jsonParts) {
            const holdsOneBlock = blockJsons.some((block) => part.includes(block) && part.length <= block.length + 30);
            expect(part.length <= jsonPartLength || holdsOneBlock).toBe(true);
          }
        }
      }),
      { numRuns: 40 },
    );
  });
});

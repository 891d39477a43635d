import { describe, expect, it } from 'vitest';
import { normalizeArticleFields, normalizeDocument } from '../../../../renderer/articles/normalize-article-fields';

const nfd = (value: string) => value.normalize('NFD');

describe('normalizeDocument', () => {
  it('puts every text run, mark attribute and node attribute in NFC, and keeps the structure', () => {
    const document = {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: nfd('Tiêu đề phụ') }] },
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: nfd('Thành ủy'), marks: [{ type: 'bold' }, { type: 'link', attrs: { href: 'https://example.vn/', title: nfd('Đảng') } }] },
            { type: 'hardBreak' },
          ],
        },
        { type: 'figure', attrs: { hash: 'a'.repeat(64), caption: nfd('Chú thích ảnh'), credit: nfd('Ảnh: Hồng Ngọc'), alt: '' } },
      ],
    };
    expect(normalizeDocument(document)).toEqual({
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Tiêu đề phụ' }] },
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Thành ủy', marks: [{ type: 'bold' }, { type: 'link', attrs: { href: 'https://example.vn/', title: 'Đảng' } }] },
            { type: 'hardBreak' },
          ],
        },
        { type: 'figure', attrs: { hash: 'a'.repeat(64), caption: 'Chú thích ảnh', credit: 'Ảnh: Hồng Ngọc', alt: '' } },
      ],
    });
  });

  it('does not change the document it was given', () => {
    const document = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: nfd('hội') }] }] };
    normalizeDocument(document);
    expect(document.content[0]!.content[0]!.text).toBe(nfd('hội'));
  });
});

describe('normalizeArticleFields', () => {
  it('normalises headline, sapo, source prefix and body, and leaves absent fields absent', () => {
    expect(normalizeArticleFields({ headline: nfd('Hội nghị'), sapo: nfd('Sáng 29/3'), sourcePrefix: nfd('(Thành ủy)'), status: 'draft' })).toEqual({
      headline: 'Hội nghị',
      sapo: 'Sáng 29/3',
      sourcePrefix: '(Thành ủy)',
      status: 'draft',
    });
    expect(normalizeArticleFields({ headline: nfd('ủy') })).toEqual({ headline: 'ủy' });
  });
});

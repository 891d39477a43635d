import { describe, expect, it } from 'vitest';
import { documentPlainText } from '../../../../shared/render/plain-text';

describe('documentPlainText', () => {
  it('writes one line per block, with hard breaks, list items, quotes and figure captions', () => {
    const text = documentPlainText({
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Tiêu đề phụ' }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'Một ' }, { type: 'text', text: 'hai', marks: [{ type: 'bold' }] }, { type: 'hardBreak' }, { type: 'text', text: 'ba' }] },
        { type: 'paragraph' },
        { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'mục 1' }] }] }, { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'mục 2' }] }] }] },
        { type: 'blockquote', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'trích dẫn' }] }] },
        { type: 'horizontalRule' },
        { type: 'figure', attrs: { hash: 'a'.repeat(64), caption: 'Quang cảnh', credit: 'Ảnh: T.L', alt: 'không đếm' } },
        { type: 'figure', attrs: { hash: 'b'.repeat(64), caption: '', credit: '' } },
      ],
    });
    expect(text).toBe('Tiêu đề phụ\nMột hai\nba\nmục 1\nmục 2\ntrích dẫn\nQuang cảnh Ảnh: T.L');
  });

  it('gives an empty string for an empty document', () => {
    expect(documentPlainText({ type: 'doc', content: [{ type: 'paragraph' }] })).toBe('');
  });
});

import { describe, expect, it } from 'vitest';
import type { DocNode } from '../../../../shared/model/document';
import { normalizeDocumentTonePlacement, normalizeTextRunsTonePlacement } from '../../../../shared/text/document-tone-placement';

describe('normalizeTextRunsTonePlacement', () => {
  it('treats the runs as one text, so a word split by marks is one word', () => {
    expect(normalizeTextRunsTonePlacement(['h', 'òa bình'], 'new')).toEqual(['h', 'oà bình']);
    expect(normalizeTextRunsTonePlacement(['ho', 'à'], 'old')).toEqual(['hò', 'a']);
    // "khoả" alone would be an open syllable; followed by "ng" it is the closed "khoảng" and stays.
    expect(normalizeTextRunsTonePlacement(['khoả', 'ng cách'], 'old')).toBeNull();
  });

  it('returns null when nothing changes, and composes decomposed runs', () => {
    expect(normalizeTextRunsTonePlacement(['Quận ', 'ủy'], 'old')).toBeNull();
    expect(normalizeTextRunsTonePlacement([], 'new')).toBeNull();
    expect(normalizeTextRunsTonePlacement(['ho\u0300', 'a'], 'new')).toEqual(['ho', 'à']);
  });
});

describe('normalizeDocumentTonePlacement', () => {
  const body: DocNode = {
    type: 'doc',
    content: [
      { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Thành ủy' }] },
      {
        type: 'bulletList',
        content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Khỏe', marks: [{ type: 'bold' }] }, { type: 'text', text: ' mạnh' }] }] }],
      },
      { type: 'paragraph', content: [{ type: 'text', text: 'quý hoàng' }, { type: 'hardBreak' }, { type: 'text', text: 'hòa' }] },
      { type: 'figure', attrs: { hash: '', caption: 'Đội thủy lợi', credit: 'Thủy Tiên', alt: 'Ủy ban' } },
      { type: 'paragraph', content: [{ type: 'text', text: 'Không đổi.', marks: [{ type: 'link', attrs: { href: 'https://hoà.vn/thủy' } }] }] },
    ],
  };

  it('converts every text block and figure text, keeping marks, attributes and unchanged nodes', () => {
    const converted = normalizeDocumentTonePlacement(body, 'new');
    expect(converted).toEqual({
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Thành uỷ' }] },
        {
          type: 'bulletList',
          content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Khoẻ', marks: [{ type: 'bold' }] }, { type: 'text', text: ' mạnh' }] }] }],
        },
        { type: 'paragraph', content: [{ type: 'text', text: 'quý hoàng' }, { type: 'hardBreak' }, { type: 'text', text: 'hoà' }] },
        { type: 'figure', attrs: { hash: '', caption: 'Đội thuỷ lợi', credit: 'Thuỷ Tiên', alt: 'Uỷ ban' } },
        body.content![4],
      ],
    });
    expect(converted.content![4]).toBe(body.content![4]);
  });

  it('returns the same body when it is already in the style', () => {
    expect(normalizeDocumentTonePlacement(body, 'old')).toBe(body);
    const converted = normalizeDocumentTonePlacement(body, 'new');
    expect(normalizeDocumentTonePlacement(converted, 'new')).toBe(converted);
    expect(normalizeDocumentTonePlacement(converted, 'old')).toEqual(body);
  });
});

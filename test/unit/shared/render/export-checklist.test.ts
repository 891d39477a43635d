import { describe, expect, it } from 'vitest';
import type { DocNode } from '../../../../shared/model/document';
import { noBylines } from '../../../../shared/model/byline';
import { exportChecklist } from '../../../../shared/render/export-checklist';

const complete = {
  headline: 'Quận ủy Quận 3 tổng kết',
  sapo: 'Chiều 3/6, hội nghị diễn ra.',
  body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Nội dung.' }] }] } as DocNode,
  bylines: { authors: [], team: true, source: '' },
  date: '2024-03-29',
};

describe('exportChecklist', () => {
  it('finds nothing in a complete article', () => {
    expect(exportChecklist(complete)).toEqual([]);
  });

  it('warns about a missing headline, sapo, byline and date', () => {
    expect(exportChecklist({ ...complete, headline: ' ', sapo: '', bylines: noBylines, date: null }).map((warning) => warning.code)).toEqual([
      'missing-headline',
      'missing-sapo',
      'missing-byline',
      'missing-date',
    ]);
  });

  it('numbers figures without image, caption or alt text in reading order', () => {
    const figure = (attrs: Record<string, unknown>): DocNode => ({ type: 'figure', attrs: { hash: 'a'.repeat(64), caption: 'Chú thích', credit: '', alt: 'Ảnh', featured: false, ...attrs } });
    const body: DocNode = { type: 'doc', content: [figure({}), figure({ caption: '' }), { type: 'blockquote', content: [figure({ alt: ' ', hash: '' })] }] };
    expect(exportChecklist({ ...complete, body })).toEqual([
      { code: 'figure-without-caption', figure: 2 },
      { code: 'figure-without-image', figure: 3 },
      { code: 'figure-without-alt', figure: 3 },
    ]);
  });

  it('finds TK and XXX placeholders as whole words, and links that are not http(s)', () => {
    const body: DocNode = {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'Số liệu TK, XXXX người; TKB và XXI không phải.' }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'thư', marks: [{ type: 'link', attrs: { href: 'mailto:a@b.vn' } }] }, { type: 'text', text: 'web', marks: [{ type: 'link', attrs: { href: 'https://a.vn' } }] }] },
      ],
    };
    expect(exportChecklist({ ...complete, headline: 'Tin XXX', body })).toEqual([
      { code: 'placeholder', text: 'XXX', field: 'headline' },
      { code: 'placeholder', text: 'TK', field: 'body' },
      { code: 'placeholder', text: 'XXXX', field: 'body' },
      { code: 'link-not-web', text: 'mailto:a@b.vn' },
    ]);
  });
});

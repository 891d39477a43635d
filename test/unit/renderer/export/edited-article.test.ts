import { describe, expect, it } from 'vitest';
import { renderArticleFragment } from '../../../../shared/render/article-html';
import { editedRenderInput } from '../../../../renderer/export/edited-article';
import { figureHashes } from '../../../../renderer/export/figure-hashes';

const hashA = 'a'.repeat(64);
const hashB = 'b'.repeat(64);
const figure = (hash: string) => ({ type: 'figure', attrs: { hash, caption: '', credit: '', alt: '', featured: false } });

const body = {
  type: 'doc',
  content: [
    figure(hashA),
    { type: 'blockquote', content: [figure(hashB)] },
    figure(hashA),
    figure(''),
    { type: 'paragraph', content: [{ type: 'text', text: 'Nội dung đang gõ.' }] },
  ],
};

describe('the article as edited', () => {
  it('lists each figure image once, in reading order', () => {
    expect(figureHashes(body)).toEqual([hashA, hashB]);
  });

  it('renders the form and the editor as they are now, not the stored article', () => {
    const input = editedRenderInput(
      {
        stored: { id: 7, createdAt: '2024-03-29T01:00:00.000Z', updatedAt: '2024-03-29T02:00:00.000Z' },
        fields: {
          headline: 'Tiêu đề mới',
          sourcePrefix: '(Thanhuytphcm.vn)',
          sapo: 'Sapo mới.',
          status: 'draft',
          bylines: { authors: [{ authorId: 1, role: 'writer', name: 'Hồng Ngọc', penName: null }], team: false, source: '' },
          categoryId: 3,
          date: '2024-03-29',
          datelinePlace: 'TP.HCM',
          tags: ['hội nghị'],
          related: [],
        },
        body,
      },
      'Thời sự',
      () => null,
    );
    expect(input.article).toMatchObject({ id: 7, headline: 'Tiêu đề mới', sapo: 'Sapo mới.', date: '2024-03-29', tags: ['hội nghị'] });
    expect(input.categoryName).toBe('Thời sự');
    const fragment = renderArticleFragment(input);
    expect(fragment).toContain('Nội dung đang gõ.');
    expect(fragment).toContain('Hồng Ngọc');
  });
});

import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { renderArticleDocument, renderArticleFragment, renderArticleFragmentText } from '../../../../shared/render/article-html';
import { jsonForScript } from '../../../../shared/render/html-escape';
import type { ArticleRenderInput } from '../../../../shared/render/render-input';

const hash = 'c'.repeat(64);

function input(changes: Partial<ArticleRenderInput['article']> = {}, extra: Partial<ArticleRenderInput> = {}): ArticleRenderInput {
  return {
    article: {
      id: 7,
      headline: 'Quận 3 tổng kết công tác dân vận',
      sapo: 'Sáng 1/4, Quận ủy Quận 3 tổng kết.',
      sourcePrefix: '(Thanhuytphcm.vn)',
      body: {
        type: 'doc',
        content: [
          { type: 'paragraph', content: [{ type: 'text', text: 'Đoạn một.' }] },
          { type: 'figure', attrs: { hash, caption: 'Hội nghị', credit: 'Quang Huy', alt: 'Hội trường', featured: true } },
          { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Ý một' }] }] }] },
        ],
      },
      bylines: {
        authors: [
          { authorId: 1, role: 'writer', name: 'Nguyễn Hồng Ngọc', penName: 'Hồng Ngọc' },
          { authorId: 2, role: 'photographer', name: 'Quang Huy', penName: null },
        ],
        team: false,
        source: '',
      },
      date: '2024-04-01',
      datelinePlace: 'TP.HCM',
      tags: ['dân vận'],
      related: [{ id: 3, headline: 'Tin liên quan' }],
      createdAt: '2024-04-01T02:15:00.000Z',
      updatedAt: '2024-04-02T10:00:00.000Z',
      ...changes,
    },
    categoryName: 'Xây dựng Đảng',
    image: (wanted) => (wanted === hash ? { src: 'images/1-cccc.jpg', width: 1600, height: 900 } : null),
    ...extra,
  };
}

const parse = (html: string) => new JSDOM(html).window.document;

describe('renderArticleDocument', () => {
  it('gives the same bytes for the same article, whatever the order of its keys', () => {
    const first = input();
    const shuffled: ArticleRenderInput = { ...first, article: Object.fromEntries(Object.entries(first.article).reverse()) as ArticleRenderInput['article'] };
    expect(renderArticleDocument(shuffled)).toBe(renderArticleDocument(first));
  });

  it('dates the header and metadata in Vietnam time: the date at the time it was created that day', () => {
    const document = parse(renderArticleDocument(input()));
    expect(document.querySelector('header .dateline')?.textContent).toBe('TP.HCM - Thứ Hai, ngày 1 tháng 4 năm 2024');
    expect(document.querySelector('header time')?.getAttribute('datetime')).toBe('2024-04-01T09:15:00+07:00');
    expect(document.querySelector('meta[property="article:modified_time"]')?.getAttribute('content')).toBe('2024-04-02T17:00:00+07:00');
    const other = parse(renderArticleDocument(input({ date: '2024-03-29' })));
    expect(other.querySelector('header time')?.getAttribute('datetime')).toBe('2024-03-29T00:00:00+07:00');
    const undated = parse(renderArticleDocument(input({ date: null, datelinePlace: '' })));
    expect(undated.querySelector('header .dateline')?.textContent).toBe('Thứ Hai, ngày 1 tháng 4 năm 2024');
  });

  it('writes the lead as "<prefix> - <sapo>", once, whatever the prefix ends with', () => {
    const lead = (sourcePrefix: string, sapo = 'Sáng 1/4, hội nghị.') => parse(renderArticleDocument(input({ sourcePrefix, sapo }))).querySelector('.sapo strong')?.textContent;
    expect(lead('(Thanhuytphcm.vn)')).toBe('(Thanhuytphcm.vn) - Sáng 1/4, hội nghị.');
    expect(lead('(Thanhuytphcm.vn) - ')).toBe('(Thanhuytphcm.vn) - Sáng 1/4, hội nghị.');
    expect(lead('(Thanhuytphcm.vn)', '(Thanhuytphcm.vn) - Sáng 1/4, hội nghị.')).toBe('(Thanhuytphcm.vn) - Sáng 1/4, hội nghị.');
    expect(lead('')).toBe('Sáng 1/4, hội nghị.');
    expect(parse(renderArticleDocument(input({ sapo: '' }))).querySelector('.sapo')).toBeNull();
  });

  it('never writes an empty title or h1', () => {
    const document = parse(renderArticleDocument(input({ headline: '  ' })));
    expect(document.title).toBe('(Chưa có tiêu đề)');
    expect(document.querySelector('h1')?.textContent).toBe('(Chưa có tiêu đề)');
  });

  it('ends with the byline, "Tin khác" and, when given, the approved reader comments', () => {
    const withComments = input({}, {
      relatedHref: (related) => `bai-${related.id}.html`,
      comments: { total: 12, items: [{ author: 'Minh', createdAt: '2024-04-01T05:00:00Z', body: 'Rất hay.\nCảm ơn.' }] },
    });
    const article = parse(renderArticleDocument(withComments)).querySelector('article')!;
    const tail = [...article.children].slice(-3).map((element) => element.outerHTML.split('\n')[0]);
    expect(tail).toEqual(['<p class="byline">Hồng Ngọc - Ảnh: Quang Huy</p>', '<aside class="related">', '<section class="comments">']);
    expect(article.querySelector('.related a')?.getAttribute('href')).toBe('bai-3.html');
    expect(article.querySelector('.comments h2')?.textContent).toBe('Ý kiến bạn đọc');
    expect(article.querySelector('.comments > p')?.textContent).toBe('Tổng lượt bình luận: 12');
    expect(article.querySelector('.comments li')?.textContent).toBe('\nMinh 1/4/2024 12:00\nRất hay.Cảm ơn.\n');
    expect(parse(renderArticleDocument(input({}, { comments: { total: 0, items: [] } }))).querySelector('.comments')).toBeNull();
    expect(parse(renderArticleDocument(input({ related: [] }))).querySelector('.related')).toBeNull();
  });

  it('names the featured image in Open Graph and JSON-LD, but never repeats an embedded image there', () => {
    const document = parse(renderArticleDocument(input()));
    expect(document.querySelector('meta[property="og:image"]')?.getAttribute('content')).toBe('images/1-cccc.jpg');
    const embedded = parse(renderArticleDocument(input({}, { image: () => ({ src: 'data:image/png;base64,AAAA', width: 1, height: 1 }) })));
    expect(embedded.querySelector('meta[property="og:image"]')).toBeNull();
    const record = JSON.parse(embedded.querySelector('script')!.textContent!) as { image: Array<Record<string, unknown>> };
    expect(record.image).toEqual([{ '@type': 'ImageObject', width: 1, height: 1, caption: 'Hội nghị', creditText: 'Ảnh: Quang Huy' }]);
  });
});

describe('renderArticleFragment', () => {
  it('is the body and the byline, without html, head or header', () => {
    const fragment = renderArticleFragment(input());
    expect(fragment.startsWith('<p>Đoạn một.</p>\n<figure>')).toBe(true);
    expect(fragment.endsWith('<p class="byline">Hồng Ngọc - Ảnh: Quang Huy</p>\n')).toBe(true);
    expect(fragment).not.toMatch(/<html|<head|<h1|<script|<style|<meta/);
    expect(renderArticleFragmentText(input())).toBe('Đoạn một.\n\nHội nghị Ảnh: Quang Huy\n\n- Ý một\n\nHồng Ngọc - Ảnh: Quang Huy\n');
  });
});

describe('jsonForScript', () => {
  it('writes any text so that it parses back and cannot close the script', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.string(), (a, b) => {
        const written = jsonForScript({ a, b: `</script>${b}<!--` });
        expect(written).not.toMatch(/[<>&\u2028\u2029]/);
        expect(JSON.parse(written)).toEqual({ a, b: `</script>${b}<!--` });
      }),
    );
  });
});

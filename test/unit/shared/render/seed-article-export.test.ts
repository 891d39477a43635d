import fs from 'node:fs';
import { JSDOM } from 'jsdom';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import type { DocNode } from '../../../../shared/model/document';
import { renderArticleDocument } from '../../../../shared/render/article-html';
import type { RenderedImage } from '../../../../shared/render/render-input';
import { backendFixture, call } from '../../electron/backend/backend-fixture';

const seedFile = fs.readFileSync(new URL('../../../fixtures/import/seed-article.txt', import.meta.url));

describe('the imported seed article, exported', () => {
  const fixture = backendFixture();

  it('has the portal structure: dated header, one h1, bold lead with the source prefix, figure, byline, metadata, no page chrome', async () => {
    const backend = fixture.open({ now: () => new Date('2024-03-29T07:30:00.000Z') });
    const { articles } = await call(backend, 'import.files', { files: [{ name: 'seed-article.txt', data: seedFile.toString('base64') }] });
    const imported = await call(backend, 'articles.get', { id: articles[0]!.id });

    // The copied page has the caption but not the photo: give the figure one, as an editor would.
    const photo = await sharp({ create: { width: 1200, height: 800, channels: 3, background: '#4a6' } }).jpeg().toBuffer();
    const media = await call(backend, 'media.put', { data: photo.toString('base64'), fileName: 'hoi-nghi.jpg' });
    const [author] = await Promise.all([call(backend, 'authors.create', { name: 'Nguyễn Hồng Ngọc', penName: 'Hồng Ngọc', role: 'reporter' })]);
    const body = structuredClone(imported.body);
    const figure = findFigure(body)!;
    figure.attrs = { ...figure.attrs, hash: media.hash, credit: 'Quang Huy', alt: 'Phó Bí thư Nguyễn Thành Nam phát biểu tại hội nghị' };
    await call(backend, 'articles.save', {
      id: imported.id,
      expectedVersion: imported.version,
      kind: 'explicit',
      fields: { body, bylines: { authors: [{ authorId: author.id, role: 'writer' }], team: false, source: '' }, tags: ['Quận 3', 'hội quần chúng'] },
    });
    const article = await call(backend, 'articles.get', { id: imported.id });

    const images = new Map<string, RenderedImage>([[media.hash, { src: `data:${media.mime};base64,${photo.toString('base64')}`, width: media.width, height: media.height }]]);
    const html = renderArticleDocument({ article, categoryName: null, image: (hash) => images.get(hash) ?? null });
    const document = new JSDOM(html).window.document;

    expect(html.startsWith('<!doctype html>\n<html lang="vi">')).toBe(true);
    expect(document.querySelector('meta[charset]')?.getAttribute('charset')).toBe('utf-8');
    expect(document.title).toBe('Cần đầu tư, quan tâm hơn nữa để hỗ trợ các hội quần chúng hoạt động tốt hơn tại địa phương');
    expect(document.querySelector('meta[name="description"]')?.getAttribute('content')).toBe(article.sapo);
    expect(document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toContain("script-src 'none'");
    expect(document.querySelectorAll('style')).toHaveLength(1);
    expect(document.querySelectorAll('link, [src^="http"], [href^="http"]')).toHaveLength(0);

    const articleElement = document.querySelector('body > article')!;
    const time = articleElement.querySelector('header time')!;
    expect(time.textContent).toBe('Thứ Sáu, ngày 29 tháng 3 năm 2024');
    expect(time.getAttribute('datetime')).toMatch(/^2024-03-29T\d\d:\d\d:\d\d\+07:00$/);
    expect(document.querySelectorAll('h1')).toHaveLength(1);
    expect(articleElement.querySelector('header h1')?.textContent).toBe(document.title);
    const lead = articleElement.querySelector('header p.sapo > strong')!;
    expect(lead.textContent).toMatch(/^\(Thanhuytphcm\.vn\) - Chiều 3\/6, Quận ủy Quận 3 tổ chức hội nghị/);

    const figureElement = articleElement.querySelector('figure')!;
    const image = figureElement.querySelector('img')!;
    expect(image.getAttribute('src')).toMatch(/^data:image\/jpeg;base64,/);
    expect([image.getAttribute('alt'), image.getAttribute('width'), image.getAttribute('height')]).toEqual([
      'Phó Bí thư Nguyễn Thành Nam phát biểu tại hội nghị',
      '1200',
      '800',
    ]);
    expect(figureElement.querySelector('figcaption')?.textContent).toBe(
      'Phó Bí thư thường trực Quận ủy Quận 3 Nguyễn Thành Nam phát biểu chỉ đạo tại hội nghị Ảnh: Quang Huy',
    );
    const bodyParagraphs = [...articleElement.querySelectorAll(':scope > p:not(.byline)')].map((paragraph) => paragraph.textContent!);
    expect(bodyParagraphs).toHaveLength(5);
    expect(bodyParagraphs[0]).toMatch(/^Tại hội nghị, Phó Trưởng Ban dân vận/);
    expect(bodyParagraphs[4]).toMatch(/^Dịp này, Quận ủy Quận 3/);
    expect(articleElement.lastElementChild?.outerHTML).toBe('<p class="byline">Hồng Ngọc</p>');

    // Nothing of the page it was copied from: no comment box, no "Tin khác" without related articles, no "Thông báo".
    const text = document.body.textContent!;
    for (const chrome of ['Ý kiến bạn đọc', 'Tổng lượt bình luận', 'Tin khác', 'Thông báo', 'refresh']) expect(text).not.toContain(chrome);
    expect(document.querySelectorAll('[class*="ProseMirror"], [data-media-hash], [contenteditable], [draggable]')).toHaveLength(0);
    expect([...document.querySelectorAll('*')].flatMap((element) => element.getAttributeNames()).filter((name) => name.startsWith('on') || name.startsWith('data-'))).toEqual([]);

    const scripts = document.querySelectorAll('script');
    expect(scripts).toHaveLength(1);
    expect(scripts[0]!.getAttribute('type')).toBe('application/ld+json');
    const record = JSON.parse(scripts[0]!.textContent!) as Record<string, unknown>;
    expect(record).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: document.title,
      description: article.sapo,
      inLanguage: 'vi',
      author: [{ '@type': 'Person', name: 'Hồng Ngọc' }],
      keywords: 'Quận 3, hội quần chúng',
      image: [{ '@type': 'ImageObject', width: 1200, height: 800, creditText: 'Ảnh: Quang Huy' }],
    });
    expect(record.datePublished).toBe(time.getAttribute('datetime'));
    expect(record.dateModified).toMatch(/\+07:00$/);
    const property = (name: string) => [...document.querySelectorAll(`meta[property="${name}"]`)].map((meta) => meta.getAttribute('content'));
    expect(property('og:type')).toEqual(['article']);
    expect(property('article:published_time')).toEqual([record.datePublished]);
    expect(property('article:tag')).toEqual(['Quận 3', 'hội quần chúng']);

    expect(renderArticleDocument({ article, categoryName: null, image: (hash) => images.get(hash) ?? null })).toBe(html);
  });
});

function findFigure(node: DocNode): DocNode | undefined {
  if (node.type === 'figure') return node;
  for (const child of node.content ?? []) {
    const found = findFigure(child);
    if (found) return found;
  }
  return undefined;
}

import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nodeText } from '../../../../../electron/backend/import/document-blocks';
import { parseHtmlArticle } from '../../../../../electron/backend/import/html-article';
import type { DocNode } from '../../../../../shared/model/document';
import { articleSchema } from '../../../../../shared/schema/article-extensions';
import { tinyPng } from './import-test-files';

const fixture = (name: string) => fs.readFileSync(new URL(`../../../../fixtures/import/${name}`, import.meta.url), 'utf8');

function findNodes(node: DocNode, predicate: (node: DocNode) => boolean, found: DocNode[] = []): DocNode[] {
  if (predicate(node)) found.push(node);
  for (const child of node.content ?? []) findNodes(child, predicate, found);
  return found;
}

function textsWithMark(body: DocNode, markType: string): string[] {
  return findNodes(body, (node) => node.type === 'text' && (node.marks ?? []).some((mark) => mark.type === markType)).map((node) => node.text ?? '');
}

describe('parseHtmlArticle on a saved article page', () => {
  const article = parseHtmlArticle(fixture('saved-article-page.html'));
  const bodyJson = JSON.stringify(article.body);

  it('reads the headline from the h1, the lead and source prefix from the sapo, the byline and the date', () => {
    expect(article.headline).toBe('Phường Võ Thị Sáu ra mắt mô hình “Tổ dân phố xanh”');
    expect(article.sourcePrefix).toBe('(Thanhuytphcm.vn)');
    expect(article.sapo).toBe('Sáng 1/4, Đảng ủy Phường Võ Thị Sáu, Quận 3 tổ chức lễ ra mắt mô hình “Tổ dân phố xanh - sạch - đẹp” tại khu phố 5.');
    expect(article.bylines).toEqual(['Hồng Ngọc']);
    expect(article.dateline).toEqual({ year: 2024, month: 4, day: 2 });
  });

  it('keeps the data: URL image with its caption and splits off the credit "Ảnh: Minh Khang"', () => {
    expect(article.figures).toHaveLength(2);
    const [first, second] = article.figures;
    expect(first).toMatchObject({ caption: 'Đại biểu cắt băng ra mắt mô hình “Tổ dân phố xanh” tại khu phố 5.', credit: 'Minh Khang', alt: 'Lễ ra mắt mô hình' });
    expect(Buffer.from(first!.image!.bytes).equals(Buffer.from(tinyPng()))).toBe(true);
    expect(second).toEqual({ caption: 'Người dân cùng trồng cây xanh trên hẻm 30.', credit: 'TTXVN', alt: 'Trồng cây xanh' });
    const figureNodes = findNodes(article.body, (node) => node.type === 'figure');
    expect(figureNodes.map((node) => node.attrs?.caption)).toEqual([first!.caption, second!.caption]);
    expect(figureNodes.every((node) => node.attrs?.hash === '')).toBe(true);
  });

  it('warns that the remote image was not fetched, naming its URL', () => {
    const warning = article.warnings.find((item) => item.code === 'image-not-embedded');
    expect(warning?.subject).toContain('https://www.thanhuytphcm.vn/uploads/2024/04/cay-xanh.jpg');
  });

  it('drops scripts, styles, event handlers, frames, forms and page chrome', () => {
    for (const gone of ['track', 'dataLayer', 'font-family', 'Times New Roman', 'onclick', 'youtube', 'javascript:', 'Chia sẻ', 'Zalo', 'Ý kiến bạn đọc', 'Tổng lượt bình luận', 'Tin khác', 'Trang chủ', 'Từ khóa', 'Bản quyền', 'Gửi bình luận', 'Hồng Ngọc', 'Thứ Ba, ngày 2']) {
      expect(bodyJson, gone).not.toContain(gone);
    }
    const codes = article.warnings.map((warning) => warning.code);
    expect(codes).toContain('markup-removed');
    expect(codes).toContain('chrome-removed');
  });

  it('keeps headings, lists, quotes, bold, italic and underline (from tags and from inline styles)', () => {
    const headings = findNodes(article.body, (node) => node.type === 'heading');
    expect(headings.map((node) => [node.attrs?.level, nodeText(node)])).toEqual([[2, 'Nhiều hoạt động thiết thực']]);
    expect(findNodes(article.body, (node) => node.type === 'listItem')).toHaveLength(2);
    expect(findNodes(article.body, (node) => node.type === 'blockquote')).toHaveLength(1);
    expect(textsWithMark(article.body, 'bold')).toEqual(['nâng cao ý thức']);
    expect(textsWithMark(article.body, 'italic')).toEqual(['xây dựng nếp sống văn minh']);
    expect(textsWithMark(article.body, 'underline')).toEqual(['phân loại rác tại nguồn']);
  });

  it('keeps http links (relative ones made absolute) and turns a javascript: link into plain text', () => {
    const links = findNodes(article.body, (node) => node.type === 'text' && (node.marks ?? []).some((mark) => mark.type === 'link')).map((node) => [
      node.text,
      node.marks?.find((mark) => mark.type === 'link')?.attrs?.href,
    ]);
    expect(links).toEqual([
      ['trang kế hoạch', 'https://www.thanhuytphcm.vn/ke-hoach'],
      ['văn bản số 12', 'https://www.thanhuytphcm.vn/van-ban/ke-hoach-12'],
    ]);
    expect(bodyJson).toContain('và liên kết độc hại.');
    expect(article.warnings.map((warning) => warning.code)).toContain('link-removed');
  });

  it('produces a body the article schema accepts', () => {
    expect(() => articleSchema().nodeFromJSON(article.body).check()).not.toThrow();
  });
});

describe('parseHtmlArticle on a fragment', () => {
  const article = parseHtmlArticle(fixture('article-fragment.html'));

  it('guesses the headline from the first short paragraph and finds the lead and byline', () => {
    expect(article.headline).toBe('Quận 3 ra quân chiến dịch tình nguyện hè 2024');
    expect(article.sourcePrefix).toBe('(Thanhuytphcm.vn)');
    expect(article.sapo).toMatch(/^Sáng 2\/6, Quận đoàn Quận 3/u);
    expect(article.bylines).toEqual(['Việt Dũng']);
    expect(article.warnings.map((warning) => warning.code)).toEqual(expect.arrayContaining(['headline-guessed', 'byline-guessed', 'caption-guessed']));
  });

  it('takes the italic line under an image as its caption', () => {
    expect(article.figures).toHaveLength(1);
    expect(article.figures[0]).toMatchObject({ caption: 'Các bạn trẻ ra quân dọn dẹp rác trên kênh Nhiêu Lộc – Thị Nghè', credit: '', alt: 'Ra quân dọn kênh' });
    expect(article.figures[0]?.image?.bytes.length).toBe(tinyPng().length);
  });

  it('maps h3 to a level 3 heading and h5 to level 4, keeps the list start and mailto links', () => {
    const headings = findNodes(article.body, (node) => node.type === 'heading').map((node) => [node.attrs?.level, nodeText(node)]);
    expect(headings).toEqual([
      [3, 'Nhiều công trình ý nghĩa'],
      [4, 'Lịch ra quân'],
    ]);
    expect(findNodes(article.body, (node) => node.type === 'orderedList')[0]?.attrs?.start).toBe(3);
    expect(JSON.stringify(article.body)).toContain('mailto:quandoan3@example.vn');
  });

  it('normalises decomposed text to NFC and says so', () => {
    const decomposed = parseHtmlArticle(fixture('article-fragment.html').normalize('NFD'));
    expect(decomposed.headline).toBe(article.headline);
    expect(JSON.stringify(decomposed.body)).toBe(JSON.stringify(article.body));
    expect(decomposed.warnings.map((warning) => warning.code)).toContain('nfd-normalised');
  });

  it('prefers the h1 that repeats the page title to a site name in an h1, and ignores a sidebar lead box', () => {
    const page = parseHtmlArticle(
      '<html><head><title>Khánh thành cầu Thủ Thiêm 4 - Báo Thành Phố</title></head><body>' +
        '<h1 class="logo">Báo Thành Phố</h1><div class="box"><p class="lead-news">Giá xăng giảm mạnh từ chiều nay theo điều hành mới</p></div>' +
        '<div class="content"><h1>Khánh thành cầu Thủ Thiêm 4</h1><p>Sáng nay, cầu Thủ Thiêm 4 được khánh thành sau hai năm thi công.</p><p>Cầu dài 2,16 km.</p></div></body></html>',
    );
    expect(page.headline).toBe('Khánh thành cầu Thủ Thiêm 4');
    expect(page.sapo).toBe('');
    expect(JSON.stringify(page.body)).not.toContain('Báo Thành Phố');
  });

  it('takes the lead marked beside the headline, outside the article text', () => {
    const page = parseHtmlArticle(
      '<body><div class="top"><h1>Khánh thành cầu Thủ Thiêm 4</h1><p class="description">Sáng nay, cầu Thủ Thiêm 4 được khánh thành sau hai năm thi công.</p></div>' +
        '<div class="content"><p>Cầu dài 2,16 km, có 6 làn xe.</p><p>Cầu nối Quận 7 với thành phố Thủ Đức.</p></div></body>',
    );
    expect(page.sapo).toBe('Sáng nay, cầu Thủ Thiêm 4 được khánh thành sau hai năm thi công.');
    expect(page.sourcePrefix).toBe('');
  });

  it('uses the page title when there is no h1, and says it guessed', () => {
    const titled = parseHtmlArticle('<html><head><title>Khánh thành cầu Thủ Thiêm 4 | Báo Mới</title></head><body><p>Sáng nay, cầu Thủ Thiêm 4 được khánh thành.</p></body></html>');
    expect(titled.headline).toBe('Khánh thành cầu Thủ Thiêm 4');
    expect(titled.warnings.map((warning) => warning.code)).toContain('headline-guessed');
  });
});

describe('parseHtmlArticle never loses text silently', () => {
  const paragraph = (index: number) => `<p>Đoạn thứ ${index} của bài nói về việc Quận ủy họp bàn kế hoạch phát triển kinh tế năm tới.</p>`;
  const paragraphs = Array.from({ length: 6 }, (_, index) => paragraph(index + 1)).join('');
  const bodyText = (article: { body: DocNode }) => nodeText(article.body);

  // Regression: ASP.NET portals wrap the whole page in a <form>, which the importer deleted with the article in it.
  it('imports the article of a page wrapped in a <form>', () => {
    const article = parseHtmlArticle(
      `<html><body><form id="aspnetForm" action="./bai.aspx"><input type="hidden" name="__VIEWSTATE" value="x"><div class="menu">Trang chủ</div><div id="noidung"><h1>Quận ủy họp</h1>${paragraphs}</div><button>Gửi</button></form></body></html>`,
    );
    expect(article.headline).toBe('Quận ủy họp');
    for (let index = 1; index <= 6; index += 1) expect(bodyText(article)).toContain(`Đoạn thứ ${index} `);
    expect(bodyText(article)).not.toContain('Gửi');
    expect(article.warnings.map((warning) => warning.code)).not.toContain('text-left-out');
  });

  // Regression: an unclosed <noscript> held the rest of the page, and was deleted with it.
  it('reads <noscript> as a browser with scripting off shows it, so an unclosed one swallows nothing', () => {
    const article = parseHtmlArticle(`<html><body><article><h1>Quận ủy họp</h1>${paragraph(1)}<noscript><p>Trang cần JavaScript.</p></noscript>${paragraph(2)}<noscript>${paragraphs}</article></body></html>`);
    for (let index = 1; index <= 6; index += 1) expect(bodyText(article)).toContain(`Đoạn thứ ${index} `);
    expect(bodyText(article)).toContain('Trang cần JavaScript.');
    expect(article.warnings.map((warning) => warning.code)).not.toContain('text-left-out');
  });

  it('reports no text left out for the saved page and the fragment', () => {
    for (const name of ['saved-article-page.html', 'article-fragment.html']) {
      expect(parseHtmlArticle(fixture(name)).warnings.map((warning) => warning.code)).not.toContain('text-left-out');
    }
  });
});

describe('parseHtmlArticle on a page with a stylesheet jsdom cannot parse', () => {
  it('imports the article all the same (an unclosed @import url( used to refuse the whole file)', () => {
    const article = parseHtmlArticle(
      '<html><head><title>T</title><style>@import url(</style></head><body><article><h1>Tiêu đề bài viết</h1><p>Nội dung bài viết đủ dài để nhận ra.</p></article></body></html>',
    );
    expect(article.headline).toBe('Tiêu đề bài viết');
    expect(article.body.content?.map((node) => nodeText(node)).join(' ')).toContain('Nội dung bài viết đủ dài để nhận ra.');
    expect(article.warnings.map((warning) => warning.code)).not.toContain('text-left-out');
  });
});

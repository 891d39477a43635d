import type { DocMark, DocNode } from '../../../../shared/model/document';
import type { ArticleRenderInput, RenderedImage } from '../../../../shared/render/render-input';
import { articleInput, everywhere, hostileBodyInput, pixelPng, textFields } from './xss/placement';
import { payloads } from './xss/payloads';

/**
 * Articles that together use every node type and mark of the body schema and every part of an
 * export (figures with and without image, caption, credit or alt; bylines of every kind; tags;
 * "Tin khác" with and without links; reader comments), for the validators and axe.
 */

const text = (value: string, ...marks: DocMark[]): DocNode => (marks.length > 0 ? { type: 'text', text: value, marks } : { type: 'text', text: value });
const paragraph = (...content: DocNode[]): DocNode => ({ type: 'paragraph', content });
const item = (...content: DocNode[]): DocNode => ({ type: 'listItem', content });
const link = (href: string): DocMark => ({ type: 'link', attrs: { href } });
const bold: DocMark = { type: 'bold' };
const italic: DocMark = { type: 'italic' };
const underline: DocMark = { type: 'underline' };
const figure = (attrs: { hash: string; caption?: string; credit?: string; alt?: string; featured?: boolean }): DocNode => ({
  type: 'figure',
  attrs: { caption: '', credit: '', alt: '', featured: false, ...attrs },
});

const wideImage: RenderedImage = { src: pixelPng, width: 1600, height: 900 };
const tallImage: RenderedImage = { src: pixelPng, width: 600, height: 800 };

/** Every node type and mark, nested as an editor can nest them. */
export const everyNodeBody: DocNode = {
  type: 'doc',
  content: [
    paragraph(
      text('Chiều 3/6, '),
      text('Thành ủy', bold),
      text(' họp '),
      text('phiên thường kỳ', italic),
      text(' với '),
      text('nội dung', underline),
      text(' quan trọng', bold, italic, underline),
      text('.'),
    ),
    { type: 'heading', attrs: { level: 2 }, content: [text('Tiêu đề cấp hai')] },
    paragraph(
      text('Xem '),
      text('trang chính', link('https://thanhuytphcm.vn/')),
      text(', '),
      text('bản tin ', link('http://example.com/ban-tin?a=1&b=2')),
      text('đậm trong liên kết', bold, link('http://example.com/ban-tin?a=1&b=2')),
      text(' và '),
      text('thư tòa soạn', italic, underline, link('mailto:toasoan@example.com?subject=G%C3%B3p%20%C3%BD')),
      text('.'),
      { type: 'hardBreak' },
      text('Dòng sau ngắt dòng.'),
      { type: 'hardBreak' },
      { type: 'hardBreak' },
      text('Hai ngắt dòng liền nhau.'),
    ),
    figure({ hash: 'featured', caption: 'Quang cảnh buổi lễ', credit: 'Quang Huy', alt: 'Các đại biểu cắt băng khánh thành', featured: true }),
    { type: 'heading', attrs: { level: 3 }, content: [text('Tiêu đề cấp ba '), text('có chữ nghiêng', italic)] },
    {
      type: 'bulletList',
      content: [
        item(paragraph(text('Mục một'))),
        item(
          paragraph(text('Mục hai, có danh sách con:')),
          {
            type: 'orderedList',
            attrs: { start: 1 },
            content: [
              item(paragraph(text('Con thứ nhất'))),
              item(paragraph(text('Con thứ hai')), { type: 'bulletList', content: [item(paragraph(text('Cháu', bold)))] }),
            ],
          },
        ),
        item(paragraph(text('Mục ba với '), text('liên kết', link('https://example.com/muc-ba')))),
      ],
    },
    { type: 'orderedList', attrs: { start: 5 }, content: [item(paragraph(text('Bắt đầu từ năm'))), item(paragraph(text('Sáu')), paragraph(text('Đoạn thứ hai của mục sáu')))] },
    {
      type: 'blockquote',
      content: [paragraph(text('Đoạn trích thứ nhất.')), paragraph(text('Đoạn trích thứ hai, '), text('đậm', bold), text('.')), { type: 'bulletList', content: [item(paragraph(text('Danh sách trong trích dẫn')))] }],
    },
    figure({ hash: 'tall', alt: 'Ảnh chỉ có mô tả' }),
    figure({ hash: 'tall', caption: 'Ảnh không có mô tả thay thế', credit: 'Ảnh: T.L' }),
    figure({ hash: 'missing', caption: 'Chú thích của ảnh không còn trong kho', credit: 'Minh Anh' }),
    figure({ hash: '', caption: 'Chú thích không có ảnh' }),
    figure({ hash: 'wide', credit: 'Thanh Tùng', alt: 'Chỉ có tác giả' }),
    { type: 'horizontalRule' },
    { type: 'heading', attrs: { level: 4 }, content: [text('Tiêu đề cấp bốn')] },
    paragraph(text('Đoạn cuối.')),
  ],
};

const images: Record<string, RenderedImage> = { featured: wideImage, tall: tallImage, wide: { src: pixelPng, width: null, height: null } };

/** The article every validator checks first: every node, mark and part of an export. */
export function everyPartInput(): ArticleRenderInput {
  return {
    article: {
      id: 1,
      headline: 'Thành ủy họp phiên thường kỳ tháng 6',
      sapo: 'Chiều 3/6, Thành ủy TP.HCM tổ chức phiên họp thường kỳ để bàn các nội dung quan trọng.\nDòng thứ hai của sapo.',
      sourcePrefix: '(Thanhuytphcm.vn)',
      body: everyNodeBody,
      bylines: {
        authors: [
          { authorId: 1, role: 'writer', name: 'Nguyễn Hồng Ngọc', penName: 'Hồng Ngọc' },
          { authorId: 2, role: 'writer', name: 'Minh Anh', penName: null },
          { authorId: 3, role: 'photographer', name: 'Quang Huy', penName: null },
          { authorId: 4, role: 'photographer', name: 'Trần Thanh Tùng', penName: 'Thanh Tùng' },
        ],
        team: true,
        source: 'TTXVN',
      },
      date: '2024-03-29',
      datelinePlace: 'TP.HCM',
      tags: ['Thành ủy', 'phiên họp', 'TP.HCM'],
      related: [
        { id: 2, headline: 'Khai mạc hội nghị lần thứ 15' },
        { id: 3, headline: 'Bế mạc hội nghị' },
        { id: 4, headline: '' },
      ],
      createdAt: '2024-03-28T09:15:00.000Z',
      updatedAt: '2024-03-29T10:30:00.000Z',
    },
    categoryName: 'Thời sự',
    image: (hash) => images[hash] ?? null,
    relatedHref: (related) => (related.id === 3 ? null : `../bai-viet-${related.id}/index.html`),
    comments: {
      total: 3,
      items: [
        { author: 'Lan', createdAt: '2024-03-29T12:00:00.000Z', body: 'Rất mong chờ.' },
        { author: '', createdAt: '2024-03-29T13:05:00.000Z', body: 'Dòng một.\nDòng hai.' },
        { author: 'Bạn đọc có ngày lạ', createdAt: 'không phải ngày', body: 'Vẫn hiện.' },
      ],
    },
  };
}

/** The same article as `folder` mode writes it: images as files beside the page, so og:image and JSON-LD contentUrl are written. */
export function folderModeInput(): ArticleRenderInput {
  const input = everyPartInput();
  return { ...input, image: (hash) => (images[hash] ? { ...images[hash], src: `images/${hash}-1600.jpg` } : null) };
}

/** An article with nothing in it: no headline, sapo, body, bylines, date, tags, related or comments. */
export function emptyInput(): ArticleRenderInput {
  return {
    article: {
      id: 9,
      headline: '',
      sapo: '',
      sourcePrefix: '',
      body: { type: 'doc', content: [{ type: 'paragraph' }] },
      bylines: { authors: [], team: false, source: '' },
      date: null,
      datelinePlace: '',
      tags: [],
      related: [],
      createdAt: '2024-03-28T09:15:00.000Z',
      updatedAt: '2024-03-28T09:15:00.000Z',
    },
    categoryName: null,
    image: () => null,
    comments: { total: 0, items: [] },
  };
}

/** A table as an import can bring one (the renderer writes it though the editor cannot make one). */
export function tableInput(): ArticleRenderInput {
  const input = everyPartInput();
  const cell = (type: 'tableCell' | 'tableHeader', value: string, attrs?: Record<string, unknown>): DocNode => ({ type, ...(attrs ? { attrs } : {}), content: [paragraph(text(value))] });
  const body: DocNode = {
    type: 'doc',
    content: [
      paragraph(text('Bảng số liệu:')),
      {
        type: 'table',
        content: [
          { type: 'tableRow', content: [cell('tableHeader', 'Quận'), cell('tableHeader', 'Dân số')] },
          { type: 'tableRow', content: [cell('tableCell', 'Quận 1'), cell('tableCell', '142.000')] },
          { type: 'tableRow', content: [cell('tableCell', 'Tổng', { colspan: 2 })] },
        ],
      },
    ],
  };
  return { ...input, article: { ...input.article, body } };
}

/**
 * Headings as an editor lets a writer set them: straight from level 2 to level 4 (the toolbar
 * offers 2, 3 and 4 in any order), and a level 4 right after the headline.
 */
export function skippedHeadingLevelsInput(): ArticleRenderInput {
  const input = everyPartInput();
  const body: DocNode = {
    type: 'doc',
    content: [
      { type: 'heading', attrs: { level: 4 }, content: [text('Cấp bốn ngay sau tiêu đề bài')] },
      paragraph(text('Đoạn một.')),
      { type: 'heading', attrs: { level: 2 }, content: [text('Cấp hai')] },
      { type: 'heading', attrs: { level: 4 }, content: [text('Cấp bốn sau cấp hai')] },
      paragraph(text('Đoạn hai.')),
    ],
  };
  return { ...input, article: { ...input.article, body } };
}

/**
 * Link addresses the link rule accepts (http, https or mailto, no white space) with characters a
 * URL may not hold as they are: quotes, angle brackets, braces, backslash, caret, backtick, pipe;
 * and an address in Vietnamese, as copied from a browser's address bar.
 */
export const oddLinkAddresses = [
  'https://example.com/a"b',
  'https://example.com/?q=<tin>&r=1',
  'https://example.com/{muc}|a^b`c\\d',
  "https://example.com/it's",
  'https://vi.wikipedia.org/wiki/Hà_Nội',
  'mailto:toà.soạn@example.com?subject=Góp%20ý',
] as const;

export function oddLinkAddressesInput(): ArticleRenderInput {
  const input = everyPartInput();
  const body: DocNode = { type: 'doc', content: oddLinkAddresses.map((href, index) => paragraph(text(`Liên kết ${index + 1}`, link(href)))) };
  return { ...input, article: { ...input.article, body } };
}

/** Characters HTML forbids or that trip validators, in every field. */
export function awkwardCharactersInput(): ArticleRenderInput {
  return articleInput({ texts: everywhere('A\u0000B\u0001C\u000bD\u000cE\u007fF\u0085G\u009fH\ufffeI\uffffJ\ufdd0K\ud800L\u2028M\u2029N\ufeffO\u200bP\r\nQ\rR\tS e\u0301 "T" \'U\' <V> &W; &amp; Z') });
}

/**
 * The XSS corpus spread over a few articles: each payload in one text field and as one extra link
 * address. `rotation` shifts which field a payload lands in, so that rotations 0, 1, 2… put every
 * payload in different fields.
 */
export function payloadInputs(rotation = 0): ArticleRenderInput[] {
  const inputs: ArticleRenderInput[] = [];
  for (let start = 0; start < payloads.length; start += textFields.length) {
    const chunk = textFields.map((_field, index) => payloads[(start + index) % payloads.length]!.text);
    const texts = Object.fromEntries(textFields.map((field, index) => [field, chunk[(index + rotation * 5) % chunk.length]!]));
    inputs.push(articleInput({ texts, href: chunk[rotation % chunk.length]!, extraHrefs: chunk }));
  }
  return inputs;
}

/** Every fixture the validators check, by name (the name is the file name). */
export function validityFixtures(): Array<{ name: string; input: ArticleRenderInput }> {
  return [
    { name: 'every-part', input: everyPartInput() },
    { name: 'folder-mode', input: folderModeInput() },
    { name: 'empty', input: emptyInput() },
    { name: 'table', input: tableInput() },
    { name: 'awkward-characters', input: awkwardCharactersInput() },
    { name: 'hostile-body', input: hostileBodyInput() },
    { name: 'benign-placement', input: articleInput() },
    { name: 'odd-link-addresses', input: oddLinkAddressesInput() },
    ...payloadInputs().map((input, index) => ({ name: `payloads-${String(index + 1).padStart(2, '0')}`, input })),
  ];
}

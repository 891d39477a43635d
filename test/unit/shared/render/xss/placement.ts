import type { DocMark, DocNode } from '../../../../../shared/model/document';
import type { ArticleRenderInput, RenderedImage } from '../../../../../shared/render/render-input';

/** Every place of an exported article that shows text someone typed, pasted or imported. */
export const textFields = [
  'headline',
  'sapo',
  'sourcePrefix',
  'caption',
  'credit',
  'alt',
  'figureHash',
  'writerName',
  'writerPenName',
  'photographerName',
  'bylineSource',
  'categoryName',
  'tag',
  'datelinePlace',
  'relatedHeadline',
  'linkText',
  'paragraph',
  'boldText',
  'heading',
  'listItem',
  'orderedListItem',
  'blockquote',
  'commentAuthor',
  'commentBody',
] as const;
export type TextField = (typeof textFields)[number];

/** What each field holds when it is not under test: short, plain Vietnamese, different in every field. */
export const benignText: Readonly<Record<TextField, string>> = {
  headline: 'Khánh thành cầu Thủ Thiêm 2',
  sapo: 'Chiều 3/6, thành phố đưa vào sử dụng cây cầu mới',
  sourcePrefix: '(Thanhuytphcm.vn)',
  caption: 'Cầu nhìn từ bờ sông',
  credit: 'Quang Huy',
  alt: 'Cây cầu dây văng bắc qua sông Sài Gòn',
  figureHash: 'a3f5c2d1e0b9a8f7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3',
  writerName: 'Hồng Ngọc',
  writerPenName: 'Minh Anh',
  photographerName: 'Thanh Tùng',
  bylineSource: 'TTXVN',
  categoryName: 'Thời sự',
  tag: 'giao thông',
  datelinePlace: 'TP.HCM',
  relatedHeadline: 'Thông xe nút giao An Phú',
  linkText: 'xem thêm',
  paragraph: 'Buổi lễ có nhiều người dân tham dự.',
  boldText: 'Cầu dài 1,5 km',
  heading: 'Giảm ùn tắc',
  listItem: 'Bốn làn xe',
  orderedListItem: 'Khởi công năm 2022',
  blockquote: 'Cây cầu là niềm tự hào',
  commentAuthor: 'Bạn đọc Lan',
  commentBody: 'Rất mong chờ cây cầu này.',
};

/** The link of the body when no href is under test. */
export const benignHref = 'https://thanhuytphcm.vn/tin-tuc/cau-thu-thiem-2';

/** A 1×1 PNG, the image of every figure that has one. */
export const pixelPng = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';
const pixel: RenderedImage = { src: pixelPng, width: 1, height: 1 };

const text = (value: string, marks?: DocMark[]): DocNode => (marks ? { type: 'text', text: value, marks } : { type: 'text', text: value });
const paragraph = (...content: DocNode[]): DocNode => ({ type: 'paragraph', content });

export interface Placement {
  /** The text of each field (a field missing here holds its benign text). */
  texts?: Partial<Record<TextField, string>>;
  /** The href of the body's link. */
  href?: string;
  /** More links, one per href, in a paragraph of their own (absent when empty). */
  extraHrefs?: readonly string[];
}

/** The text of every field set to `value` (or only of `fields`). */
export function everywhere(value: string, fields: readonly TextField[] = textFields): Partial<Record<TextField, string>> {
  return Object.fromEntries(fields.map((field) => [field, value]));
}

/**
 * An article whose every field holds text: the benign text, or the one `placement` gives. The body
 * uses every node type and mark of the article schema, so that a payload lands in each context
 * the renderer writes (heading, paragraph, bold, link text and href, lists, quote, figure).
 */
export function articleInput(placement: Placement = {}): ArticleRenderInput {
  const t = (field: TextField) => placement.texts?.[field] ?? benignText[field];
  const body: DocNode = {
    type: 'doc',
    content: [
      paragraph(text(t('paragraph'))),
      { type: 'heading', attrs: { level: 2 }, content: [text(t('heading'))] },
      paragraph(
        text(t('boldText'), [{ type: 'bold' }]),
        text(' – '),
        text(t('linkText'), [{ type: 'link', attrs: { href: placement.href ?? benignHref } }]),
        { type: 'hardBreak' },
        text(t('paragraph'), [{ type: 'italic' }, { type: 'underline' }]),
      ),
      { type: 'figure', attrs: { hash: t('figureHash'), caption: t('caption'), credit: t('credit'), alt: t('alt'), featured: true } },
      { type: 'heading', attrs: { level: 3 }, content: [text(t('heading'), [{ type: 'italic' }])] },
      {
        type: 'bulletList',
        content: [
          {
            type: 'listItem',
            content: [
              paragraph(text(t('listItem'))),
              { type: 'orderedList', attrs: { start: 3 }, content: [{ type: 'listItem', content: [paragraph(text(t('orderedListItem')))] }] },
            ],
          },
        ],
      },
      { type: 'blockquote', content: [paragraph(text(t('blockquote'))), paragraph(text(t('blockquote'), [{ type: 'bold' }]))] },
      { type: 'horizontalRule' },
      { type: 'heading', attrs: { level: 4 }, content: [text(t('heading'))] },
      paragraph(text(t('paragraph'), [{ type: 'underline' }])),
      ...(placement.extraHrefs?.length
        ? [paragraph(...placement.extraHrefs.flatMap((href, index) => [text(`liên kết ${index + 1}`, [{ type: 'link', attrs: { href } }]), text(' ')]))]
        : []),
    ],
  };
  return {
    article: {
      id: 42,
      headline: t('headline'),
      sapo: t('sapo'),
      sourcePrefix: t('sourcePrefix'),
      body,
      bylines: {
        authors: [
          { authorId: 1, role: 'writer', name: t('writerName'), penName: null },
          { authorId: 2, role: 'writer', name: benignText.writerName, penName: t('writerPenName') },
          { authorId: 3, role: 'photographer', name: t('photographerName'), penName: null },
        ],
        team: true,
        source: t('bylineSource'),
      },
      date: '2024-03-29',
      datelinePlace: t('datelinePlace'),
      tags: [t('tag'), benignText.tag === t('tag') ? 'cầu đường' : benignText.tag],
      related: [
        { id: 7, headline: t('relatedHeadline') },
        { id: 8, headline: `${t('relatedHeadline')} (2)` },
      ],
      createdAt: '2024-03-28T09:15:00.000Z',
      updatedAt: '2024-03-29T10:30:00.000Z',
    },
    categoryName: t('categoryName'),
    image: (hash) => (hash.length > 0 ? pixel : null),
    relatedHref: (related) => (related.id === 7 ? `https://thanhuytphcm.vn/tin-tuc/bai-${related.id}` : null),
    comments: {
      total: 2,
      items: [
        { author: t('commentAuthor'), createdAt: '2024-03-29T12:00:00.000Z', body: t('commentBody') },
        { author: benignText.commentAuthor, createdAt: '2024-03-29T13:00:00.000Z', body: `${t('commentBody')}\nDòng hai.` },
      ],
    },
  };
}

/**
 * Bodies that no editor would write but an import or a hand-edited database could hold: unknown
 * node types and marks, and known ones with attributes the schema does not have. The renderer
 * must rebuild them from the schema (or leave them out), never copy an attribute or a tag through.
 * Attribute values are what the store accepts (text, finite numbers, booleans, null).
 */
export function hostileBodyInput(): ArticleRenderInput {
  const input = articleInput();
  const hostile = 'alert(1)';
  const body: DocNode = {
    type: 'doc',
    content: [
      { type: 'script', attrs: { onclick: hostile, src: 'javascript:alert(1)' }, content: [text('trong thẻ lạ')] },
      { type: 'iframe', attrs: { src: 'javascript:alert(1)', srcdoc: '<script>alert(1)</script>' } },
      { type: 'image', attrs: { src: 'javascript:alert(1)', onerror: hostile, alt: 'ảnh lạ' } },
      { type: 'paragraph', attrs: { onclick: hostile, class: 'evil-class', style: 'background:url(javascript:alert(1))', id: 'evil-id' }, content: [text('đoạn có thuộc tính lạ')] },
      {
        type: 'paragraph',
        content: [
          text('chữ có dấu lạ', [{ type: 'blink', attrs: { onmouseover: hostile } }, { type: 'code' }]),
          text(' liên kết có thuộc tính lạ', [
            { type: 'link', attrs: { href: 'https://example.com/ok', target: '_blank', class: 'evil-class', onclick: hostile, rel: 'opener', style: 'color:red', 'data-x': 'evil' } },
          ]),
          text(' liên kết không có href', [{ type: 'link' }]),
          text(' liên kết href số', [{ type: 'link', attrs: { href: 42 } }]),
          text(' đậm có thuộc tính', [{ type: 'bold', attrs: { onclick: hostile, class: 'evil-class' } }]),
        ],
      },
      { type: 'heading', attrs: { level: 1 }, content: [text('tiêu đề cấp 1')] },
      { type: 'heading', attrs: { level: 3 }, content: [text('tiêu đề cấp 3')] },
      { type: 'heading', attrs: { level: 7 }, content: [text('tiêu đề cấp 7')] },
      { type: 'heading', attrs: { level: '2" onclick="alert(1)' }, content: [text('tiêu đề cấp lạ')] },
      { type: 'heading', content: [text('tiêu đề không cấp')] },
      { type: 'orderedList', attrs: { start: '1" onclick="alert(1)' }, content: [{ type: 'listItem', content: [paragraph(text('mục số lạ'))] }] },
      { type: 'orderedList', attrs: { start: -5 }, content: [{ type: 'listItem', content: [paragraph(text('mục số âm'))] }] },
      { type: 'bulletList', attrs: { onclick: hostile }, content: [{ type: 'listItem', attrs: { onclick: hostile }, content: [paragraph(text('mục chấm'))] }] },
      { type: 'blockquote', attrs: { cite: 'javascript:alert(1)' }, content: [paragraph(text('trích'))] },
      { type: 'figure', attrs: { hash: 'h1', caption: 'chú thích', credit: 'tác giả', alt: 'mô tả', src: 'javascript:alert(1)', onerror: hostile, featured: 'yes' } },
      { type: 'figure', attrs: { hash: 7, caption: null, credit: true, alt: 12.5 } },
      { type: 'figure' },
      { type: 'codeBlock', attrs: { language: '"><script>alert(1)</script>' }, content: [text('<script>alert(1)</script>')] },
      { type: 'horizontalRule', attrs: { onclick: hostile }, content: [text('chữ trong đường kẻ')] },
      { type: 'hardBreak', attrs: { onclick: hostile } },
      { type: 'text', text: 'chữ ngay trong doc', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] },
      { type: 'paragraph', content: [{ type: 'paragraph', content: [text('đoạn lồng đoạn')] }, { type: 'text' }] },
      { type: 'listItem', content: [paragraph(text('mục ngoài danh sách'))] },
      { type: 'doc', content: [paragraph(text('doc lồng doc'))] },
    ],
  };
  return { ...input, article: { ...input.article, body } };
}

import type { DocMark, DocNode } from '../model/document';
import { isAllowedLinkUrl } from '../schema/allowed-link';
import { printedCredit } from './figure-credit';
import { escapeAttribute, escapeText } from './html-escape';
import type { RenderedImage } from './render-input';

/** How the body renderer finds a figure's image. */
export type ImageLookup = (hash: string) => RenderedImage | null;

const inlineTypes = new Set(['text', 'hardBreak']);
const blockTypes = new Set(['paragraph', 'heading', 'blockquote', 'bulletList', 'orderedList', 'listItem', 'horizontalRule', 'figure', 'table', 'tableRow', 'tableCell', 'tableHeader']);

/** Text, a break, or a node the schema does not know that holds only such: written inline. */
function isInlineLike(node: DocNode): boolean {
  if (inlineTypes.has(node.type)) return true;
  if (blockTypes.has(node.type) || node.type === 'doc') return false;
  const content = node.content ?? [];
  return content.length > 0 && content.every(isInlineLike);
}
const orderedListTypes = new Set(['a', 'A', 'i', 'I']);
/** Formatting marks, outermost first: a run is always wrapped in the same order, so equal documents give equal bytes. */
const formatTags: ReadonlyArray<readonly [string, string]> = [
  ['bold', 'strong'],
  ['italic', 'em'],
  ['underline', 'u'],
];

/**
 * The HTML of an article body, rebuilt node by node from the document schema: every text escaped,
 * no attribute copied through, links only to http, https and mailto. A node the schema does not know
 * keeps its text (as a paragraph when it is a block) and nothing else.
 */
export function renderBodyHtml(body: DocNode, image: ImageLookup): string {
  return renderBlocks(body.content ?? [], { image, headings: [] });
}

/**
 * What rendering carries from block to block: the image lookup, and the open headings of the
 * outline (the level each asked for and the level it was written at), innermost last.
 */
interface BodyState {
  image: ImageLookup;
  headings: Array<{ asked: number; written: number }>;
}

function renderBlocks(nodes: readonly DocNode[], state: BodyState): string {
  let html = '';
  let looseInline: DocNode[] = [];
  const flushInline = () => {
    const inline = renderInline(looseInline);
    if (inline.trim().length > 0) html += `<p>${inline}</p>\n`;
    looseInline = [];
  };
  for (const node of nodes) {
    if (isInlineLike(node)) {
      looseInline.push(node);
      continue;
    }
    flushInline();
    html += renderBlock(node, state);
  }
  flushInline();
  return html;
}

function renderBlock(node: DocNode, state: BodyState): string {
  const content = node.content ?? [];
  switch (node.type) {
    case 'paragraph': {
      const inline = renderInline(content);
      return inline.trim().length > 0 ? `<p>${inline}</p>\n` : '';
    }
    case 'heading': {
      const inline = renderInline(content);
      if (inline.trim().length === 0) return '';
      // Levels are never skipped, so the outline stays valid whatever the editor allowed: a heading is
      // written one level below the nearest earlier heading that asked for a higher level (the h1 headline
      // at the top), and siblings stay siblings. "h4, h4, h2, h4" is written "h2, h2, h2, h3".
      const asked = Math.min(4, Math.max(2, Math.trunc(Number(node.attrs?.level)) || 2));
      while (state.headings.length > 0 && state.headings[state.headings.length - 1]!.asked >= asked) state.headings.pop();
      const level = Math.min(4, (state.headings[state.headings.length - 1]?.written ?? 1) + 1);
      state.headings.push({ asked, written: level });
      return `<h${level}>${inline}</h${level}>\n`;
    }
    case 'blockquote': {
      const inner = renderBlocks(content, state);
      return inner ? `<blockquote>\n${inner}</blockquote>\n` : '';
    }
    case 'bulletList':
      return renderList('ul', '', content, state);
    case 'orderedList': {
      const start = Math.trunc(Number(node.attrs?.start ?? 1));
      const type = String(node.attrs?.type ?? '');
      let attributes = Number.isFinite(start) && start !== 1 ? ` start="${start}"` : '';
      if (orderedListTypes.has(type)) attributes += ` type="${type}"`;
      return renderList('ol', attributes, content, state);
    }
    case 'horizontalRule':
      return '<hr>\n';
    case 'figure':
      return renderFigure(node, state);
    case 'table':
      return renderTable(node, state);
    default:
      // An unknown block keeps its words (loose text becomes a paragraph) and nothing else.
      return renderBlocks(content, state);
  }
}

function renderList(tag: 'ul' | 'ol', attributes: string, items: readonly DocNode[], state: BodyState): string {
  const rendered = items.map((item) => renderListItem(item, state)).filter((item) => item.length > 0);
  return rendered.length > 0 ? `<${tag}${attributes}>\n${rendered.join('')}</${tag}>\n` : '';
}

function renderListItem(item: DocNode, state: BodyState): string {
  const content = item.content ?? [];
  // A list item of one paragraph is written without the paragraph, as CMS editors write lists.
  if (content.length === 1 && content[0]!.type === 'paragraph') {
    const inline = renderInline(content[0]!.content ?? []);
    return inline.trim().length > 0 ? `<li>${inline}</li>\n` : '';
  }
  const inner = renderBlocks(content, state);
  return inner ? `<li>\n${inner}</li>\n` : '';
}

function renderFigure(node: DocNode, state: BodyState): string {
  const attrs = node.attrs ?? {};
  const hash = typeof attrs.hash === 'string' ? attrs.hash : '';
  const caption = typeof attrs.caption === 'string' ? attrs.caption.trim() : '';
  const credit = printedCredit(typeof attrs.credit === 'string' ? attrs.credit : '');
  const alt = typeof attrs.alt === 'string' ? attrs.alt.trim() : '';
  const found = hash ? state.image(hash) : null;
  let html = '<figure>\n';
  if (found) html += `<img src="${imageSource(found.src)}" alt="${escapeAttribute(alt)}"${dimensions(found)}>\n`;
  if (caption || credit) {
    const parts: string[] = [];
    if (caption) parts.push(`<span class="caption">${escapeText(caption)}</span>`);
    if (credit) parts.push(`<span class="credit">${escapeText(credit)}</span>`);
    html += `<figcaption>${parts.join(' ')}</figcaption>\n`;
  }
  if (!found && !caption && !credit) return '';
  return `${html}</figure>\n`;
}

/** An embedded image's data: URI holds nothing to escape: it is written as it is, saving a pass over megabytes. */
function imageSource(src: string): string {
  return /^data:image\/[a-z0-9+.-]+;base64,[A-Za-z0-9+/]*={0,2}$/.test(src) ? src : escapeAttribute(src);
}

function dimensions(image: RenderedImage): string {
  const valid = (value: number | null): value is number => value !== null && Number.isInteger(value) && value > 0;
  return valid(image.width) && valid(image.height) ? ` width="${image.width}" height="${image.height}"` : '';
}

function renderTable(node: DocNode, state: BodyState): string {
  const rows = (node.content ?? []).filter((row) => row.type === 'tableRow');
  if (rows.length === 0) return '';
  const isHeaderRow = (row: DocNode) => (row.content ?? []).length > 0 && (row.content ?? []).every((cell) => cell.type === 'tableHeader');
  let headerRows = 0;
  while (headerRows < rows.length && isHeaderRow(rows[headerRows]!)) headerRows += 1;
  const renderRow = (row: DocNode, inHead: boolean) => {
    const cells = (row.content ?? []).map((cell) => {
      const tag = cell.type === 'tableHeader' ? 'th' : 'td';
      let attributes = tag === 'th' ? (inHead ? ' scope="col"' : ' scope="row"') : '';
      for (const span of ['colspan', 'rowspan'] as const) {
        const value = Math.trunc(Number(cell.attrs?.[span] ?? 1));
        if (Number.isFinite(value) && value > 1 && value < 1000) attributes += ` ${span}="${value}"`;
      }
      const content = cell.content ?? [];
      const inner = content.length === 1 && content[0]!.type === 'paragraph' ? renderInline(content[0]!.content ?? []) : renderBlocks(content, state).trim();
      return `<${tag}${attributes}>${inner}</${tag}>`;
    });
    return `<tr>${cells.join('')}</tr>\n`;
  };
  const head = headerRows > 0 ? `<thead>\n${rows.slice(0, headerRows).map((row) => renderRow(row, true)).join('')}</thead>\n` : '';
  const bodyRows = rows.slice(headerRows);
  const tbody = bodyRows.length > 0 ? `<tbody>\n${bodyRows.map((row) => renderRow(row, false)).join('')}</tbody>\n` : '';
  return `<table>\n${head}${tbody}</table>\n`;
}

/** Inline content: runs of text under the same link share one `<a>`; a text's other marks are nested in a fixed order. */
export function renderInline(nodes: readonly DocNode[]): string {
  let html = '';
  let index = 0;
  while (index < nodes.length) {
    const href = linkOf(nodes[index]!);
    let end = index + 1;
    while (end < nodes.length && href !== null && linkOf(nodes[end]!) === href) end += 1;
    const run = nodes.slice(index, end).map(renderInlineNode).join('');
    html += href !== null ? `<a href="${escapeAttribute(href)}">${run}</a>` : run;
    index = end;
  }
  return html;
}

function renderInlineNode(node: DocNode): string {
  if (node.type === 'hardBreak') return '<br>';
  if (node.type !== 'text') return renderInline(node.content ?? []);
  const text = escapeText(node.text ?? '').replace(/\n/g, '<br>');
  if (text.length === 0) return '';
  const marks = new Set((node.marks ?? []).map((mark: DocMark) => mark.type));
  let html = text;
  for (const [mark, tag] of [...formatTags].reverse()) {
    if (marks.has(mark)) html = `<${tag}>${html}</${tag}>`;
  }
  return html;
}

/** The address of a node's link mark when it is one an article may link to (http, https, mailto); else null. */
function linkOf(node: DocNode): string | null {
  if (node.type !== 'text') return null;
  const link = (node.marks ?? []).find((mark) => mark.type === 'link');
  const href = link?.attrs?.href;
  return typeof href === 'string' && isAllowedLinkUrl(href) ? encodeUnsafeUrlCharacters(href.trim()) : null;
}

/** Characters a URL may not hold as they are (the HTML checker refuses them) are percent-encoded; the address stays the same. */
function encodeUnsafeUrlCharacters(href: string): string {
  return href.replace(/["<>\\^`{|}]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

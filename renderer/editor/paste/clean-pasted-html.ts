import DOMPurify from 'dompurify';
import { mediaHashPattern } from '../../../shared/api/zod';
import { inlineStylesToElements, stripAttributes } from '../../../shared/html/formatting-elements';
import { renameElement, unwrapElement } from '../../../shared/html/html-dom';
import { nestStrayLists, wordListParagraphsToLists } from '../../../shared/html/word-lists';
import { isAllowedLinkUrl } from '../../../shared/schema/allowed-link';

/** Where the bytes of a pasted image are: in its data: URL, or the n-th image file of the clipboard. */
export type PastedImageSource = { kind: 'data'; dataUrl: string } | { kind: 'file'; index: number };

/**
 * A figure of the cleaned HTML that needs work after it is inserted: its image stored (`source`),
 * or its media hash checked (`hash`). It is found again by `token`, put in its alt text until then.
 */
export interface PendingFigure {
  token: string;
  alt: string;
  source?: PastedImageSource;
  hash?: string;
}

export interface CleanedPaste {
  html: string;
  pending: PendingFigure[];
  /** Images whose bytes are not available (a file: or web address): each is an empty figure now. */
  missingImages: number;
  /** Figures whose media hash is malformed: dropped. */
  droppedFigures: number;
  /** The HTML is a slice copied from a ProseMirror editor (this one): its heading levels were kept. */
  fromEditor: boolean;
}

/** Where a pasted element's style text is kept while it is cleaned: never in `style`, which the CSP refuses to parse. */
const styleAttribute = 'data-pasted-style';

/** The start tags of an HTML text, with their attributes (a `>` inside a quoted value included). */
const startTag = /<[a-zA-Z][^\s/>]*(?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*\s*\/?>/gu;
const styleInTag = /(\s)style(\s*=)/giu;
/** `<style>` elements, content and all (their content is raw text up to the first `</style`). */
const styleElements = /<style\b[^>]*>[\s\S]*?<\/style\s*>/giu;

/**
 * The HTML without its `<style>` elements and with every `style` attribute renamed to
 * `styleAttribute`, before the browser parses it: a parsed `<style>` or `style` attribute is an
 * inline style, reported as a CSP violation even in an inert document.
 */
export function withoutStyleAttributes(html: string): string {
  return html.replace(styleElements, '').replace(startTag, (tag) => tag.replace(styleInTag, `$1${styleAttribute}$2`));
}

/** Marks a figure's alt text as waiting for the paste's follow-up (invisible characters around an id). */
export const pendingTokenPrefix = '\u2060newsdesk-paste:';
let tokenSerial = 0;

const pastedImageType = /^data:image\/(?:png|jpeg|gif|webp);base64,[A-Za-z0-9+/]+={0,2}$/u;
const removedElements = 'style, script, template, meta, link, title, xml, colgroup, col, iframe, object, embed, svg, math';
const unwrappedElements = 'font, big, small, blink, marquee, span';
const emptyText = /^[\s\u00a0\u200b]*$/u;

function nextToken(): string {
  tokenSerial += 1;
  return `${pendingTokenPrefix}${tokenSerial}\u2060`;
}

/** The heading level in the body of a pasted h1–h6: Word's Heading 1 becomes the body's first level (2). */
function shiftedHeading(tag: string): string {
  const level = Number(tag.slice(1));
  return `h${Math.min(4, level + 1)}`;
}

function figureElement(document: Document, hash: string, alt: string, caption = '', credit = ''): Element {
  const figure = document.createElement('figure');
  figure.setAttribute('data-media-hash', hash);
  const image = document.createElement('img');
  image.setAttribute('alt', alt);
  figure.appendChild(image);
  if (caption || credit) {
    const figcaption = document.createElement('figcaption');
    const captionSpan = document.createElement('span');
    captionSpan.setAttribute('data-caption', '');
    captionSpan.textContent = caption;
    figcaption.appendChild(captionSpan);
    if (credit) {
      const creditSpan = document.createElement('span');
      creditSpan.setAttribute('data-credit', '');
      creditSpan.textContent = credit;
      figcaption.appendChild(creditSpan);
    }
    figure.appendChild(figcaption);
  }
  return figure;
}

/** Moves a figure out of the paragraph around it, splitting the paragraph there (empty halves go). */
function hoistOutOfParagraph(figure: Element): void {
  let paragraph = figure.parentElement;
  while (paragraph && paragraph.tagName !== 'P') paragraph = paragraph.parentElement;
  if (!paragraph || !paragraph.firstChild || !paragraph.lastChild) return;
  const document = figure.ownerDocument;
  const half = (from: (range: Range) => void, to: (range: Range) => void): Element | null => {
    const range = document.createRange();
    from(range);
    to(range);
    const part = document.createElement('p');
    part.appendChild(range.extractContents());
    return emptyText.test(part.textContent ?? '') && !part.querySelector('img, figure') ? null : part;
  };
  const before = half((range) => range.setStartBefore(paragraph.firstChild!), (range) => range.setEndBefore(figure));
  const after = half((range) => range.setStartAfter(figure), (range) => range.setEndAfter(paragraph.lastChild!));
  paragraph.replaceWith(...[before, figure, after].filter((part): part is Element => part !== null));
}

/**
 * Cleans HTML pasted from Word, LibreOffice, Google Docs, a web page or another article, before
 * ProseMirror reads it: DOMPurify first (scripts, handlers, unsafe addresses), then Word's list
 * paragraphs become lists, formatting carried by styles becomes <strong>/<em>/<u>, headings move
 * one level down (h1 is the headline's level), links keep only http, https and mailto addresses,
 * and every style, class, font, comment and Office element is removed, so that nothing pasted can
 * put an inline style into the page. Images become figures: stored later when their bytes are
 * here (`pending`), empty frames otherwise (`missingImages`).
 */
export function cleanPastedHtml(html: string, clipboardImageFiles = 0): CleanedPaste {
  const root = DOMPurify.sanitize(withoutStyleAttributes(html), { RETURN_DOM: true, WHOLE_DOCUMENT: false, ADD_ATTR: ['data-pm-slice'], FORBID_TAGS: ['style'] });
  const document = root.ownerDocument;
  // A slice copied from a ProseMirror editor (this one) keeps its own heading levels.
  const fromEditor = root.querySelector('[data-pm-slice]') !== null;
  const pending: PendingFigure[] = [];
  let missingImages = 0;
  let droppedFigures = 0;
  let filesLeft = clipboardImageFiles;
  let fileIndex = 0;

  for (const element of [...root.querySelectorAll(removedElements)]) element.remove();
  wordListParagraphsToLists(root, styleAttribute);
  nestStrayLists(root);
  inlineStylesToElements(root, styleAttribute);
  // Google Docs underlines the text of each link through its style; the link is enough.
  for (const underline of [...root.querySelectorAll('a u')]) unwrapElement(underline);

  if (!fromEditor) {
    for (const heading of [...root.querySelectorAll('h1, h2, h3, h4, h5, h6')]) renameElement(heading, shiftedHeading(heading.tagName.toLowerCase()));
  }

  for (const figure of [...root.querySelectorAll('figure')]) {
    if (!figure.hasAttribute('data-media-hash')) continue;
    const hash = figure.getAttribute('data-media-hash') ?? '';
    const alt = figure.querySelector('img')?.getAttribute('alt') ?? '';
    const caption = figure.querySelector('[data-caption]')?.textContent ?? '';
    const credit = figure.querySelector('[data-credit]')?.textContent ?? '';
    if (hash !== '' && !mediaHashPattern.test(hash)) {
      droppedFigures += 1;
      figure.remove();
      continue;
    }
    const token = hash === '' ? '' : nextToken();
    if (token) pending.push({ token, alt, hash });
    figure.replaceWith(figureElement(document, hash, token ? token + alt : alt, caption, credit));
  }

  for (const image of [...root.querySelectorAll('img')]) {
    if (image.closest('figure')) continue;
    const src = (image.getAttribute('src') ?? '').trim();
    const alt = (image.getAttribute('alt') ?? '').trim();
    let source: PastedImageSource | null = null;
    if (pastedImageType.test(src)) source = { kind: 'data', dataUrl: src };
    else if (filesLeft > 0) {
      source = { kind: 'file', index: fileIndex++ };
      filesLeft -= 1;
    }
    const token = source ? nextToken() : '';
    if (source) pending.push({ token, alt, source });
    else missingImages += 1;
    // A figure is a block: an image inside a link or a paragraph splits it there.
    const link = image.closest('a');
    const replaced = link && (link.textContent ?? '').trim() === '' ? link : image;
    replaced.replaceWith(figureElement(document, '', token + alt));
  }

  for (const figure of [...root.querySelectorAll('figure')]) hoistOutOfParagraph(figure);

  for (const link of [...root.querySelectorAll('a')]) {
    const href = (link.getAttribute('href') ?? '').trim();
    if (!isAllowedLinkUrl(href)) unwrapElement(link);
  }
  for (const element of [...root.querySelectorAll(unwrappedElements)]) {
    if (element.hasAttribute('data-caption') || element.hasAttribute('data-credit') || element.hasAttribute('data-pm-slice')) continue;
    unwrapElement(element);
  }
  for (const centered of [...root.querySelectorAll('center')]) renameElement(centered, 'div');
  for (const namespaced of [...root.querySelectorAll('*')].filter((element) => element.tagName.includes(':'))) unwrapElement(namespaced);
  for (const caption of [...root.querySelectorAll('caption')]) {
    const table = caption.closest('table');
    const paragraph = renameElement(caption, 'p');
    if (table) table.before(paragraph);
  }
  if (!fromEditor) {
    // Word's spacing paragraphs (<p><o:p>&nbsp;</o:p></p>) and Google Docs' trailing <br>.
    for (const paragraph of [...root.querySelectorAll('p')]) {
      if (emptyText.test(paragraph.textContent ?? '') && !paragraph.querySelector('figure, img, br') && !paragraph.closest('td, th, li')) paragraph.remove();
    }
    for (const lineBreak of [...root.children].filter((element) => element.tagName === 'BR')) lineBreak.remove();
  }
  stripAttributes(root, ['data-pm-slice']);

  const container = document.createElement('div');
  while (root.firstChild) container.appendChild(root.firstChild);
  return { html: container.innerHTML, pending, missingImages, droppedFigures, fromEditor };
}

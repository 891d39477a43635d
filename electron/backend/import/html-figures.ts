import type { ImportedImage, ImportWarning } from '../../../shared/model/import';
import { countWords } from '../../../shared/text/word-count';
import { splitCaptionCredit } from './caption-credit';
import type { FigureDraft, FigureDrafts } from './figure-drafts';
import { classAndId, elementText } from './html-dom';
import { importWarning } from './import-warnings';
import { base64Pattern } from '../../../shared/api/zod';

/** Images an HTML text refers to by a `src` other than a URL (a Word file's embedded images). */
export type EmbeddedImages = ReadonlyMap<string, ImportedImage>;

const captionTokens = /caption|chu-?thich|desc|image[-_]?note|photo[-_]?note|figcaption/u;
const creditTokens = /credit|photo[-_]?author|tac-?gia-?anh|nguon-?anh/u;
const creditLabel = /^\s*(?:ảnh|nguồn ảnh|nguồn|photo)\s*[:：]\s*/iu;
const maximumImageBoxWords = 60;
const maximumWarnedUrlLength = 200;

/** Bytes of a `data:` URL, or null when it is malformed. */
export function decodeDataUrl(url: string): Uint8Array | null {
  const match = /^data:([^,]*),([\s\S]*)$/iu.exec(url.trim());
  if (!match) return null;
  const [, header = '', payload = ''] = match;
  if (/;base64$/iu.test(header)) {
    const base64 = payload.replace(/\s+/gu, '');
    if (!base64Pattern.test(base64)) return null;
    return new Uint8Array(Buffer.from(base64, 'base64'));
  }
  try {
    return new TextEncoder().encode(decodeURIComponent(payload));
  } catch {
    return null;
  }
}

interface FigureParts {
  caption: string;
  credit: string;
  alt: string;
}

/** Replaces an element by the figure element the article schema parses, linked to its draft. */
function replaceWithFigure(element: Element, parts: FigureParts, draft: FigureDraft, drafts: FigureDrafts, made: Set<Element>): void {
  const document = element.ownerDocument;
  const figure = document.createElement('figure');
  figure.setAttribute('data-media-hash', drafts.register(draft));
  const image = document.createElement('img');
  image.setAttribute('alt', parts.alt);
  const figcaption = document.createElement('figcaption');
  const caption = document.createElement('span');
  caption.setAttribute('data-caption', '');
  caption.textContent = parts.caption;
  const credit = document.createElement('span');
  credit.setAttribute('data-credit', '');
  credit.textContent = parts.credit;
  figcaption.append(caption, credit);
  figure.append(image, figcaption);
  element.replaceWith(figure);
  made.add(figure);
}

function imageDraft(image: Element | null, embeddedImages: EmbeddedImages | undefined, warnings: ImportWarning[]): FigureDraft {
  if (!image) return {};
  const source = (image.getAttribute('src') ?? '').trim();
  const embedded = embeddedImages?.get(source);
  if (embedded) return { image: embedded };
  if (/^data:/iu.test(source)) {
    const bytes = decodeDataUrl(source);
    if (bytes && bytes.length > 0) return { image: { bytes } };
    warnings.push(importWarning('image-data-malformed'));
    return { missingImageSource: 'data:' };
  }
  const lazySource = ['data-src', 'data-original', 'data-lazy-src'].map((name) => image.getAttribute(name)?.trim() ?? '').find((value) => value.length > 0);
  const address = lazySource ?? source;
  if (address.length === 0) return {};
  const shown = address.length > maximumWarnedUrlLength ? `${address.slice(0, maximumWarnedUrlLength)}…` : address;
  warnings.push(importWarning('image-not-embedded', shown));
  return { missingImageSource: address };
}

function captionAndCredit(captionText: string, creditText: string): { caption: string; credit: string } {
  if (creditText.length > 0) return { caption: captionText, credit: creditText.replace(creditLabel, '').trim() };
  return splitCaptionCredit(captionText);
}

function isTinyImage(image: Element): boolean {
  const width = Number(image.getAttribute('width'));
  const height = Number(image.getAttribute('height'));
  return (width > 0 && width <= 2) || (height > 0 && height <= 2);
}

/** The outermost element around an image that holds nothing else (its paragraph, link or wrapper). */
function imageContainer(image: Element, root: Element): Element {
  let container = image;
  while (container.parentElement && container.parentElement !== root) {
    const parent = container.parentElement;
    if (elementText(parent).length > 0 || parent.querySelectorAll('img').length > 1) break;
    if (!['P', 'DIV', 'A', 'SPAN', 'PICTURE', 'CENTER', 'FONT', 'STRONG', 'B', 'EM', 'I', 'U'].includes(parent.tagName)) break;
    container = parent;
  }
  return container;
}

/**
 * Turns every figure, image box and image under `root` into the article schema's figure element:
 * the caption from figcaption or a caption element beside it, the credit split off ("Ảnh: X"), the
 * image bytes from a data: URL or the embedded images, and a warning for images only linked.
 */
export function replaceFiguresAndImages(root: Element, drafts: FigureDrafts, embeddedImages?: EmbeddedImages): ImportWarning[] {
  const warnings: ImportWarning[] = [];
  const made = new Set<Element>();

  for (const figure of [...root.querySelectorAll('figure')]) {
    if (!figure.isConnected || made.has(figure) || figure.parentElement?.closest('figure')) continue;
    const image = figure.querySelector('img');
    const captionElement = figure.querySelector('figcaption') ?? [...figure.querySelectorAll('[class], [id]')].find((element) => captionTokens.test(classAndId(element))) ?? null;
    const creditElement = [...figure.querySelectorAll('[class], [id]')].find((element) => creditTokens.test(classAndId(element))) ?? null;
    const creditText = creditElement ? elementText(creditElement) : '';
    creditElement?.remove();
    const parts = captionAndCredit(captionElement ? elementText(captionElement) : '', creditText);
    replaceWithFigure(figure, { ...parts, alt: image?.getAttribute('alt')?.trim() ?? '' }, imageDraft(image, embeddedImages, warnings), drafts, made);
  }

  for (const table of [...root.querySelectorAll('table')]) {
    if (!table.isConnected || table.querySelector('table, figure')) continue;
    const images = table.querySelectorAll('img');
    const image = images[0];
    if (images.length !== 1 || !image || countWords(elementText(table)) > maximumImageBoxWords) continue;
    const parts = captionAndCredit(elementText(table), '');
    replaceWithFigure(table, { ...parts, alt: image.getAttribute('alt')?.trim() ?? '' }, imageDraft(image, embeddedImages, warnings), drafts, made);
  }

  for (const image of [...root.querySelectorAll('img')]) {
    if (!image.isConnected || [...made].some((figure) => figure.contains(image))) continue;
    if (isTinyImage(image)) {
      image.remove();
      continue;
    }
    const container = imageContainer(image, root);
    const next = container.nextElementSibling;
    let parts = { caption: '', credit: '' };
    if (next && captionTokens.test(classAndId(next)) && !next.querySelector('img')) {
      parts = captionAndCredit(elementText(next), '');
      next.remove();
    }
    replaceWithFigure(container, { ...parts, alt: image.getAttribute('alt')?.trim() ?? '' }, imageDraft(image, embeddedImages, warnings), drafts, made);
  }
  return warnings;
}

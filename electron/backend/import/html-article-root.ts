import { elementText } from './html-dom';

const explicitArticleSelectors = 'article, main, [itemprop="articleBody"], [role="main"]';
const contentChildTags = new Set(['P', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'UL', 'OL', 'PRE', 'FIGURE', 'TABLE']);

/** Characters of text an element holds directly: its own text and its paragraph-like children. */
function directContentLength(element: Element): number {
  let length = 0;
  for (const child of element.childNodes) {
    if (child.nodeType === 3) length += (child.textContent ?? '').trim().length;
    else if (child.nodeType === 1 && contentChildTags.has((child as Element).tagName)) length += elementText(child as Element).length;
  }
  return length;
}

/**
 * The element that holds the article of a saved page: the <article>, <main> or article-body
 * element with the most text, or else the element with the most paragraph text directly in it
 * (the body itself for a fragment).
 */
export function chooseArticleRoot(document: Document): Element {
  const body = document.body;
  let best: Element | null = null;
  let bestLength = 0;
  for (const candidate of document.querySelectorAll(explicitArticleSelectors)) {
    const length = elementText(candidate).length;
    if (length > bestLength) {
      best = candidate;
      bestLength = length;
    }
  }
  if (best) return best;

  best = body;
  bestLength = directContentLength(body);
  for (const candidate of body.querySelectorAll('div, section, td')) {
    const length = directContentLength(candidate);
    if (length > bestLength) {
      best = candidate;
      bestLength = length;
    }
  }
  return best;
}

import { unwrapElement } from './html-dom';

function isBoldWeight(weight: string): boolean {
  return weight === 'bold' || weight === 'bolder' || Number(weight) >= 600;
}

function wrapChildren(element: Element, tagName: string): void {
  const wrapper = element.ownerDocument.createElement(tagName);
  while (element.firstChild) wrapper.appendChild(element.firstChild);
  element.appendChild(wrapper);
}

/**
 * Keeps the formatting that inline styles carry (bold, italic, underline) as elements, before the
 * styles are dropped; a <b> styled back to normal weight (as Google Docs writes) stops being bold.
 */
export function inlineStylesToElements(root: Element): void {
  for (const element of [...root.querySelectorAll('[style]')]) {
    const style = (element as HTMLElement).style;
    const weight = style.fontWeight.trim().toLowerCase();
    const isBoldTag = ['B', 'STRONG'].includes(element.tagName);
    if (isBoldTag && (weight === 'normal' || weight === '400' || weight === 'lighter')) {
      unwrapElement(element);
      continue;
    }
    if (isBoldWeight(weight) && !isBoldTag && !/^H[1-6]$/u.test(element.tagName)) wrapChildren(element, 'strong');
    if (style.fontStyle.trim().toLowerCase() === 'italic' && !['I', 'EM'].includes(element.tagName)) wrapChildren(element, 'em');
    const decoration = `${style.textDecoration} ${style.textDecorationLine}`.toLowerCase();
    if (decoration.includes('underline') && element.tagName !== 'U') wrapChildren(element, 'u');
  }
}

/** The attributes the article schema reads, per element; every other attribute is dropped. */
const keptAttributes: Readonly<Record<string, readonly string[]>> = {
  A: ['href'],
  FIGURE: ['data-media-hash'],
  SPAN: ['data-caption', 'data-credit'],
  IMG: ['alt'],
  OL: ['start'],
  TD: ['colspan', 'rowspan'],
  TH: ['colspan', 'rowspan'],
};

/** Drops every attribute (styles, classes, ids, event handlers...) except those the article schema reads and those named in `alsoKept`. */
export function stripAttributes(root: Element, alsoKept: readonly string[] = []): void {
  for (const element of [root, ...root.querySelectorAll('*')]) {
    const kept = keptAttributes[element.tagName.toUpperCase()] ?? [];
    for (const name of element.getAttributeNames()) {
      if (!kept.includes(name) && !alsoKept.includes(name)) element.removeAttribute(name);
    }
  }
}

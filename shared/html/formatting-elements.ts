import { unwrapElement } from './html-dom';

function isBoldWeight(weight: string): boolean {
  return weight === 'bold' || weight === 'bolder' || Number(weight) >= 600;
}

function wrapChildren(element: Element, tagName: string): void {
  const wrapper = element.ownerDocument.createElement(tagName);
  while (element.firstChild) wrapper.appendChild(element.firstChild);
  element.appendChild(wrapper);
}

/** The declarations of a style attribute's text that carry formatting, by property name (lower case). */
export function styleDeclarations(text: string): Map<string, string> {
  const declarations = new Map<string, string>();
  for (const declaration of text.split(';')) {
    const colon = declaration.indexOf(':');
    if (colon > 0) declarations.set(declaration.slice(0, colon).trim().toLowerCase(), declaration.slice(colon + 1).replace(/!\s*important\s*$/iu, '').trim());
  }
  return declarations;
}

interface FormattingStyle {
  fontWeight: string;
  fontStyle: string;
  textDecoration: string;
  textDecorationLine: string;
}

function formattingStyle(element: Element, styleAttribute: string): FormattingStyle {
  if (styleAttribute === 'style') return (element as HTMLElement).style;
  const declarations = styleDeclarations(element.getAttribute(styleAttribute) ?? '');
  return {
    fontWeight: declarations.get('font-weight') ?? '',
    fontStyle: declarations.get('font-style') ?? '',
    textDecoration: declarations.get('text-decoration') ?? '',
    textDecorationLine: declarations.get('text-decoration-line') ?? '',
  };
}

/**
 * Keeps the formatting that inline styles carry (bold, italic, underline) as elements, before the
 * styles are dropped; a <b> styled back to normal weight (as Google Docs writes) stops being bold.
 * The styles are read from `styleAttribute`: a pasted page keeps its style text in a data attribute,
 * so that parsing it never applies an inline style the page's CSP would refuse.
 */
export function inlineStylesToElements(root: Element, styleAttribute = 'style'): void {
  for (const element of [...root.querySelectorAll(`[${styleAttribute}]`)]) {
    const style = formattingStyle(element, styleAttribute);
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

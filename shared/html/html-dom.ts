/** Small helpers over an HTML tree that work on any DOM (the page's, jsdom's): no DOM globals. */

/** Replaces an element by its children. */
export function unwrapElement(element: Element): void {
  const parent = element.parentNode;
  if (!parent) return;
  while (element.firstChild) parent.insertBefore(element.firstChild, element);
  parent.removeChild(element);
}

/** Gives an element another tag name, keeping its children (attributes are dropped). */
export function renameElement(element: Element, tagName: string): Element {
  const replacement = element.ownerDocument.createElement(tagName);
  while (element.firstChild) replacement.appendChild(element.firstChild);
  element.replaceWith(replacement);
  return replacement;
}

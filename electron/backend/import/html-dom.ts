/** Small helpers over a jsdom document (the backend has no DOM globals). */

/** Every text node under `root`, in document order. */
export function textNodesUnder(root: Node): Text[] {
  const document = root.ownerDocument ?? (root as Document);
  const walker = document.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  return nodes;
}

/** The text of an element on one line, white space collapsed. */
export function elementText(element: Element): string {
  return (element.textContent ?? '').replace(/\s+/gu, ' ').trim();
}

export { renameElement, unwrapElement } from '../../../shared/html/html-dom';

/** The class and id of an element as one lower-case string of tokens, for chrome and lead heuristics. */
export function classAndId(element: Element): string {
  return `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`.toLowerCase();
}

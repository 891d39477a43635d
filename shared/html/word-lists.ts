/**
 * Word writes list items as paragraphs (`<p class=MsoListParagraphCxSpFirst style='mso-list:l0
 * level2 lfo1'>`) whose bullet or number is text in a `mso-list:Ignore` span between conditional
 * comments. These helpers turn runs of such paragraphs back into nested `<ul>`/`<ol>` lists.
 */

const listStyle = /mso-list\s*:\s*l(\d+)\s+level(\d+)/iu;
const ignoredMarker = /mso-list\s*:\s*ignore/iu;
/** "1." "a)" "iv." "(2)": a numbered item; anything else (·, o, §, –) is a bullet. */
const orderedMarker = /^\(?(?:\d+|[a-z]|[ivxlcdm]+)[.)]$/iu;

interface ListParagraph {
  element: Element;
  level: number;
  ordered: boolean;
}

function readListParagraph(element: Element, styleAttribute: string): ListParagraph | null {
  const match = listStyle.exec(element.getAttribute(styleAttribute) ?? '');
  if (!match) return null;
  let marker = '';
  for (const ignored of [...element.querySelectorAll(`[${styleAttribute}]`)]) {
    if (!ignoredMarker.test(ignored.getAttribute(styleAttribute) ?? '')) continue;
    marker += ignored.textContent ?? '';
    ignored.remove();
  }
  const level = Math.min(9, Math.max(1, Number(match[2])));
  return { element, level, ordered: orderedMarker.test(marker.replace(/[\s\u00a0]+/gu, '')) };
}

/** The next element sibling, skipping white space and comments; null when something else comes first. */
function nextListSibling(element: Element): Element | null {
  let node = element.nextSibling;
  while (node && (node.nodeType === 8 || (node.nodeType === 3 && (node.textContent ?? '').trim() === ''))) node = node.nextSibling;
  return node && node.nodeType === 1 ? (node as Element) : null;
}

function buildList(run: ListParagraph[]): void {
  const document = run[0]!.element.ownerDocument;
  const stack: Array<{ list: Element; level: number; ordered: boolean }> = [];
  for (const item of run) {
    while (stack.length > 0 && stack[stack.length - 1]!.level > item.level) stack.pop();
    const top = stack[stack.length - 1];
    if (top && top.level === item.level && top.ordered !== item.ordered) stack.pop();
    if (stack.length === 0 || stack[stack.length - 1]!.level < item.level) {
      const list = document.createElement(item.ordered ? 'ol' : 'ul');
      const parent = stack[stack.length - 1];
      if (parent) {
        let lastItem = parent.list.lastElementChild;
        if (!lastItem) lastItem = parent.list.appendChild(document.createElement('li'));
        lastItem.appendChild(list);
      } else {
        item.element.before(list);
      }
      stack.push({ list, level: item.level, ordered: item.ordered });
    }
    const listItem = document.createElement('li');
    const paragraph = document.createElement('p');
    while (item.element.firstChild) paragraph.appendChild(item.element.firstChild);
    listItem.appendChild(paragraph);
    stack[stack.length - 1]!.list.appendChild(listItem);
    item.element.remove();
  }
}

/**
 * Turns each run of Word list paragraphs under `root` into a list, nested by each paragraph's level.
 * The style text is read from `styleAttribute` (see `inlineStylesToElements`).
 */
export function wordListParagraphsToLists(root: Element, styleAttribute = 'style'): void {
  const done = new Set<Element>();
  for (const element of [...root.querySelectorAll(`[${styleAttribute}*="mso-list"]`)]) {
    if (done.has(element) || !element.parentNode || /^(?:LI|UL|OL|SPAN)$/iu.test(element.tagName)) continue;
    const run: ListParagraph[] = [];
    for (let current: Element | null = element; current; current = nextListSibling(current)) {
      if (!listStyle.test(current.getAttribute(styleAttribute) ?? '') || /^(?:LI|UL|OL)$/iu.test(current.tagName)) break;
      done.add(current);
      const paragraph = readListParagraph(current, styleAttribute);
      if (paragraph) run.push(paragraph);
    }
    if (run.length > 0) buildList(run);
  }
}

/**
 * Google Docs writes a nested list as a sibling of the item it belongs to (`<ul><li>…</li><ul>…`);
 * it is moved into that item, where HTML and the article schema expect it.
 */
export function nestStrayLists(root: Element): void {
  for (const list of [...root.querySelectorAll('ul > ul, ul > ol, ol > ul, ol > ol')]) {
    const previous = list.previousElementSibling;
    if (previous?.tagName.toUpperCase() === 'LI') previous.appendChild(list);
    else {
      const item = list.ownerDocument.createElement('li');
      list.replaceWith(item);
      item.appendChild(list);
    }
  }
}

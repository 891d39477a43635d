import type { ImportWarning } from '../../../shared/model/import';
import { isAllowedLinkUrl } from '../../../shared/schema/allowed-link';
import { classAndId, elementText, renameElement, unwrapElement } from './html-dom';
import { importWarning } from './import-warnings';

// Shared with the editor's paste (renderer/editor/paste/): one cleaner for both.
export { inlineStylesToElements, stripAttributes } from '../../../shared/html/formatting-elements';

/** Elements that are code, embedded content or controls, never article text. */
const unsafeTags = [
  'script', 'style', 'template', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet',
  'input', 'button', 'select', 'textarea', 'option', 'label', 'svg', 'math', 'canvas', 'video',
  'audio', 'source', 'track', 'map', 'area', 'link', 'meta', 'base', 'dialog', 'portal', 'slot',
];

/**
 * Containers whose content a reader sees: a <form> (ASP.NET portals wrap the whole page in one)
 * and a <noscript> (shown by a browser with scripting off, which is how the page is parsed; an
 * unclosed one holds the rest of the page). They are replaced by their content, never deleted.
 */
const unwrappedTags = ['form', 'noscript'];

/**
 * Removes scripts, styles, frames, controls and other non-text markup under `container`, and
 * unwraps forms and <noscript>, with one warning naming what went.
 */
export function removeUnsafeMarkup(container: Element): ImportWarning[] {
  for (const element of [...container.querySelectorAll(unwrappedTags.join(','))]) unwrapElement(element);
  const counts = new Map<string, number>();
  for (const element of [...container.querySelectorAll(unsafeTags.join(','))]) {
    if (!element.isConnected) continue;
    const tag = element.tagName.toLowerCase();
    counts.set(tag, (counts.get(tag) ?? 0) + 1);
    element.remove();
  }
  if (counts.size === 0) return [];
  const summary = [...counts].map(([tag, count]) => (count > 1 ? `${tag} ×${count}` : tag)).join(', ');
  return [importWarning('markup-removed', summary)];
}

const chromeTokens =
  /(?:^|[-_])(?:comments?|binh-?luan|binhluan|share|sharing|social|related|relate|lien-?quan|tinlienquan|tin-?khac|tinkhac|breadcrumbs?|advert\w*|ads?|banner|widget|sidebar|toolbar|rating|tags?|keywords?|tu-?khoa|print|subscribe|newsletter|popup|modal|cookie|nav|navigation|menu)(?:$|[-_])/u;

function looksLikeChrome(element: Element): boolean {
  if (['NAV', 'ASIDE'].includes(element.tagName)) return true;
  return classAndId(element)
    .split(/\s+/u)
    .some((token) => chromeTokens.test(token));
}

/**
 * Removes page furniture under `root`: navigation, asides and blocks whose class or id says
 * comments, sharing, related news, breadcrumbs, ads or tags. A block holding the headline or
 * most of the article's text is never removed. The text of each block removed is added to `dropped`.
 */
export function removeChromeBlocks(root: Element, keep: readonly Element[], dropped: string[] = []): ImportWarning[] {
  const warnings: ImportWarning[] = [];
  const rootTextLength = elementText(root).length;
  for (const element of [...root.querySelectorAll('*')]) {
    if (!element.isConnected || !looksLikeChrome(element)) continue;
    if (keep.some((kept) => element.contains(kept)) || element.querySelector('h1')) continue;
    const text = elementText(element);
    if (rootTextLength > 0 && text.length > rootTextLength * 0.4) continue;
    element.remove();
    dropped.push(text);
    if (text.length > 0) warnings.push(importWarning('chrome-removed', text));
  }
  return warnings;
}

/**
 * Maps markup the article schema lacks onto what it has: h1 to h2, h5 and h6 to h4, table cells
 * and preformatted lines to paragraphs, <font> and <center> to their content.
 */
export function simplifyElements(root: Element): ImportWarning[] {
  const warnings: ImportWarning[] = [];
  for (const heading of [...root.querySelectorAll('h1')]) renameElement(heading, 'h2');
  for (const heading of [...root.querySelectorAll('h5, h6')]) renameElement(heading, 'h4');
  for (const element of [...root.querySelectorAll('font, center, big, small, blink, marquee')]) unwrapElement(element);
  for (const table of [...root.querySelectorAll('table')]) {
    if (!table.isConnected) continue;
    const cells = table.querySelectorAll('td, th').length;
    for (const part of [...table.querySelectorAll('caption, thead, tbody, tfoot, tr, td, th')]) renameElement(part, 'div');
    renameElement(table, 'div');
    warnings.push(importWarning('table-flattened', String(cells)));
  }
  for (const preformatted of [...root.querySelectorAll('pre')]) {
    const document = preformatted.ownerDocument;
    const replacement = document.createElement('div');
    for (const line of (preformatted.textContent ?? '').split('\n')) {
      const paragraph = document.createElement('p');
      paragraph.textContent = line;
      replacement.appendChild(paragraph);
    }
    preformatted.replaceWith(replacement);
  }
  return warnings;
}

function absoluteUrl(href: string, baseUrl: string | null): string | null {
  try {
    return new URL(href, baseUrl ?? undefined).href;
  } catch {
    return null;
  }
}

/**
 * Keeps links to http, https and mailto addresses (relative ones made absolute against `baseUrl`)
 * and turns every other link into its plain text, with a warning.
 */
export function cleanLinks(root: Element, baseUrl: string | null): ImportWarning[] {
  const warnings: ImportWarning[] = [];
  for (const link of [...root.querySelectorAll('a')]) {
    const href = (link.getAttribute('href') ?? '').trim();
    if (href.length === 0 || href.startsWith('#')) {
      unwrapElement(link);
      continue;
    }
    const absolute = absoluteUrl(href, baseUrl);
    if (absolute && isAllowedLinkUrl(absolute)) {
      link.setAttribute('href', absolute);
      continue;
    }
    warnings.push(importWarning('link-removed', `${elementText(link)} → ${href.slice(0, 120)}`));
    unwrapElement(link);
  }
  return warnings;
}

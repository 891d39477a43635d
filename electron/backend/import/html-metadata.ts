import type { CalendarDate } from '../../../shared/model/import';
import { foldForSearch } from '../../../shared/text/fold';
import { parseBylineLine } from './byline';
import { classAndId, elementText } from './html-dom';

/** The headline a page declares, and where it came from. */
export interface HtmlHeadline {
  text: string;
  source: 'h1' | 'og:title' | 'title';
  /** The h1 element, to be left out of the body. */
  element?: Element;
}

function metaContent(document: Document, selector: string): string {
  return (document.querySelector(selector)?.getAttribute('content') ?? '').replace(/\s+/gu, ' ').trim();
}

/** The longest part of a page title split at " | " or " - " (the rest is usually the site's name). */
function titleWithoutSiteName(title: string): string {
  const parts = title.split(/\s+[|–—-]\s+/u).map((part) => part.trim());
  return parts.reduce((longest, part) => (part.length > longest.length ? part : longest), '');
}

/**
 * The page's headline: the h1 that repeats the page's title (a site may put its name in an h1
 * too), else the first h1 inside the article, else one the title contains, else the first h1;
 * without an h1, og:title, else <title>.
 */
export function readHtmlHeadline(document: Document, root: Element): HtmlHeadline | null {
  const openGraphTitle = metaContent(document, 'meta[property="og:title"]');
  const pageTitle = (document.querySelector('title')?.textContent ?? '').replace(/\s+/gu, ' ').trim();
  const declaredTitles = [openGraphTitle, titleWithoutSiteName(pageTitle)].filter((title) => title.length > 0).map(foldForSearch);
  const headings = [...document.querySelectorAll('h1')]
    .map((element) => ({ element, text: elementText(element), folded: foldForSearch(elementText(element)) }))
    .filter((heading) => heading.text.length > 0);
  const heading =
    headings.find((candidate) => declaredTitles.includes(candidate.folded)) ??
    headings.find((candidate) => root.contains(candidate.element)) ??
    headings.find((candidate) => declaredTitles.some((title) => title.includes(candidate.folded))) ??
    headings[0];
  if (heading) return { text: heading.text, source: 'h1', element: heading.element };
  if (openGraphTitle.length > 0) return { text: openGraphTitle, source: 'og:title' };
  const title = titleWithoutSiteName(pageTitle);
  if (title.length > 0) return { text: title, source: 'title' };
  return null;
}

const leadTokens = /(?:^|[-_])(?:sapo|chapeau|standfirst|lead|summary|excerpt|description|intro)(?:$|[-_])/u;
const notLeadTokens = /img|image|photo|caption|pic|meta|author/u;

/**
 * An element the page marks as the lead ("sapo", "lead", "summary"...), holding a few words of
 * text: inside the article, or beside its headline in `headlineContainer` (not in a sidebar's
 * "lead news" box).
 */
export function findHtmlLead(root: Element, headlineContainer: Element | null, maximumLength: number): Element | null {
  const candidates = [...root.querySelectorAll('[class], [id]'), ...(headlineContainer ? headlineContainer.querySelectorAll('[class], [id]') : [])];
  for (const element of candidates) {
    if (element === root || element.contains(root) || element.querySelector('img, figure, h1, p p')) continue;
    const tokens = classAndId(element).split(/\s+/u);
    if (!tokens.some((token) => leadTokens.test(token) && !notLeadTokens.test(token))) continue;
    const text = elementText(element);
    if (text.split(' ').length >= 5 && text.length <= maximumLength) return element;
  }
  return null;
}

const authorSelectors = '[itemprop="author"], [rel="author"], [class*="author"], [class*="byline"], [class*="tac-gia"], [class*="tacgia"]';
const bylineLabel = /^(?:tác giả|bài(?:\s*(?:và|,)\s*ảnh)?|ảnh|by)\s*[:：]\s*/iu;

/** Author names the page marks up, with the elements that hold them (to be left out of the body). */
export function readHtmlBylines(document: Document, root: Element): { names: string[]; elements: Element[] } {
  const names: string[] = [];
  const elements: Element[] = [];
  for (const element of root.querySelectorAll(authorSelectors)) {
    if (elements.some((taken) => taken.contains(element))) continue;
    const parsed = parseBylineLine(elementText(element).replace(bylineLabel, ''));
    if (!parsed) continue;
    names.push(...parsed);
    elements.push(element);
  }
  if (names.length === 0) {
    const parsed = parseBylineLine(metaContent(document, 'meta[name="author"]').replace(bylineLabel, ''));
    if (parsed) names.push(...parsed);
  }
  return { names: [...new Set(names)], elements };
}

const calendarParts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The publication date the page declares (article:published_time, datePublished, <time datetime>), in Vietnam's time zone. */
export function readHtmlPublishedDate(document: Document, root: Element): CalendarDate | null {
  const declared =
    metaContent(document, 'meta[property="article:published_time"]') ||
    metaContent(document, 'meta[itemprop="datePublished"]') ||
    (root.querySelector('time[datetime]') ?? document.querySelector('time[datetime]'))?.getAttribute('datetime') ||
    '';
  if (!/^\d{4}-\d{2}-\d{2}/u.test(declared)) return null;
  const instant = new Date(declared);
  if (Number.isNaN(instant.getTime())) return null;
  const parts = Object.fromEntries(calendarParts.formatToParts(instant).map((part) => [part.type, part.value]));
  return { year: Number(parts.year), month: Number(parts.month), day: Number(parts.day) };
}

import { bodyFigures } from '../model/figures';
import { bylineLine } from '../model/byline';
import { calendarDateFromIso, formatCalendarDateline } from '../text/dateline';
import { cleanText } from './html-escape';
import type { ArticleRenderInput, RenderedImage } from './render-input';
import { publishedTimestamp, vietnamTimestamp } from './vietnam-time';

/** What an export shows when the headline is empty (the checklist warns about it). */
export const untitledHeadline = '(Chưa có tiêu đề)';

/** The headline as written in `<title>` and `<h1>`: one line, never empty. */
export function exportedHeadline(input: ArticleRenderInput): string {
  return oneLine(input.article.headline) || untitledHeadline;
}

/** The sapo on one line, without the source prefix: the meta description. */
export function exportedDescription(input: ArticleRenderInput): string {
  return oneLine(input.article.sapo);
}

/**
 * The lead as the portal prints it: the source prefix, " - ", then the sapo:
 * "(Thanhuytphcm.vn) - Chiều 3/6, …". A sapo that already starts with the prefix is kept as it is.
 */
export function exportedLead(input: ArticleRenderInput): string {
  const sapo = cleanText(input.article.sapo).trim();
  if (!sapo) return '';
  const prefix = oneLine(input.article.sourcePrefix).replace(/[\s\-–—:]+$/u, '');
  if (!prefix || sapo.startsWith(prefix)) return sapo;
  return `${prefix} - ${sapo}`;
}

export function exportedByline(input: ArticleRenderInput): string {
  return oneLine(bylineLine(input.article.bylines));
}

/** The date shown in the header and its machine-readable form, both in Vietnam's time. */
export function exportedDate(input: ArticleRenderInput): { text: string; datetime: string } | null {
  const datetime = publishedTimestamp(input.article);
  if (!datetime) return null;
  const calendar = calendarDateFromIso(datetime.slice(0, 10));
  return calendar ? { text: formatCalendarDateline(calendar), datetime } : null;
}

export function exportedModified(input: ArticleRenderInput): string | null {
  return vietnamTimestamp(input.article.updatedAt);
}

export function exportedTags(input: ArticleRenderInput): string[] {
  return input.article.tags.map(oneLine).filter((tag) => tag.length > 0);
}

export function exportedCategory(input: ArticleRenderInput): string {
  return oneLine(input.categoryName ?? '');
}

/** The names the byline credits as writers (pen name first), in order. */
export function exportedWriters(input: ArticleRenderInput): string[] {
  return input.article.bylines.authors
    .filter((author) => author.role === 'writer')
    .map((author) => oneLine(author.penName?.trim() || author.name))
    .filter((name) => name.length > 0);
}

/** The body's figures that have an image, in reading order, with what the export knows of each. */
export function exportedImages(input: ArticleRenderInput): Array<{ hash: string; caption: string; credit: string; alt: string; featured: boolean; image: RenderedImage }> {
  const images = [];
  for (const figure of bodyFigures(input.article.body)) {
    const attrs = figure.attrs ?? {};
    const hash = typeof attrs.hash === 'string' ? attrs.hash : '';
    const image = hash ? input.image(hash) : null;
    if (!image) continue;
    images.push({
      hash,
      caption: oneLine(String(attrs.caption ?? '')),
      credit: oneLine(String(attrs.credit ?? '')),
      alt: oneLine(String(attrs.alt ?? '')),
      featured: attrs.featured === true,
      image,
    });
  }
  // The featured image ("Ảnh đại diện") comes first, as metadata consumers take the first.
  const featured = images.findIndex((entry) => entry.featured);
  if (featured > 0) images.unshift(...images.splice(featured, 1));
  return images;
}

/** Text for a single-line field: clean, with runs of white space as one space. */
export function oneLine(value: string): string {
  return cleanText(value).replace(/\s+/gu, ' ').trim();
}

import { renderBodyHtml } from './body-html';
import { escapeAttribute, escapeText } from './html-escape';
import {
  exportedByline,
  exportedDate,
  exportedDescription,
  exportedHeadline,
  exportedLead,
  oneLine,
} from './article-parts';
import { jsonLdScript, openGraphTags } from './article-metadata-html';
import { exportContentSecurityPolicy } from './export-policy';
import { exportStylesheet } from './export-stylesheet';
import { fragmentPlainText } from './fragment-text';
import type { ArticleRenderInput } from './render-input';
import { shortVietnamTime, vietnamTimestamp } from './vietnam-time';

/**
 * One article as a standalone HTML document: the same bytes for the same input (no generation
 * time, fixed order), every text escaped, the body rebuilt from the schema, no script but the
 * JSON-LD record. Used by the export, the preview and the CLI alike.
 */
export function renderArticleDocument(input: ArticleRenderInput): string {
  const headline = exportedHeadline(input);
  const description = exportedDescription(input);
  const head =
    '<meta charset="utf-8">\n' +
    '<meta name="viewport" content="width=device-width, initial-scale=1">\n' +
    `<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(exportContentSecurityPolicy)}">\n` +
    `<title>${escapeText(headline)}</title>\n` +
    (description ? `<meta name="description" content="${escapeAttribute(description)}">\n` : '') +
    openGraphTags(input) +
    `<style>${exportStylesheet}</style>\n` +
    jsonLdScript(input);
  return `<!doctype html>\n<html lang="vi">\n<head>\n${head}</head>\n<body>\n${renderArticleElement(input)}</body>\n</html>\n`;
}

/** The `<article>` element: header (date, headline, lead), body, byline, "Tin khác", reader comments. */
export function renderArticleElement(input: ArticleRenderInput): string {
  let header = '';
  const date = exportedDate(input);
  const place = oneLine(input.article.datelinePlace);
  if (date || place) {
    const parts: string[] = [];
    if (place) parts.push(`<span class="place">${escapeText(place)}</span>`);
    if (date) parts.push(`<time datetime="${escapeAttribute(date.datetime)}">${escapeText(date.text)}</time>`);
    header += `<p class="dateline">${parts.join(' - ')}</p>\n`;
  }
  header += `<h1>${escapeText(exportedHeadline(input))}</h1>\n`;
  const lead = exportedLead(input);
  if (lead) header += `<p class="sapo"><strong>${escapeText(lead).replace(/\n/g, '<br>')}</strong></p>\n`;
  return `<article>\n<header>\n${header}</header>\n${articleBodyAndByline(input)}${relatedList(input)}${commentsBlock(input)}</article>\n`;
}

/**
 * The body and the byline as an HTML fragment (no html, head or header), for pasting into a web
 * CMS ("Sao chép HTML").
 */
export function renderArticleFragment(input: ArticleRenderInput): string {
  return articleBodyAndByline(input);
}

/** The plain text of `renderArticleFragment`, for the clipboard's text/plain. */
export function renderArticleFragmentText(input: ArticleRenderInput): string {
  return fragmentPlainText(input.article.body, exportedByline(input));
}

function articleBodyAndByline(input: ArticleRenderInput): string {
  const byline = exportedByline(input);
  return renderBodyHtml(input.article.body, input.image) + (byline ? `<p class="byline">${escapeText(byline)}</p>\n` : '');
}

function relatedList(input: ArticleRenderInput): string {
  const items = input.article.related
    .map((related) => {
      const headline = oneLine(related.headline) || untitled(related.id);
      const href = input.relatedHref?.(related) ?? null;
      return href ? `<li><a href="${escapeAttribute(href)}">${escapeText(headline)}</a></li>\n` : `<li>${escapeText(headline)}</li>\n`;
    })
    .join('');
  return items ? `<aside class="related">\n<h2>Tin khác</h2>\n<ul>\n${items}</ul>\n</aside>\n` : '';
}

function untitled(id: number): string {
  return `Bài viết ${id}`;
}

function commentsBlock(input: ArticleRenderInput): string {
  const comments = input.comments;
  if (!comments || comments.total <= 0) return '';
  const items = comments.items
    .map((comment) => {
      const when = vietnamTimestamp(comment.createdAt);
      const time = when ? ` <time datetime="${when}">${escapeText(shortVietnamTime(comment.createdAt) ?? '')}</time>` : '';
      const body = escapeText(comment.body.trim()).replace(/\n/g, '<br>');
      return `<li>\n<p class="comment-author">${escapeText(oneLine(comment.author) || 'Bạn đọc')}${time}</p>\n<p>${body}</p>\n</li>\n`;
    })
    .join('');
  const list = items ? `<ol>\n${items}</ol>\n` : '';
  return `<section class="comments">\n<h2>Ý kiến bạn đọc</h2>\n<p>Tổng lượt bình luận: ${Math.trunc(comments.total)}</p>\n${list}</section>\n`;
}

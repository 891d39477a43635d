import type { Article } from '../model/article';
import type { DocNode } from '../model/document';
import type { ExportWarning } from '../model/export';
import { documentPlainText } from './plain-text';

/** "TK" (tham khảo, to be checked) and "XXX" left in as placeholders, as whole words. */
const placeholderPattern = /(?<![\p{L}\p{N}])(TK|XXX+)(?![\p{L}\p{N}])/gu;

/**
 * What to check before an article is exported; never blocks the export. In reading order: the
 * headline, sapo, byline and date, then each figure, placeholders, and links that are not http(s).
 */
export function exportChecklist(article: Pick<Article, 'headline' | 'sapo' | 'body' | 'bylines' | 'date'>): ExportWarning[] {
  const warnings: ExportWarning[] = [];
  if (article.headline.trim().length === 0) warnings.push({ code: 'missing-headline' });
  if (article.sapo.trim().length === 0) warnings.push({ code: 'missing-sapo' });
  const { authors, team, source } = article.bylines;
  if (authors.length === 0 && !team && source.trim().length === 0) warnings.push({ code: 'missing-byline' });
  if (article.date === null) warnings.push({ code: 'missing-date' });

  const links: string[] = [];
  let figure = 0;
  const visit = (node: DocNode) => {
    if (node.type === 'figure') {
      figure += 1;
      const attrs = node.attrs ?? {};
      if (!attrs.hash) warnings.push({ code: 'figure-without-image', figure });
      if (!String(attrs.caption ?? '').trim()) warnings.push({ code: 'figure-without-caption', figure });
      if (!String(attrs.alt ?? '').trim()) warnings.push({ code: 'figure-without-alt', figure });
    }
    for (const mark of node.marks ?? []) {
      if (mark.type !== 'link') continue;
      const href = String(mark.attrs?.href ?? '').trim();
      if (!/^https?:\/\//i.test(href) && !links.includes(href)) links.push(href);
    }
    for (const child of node.content ?? []) visit(child);
  };
  visit(article.body);

  const fields: Array<['headline' | 'sapo' | 'body', string]> = [
    ['headline', article.headline],
    ['sapo', article.sapo],
    ['body', documentPlainText(article.body)],
  ];
  for (const [field, text] of fields) {
    const found = new Set([...text.matchAll(placeholderPattern)].map((match) => match[1]!));
    for (const placeholder of found) warnings.push({ code: 'placeholder', text: placeholder, field });
  }
  for (const href of links) warnings.push({ code: 'link-not-web', text: href });
  return warnings;
}

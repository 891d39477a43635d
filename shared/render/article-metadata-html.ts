import { escapeAttribute, jsonForScript } from './html-escape';
import {
  exportedCategory,
  exportedDate,
  exportedDescription,
  exportedHeadline,
  exportedImages,
  exportedModified,
  exportedTags,
  exportedWriters,
  oneLine,
} from './article-parts';
import type { ArticleRenderInput } from './render-input';
import { printedCredit } from './figure-credit';

const isDataUri = (src: string) => /^data:/i.test(src);

/** The schema.org NewsArticle record of an article (as JSON-LD). */
export function articleJsonLd(input: ArticleRenderInput): Record<string, unknown> {
  const record: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: exportedHeadline(input),
  };
  const description = exportedDescription(input);
  if (description) record.description = description;
  const published = exportedDate(input)?.datetime;
  if (published) record.datePublished = published;
  const modified = exportedModified(input);
  if (modified) record.dateModified = modified;
  const authors: Array<Record<string, string>> = exportedWriters(input).map((name) => ({ '@type': 'Person', name }));
  if (input.article.bylines.team) authors.push({ '@type': 'Organization', name: 'Nhóm PV' });
  if (authors.length > 0) record.author = authors;
  const source = oneLine(input.article.bylines.source);
  if (source) record.sourceOrganization = { '@type': 'Organization', name: source };
  const images = exportedImages(input).map(({ image, caption, credit }) => {
    const object: Record<string, unknown> = { '@type': 'ImageObject' };
    // An embedded image is not repeated here as a data: URI: the page holds it once.
    if (!isDataUri(image.src)) object.contentUrl = image.src;
    if (image.width && image.height) Object.assign(object, { width: image.width, height: image.height });
    if (caption) object.caption = caption;
    if (credit) object.creditText = printedCredit(credit);
    return object;
  });
  if (images.length > 0) record.image = images;
  record.inLanguage = 'vi';
  const section = exportedCategory(input);
  if (section) record.articleSection = section;
  const tags = exportedTags(input);
  if (tags.length > 0) record.keywords = tags.join(', ');
  const place = oneLine(input.article.datelinePlace);
  if (place) record.dateline = place;
  return record;
}

/** The `<script type="application/ld+json">` element: no text inside can close it. */
export function jsonLdScript(input: ArticleRenderInput): string {
  return `<script type="application/ld+json">\n${jsonForScript(articleJsonLd(input))}\n</script>\n`;
}

/** The Open Graph tags: og:* for the page, article:* for the news article. */
export function openGraphTags(input: ArticleRenderInput): string {
  const tags: Array<[string, string]> = [
    ['og:type', 'article'],
    ['og:locale', 'vi_VN'],
    ['og:title', exportedHeadline(input)],
  ];
  const description = exportedDescription(input);
  if (description) tags.push(['og:description', description]);
  const featured = exportedImages(input)[0];
  if (featured && !isDataUri(featured.image.src)) {
    tags.push(['og:image', featured.image.src]);
    if (featured.alt) tags.push(['og:image:alt', featured.alt]);
  }
  const published = exportedDate(input)?.datetime;
  if (published) tags.push(['article:published_time', published]);
  const modified = exportedModified(input);
  if (modified) tags.push(['article:modified_time', modified]);
  for (const writer of exportedWriters(input)) tags.push(['article:author', writer]);
  const section = exportedCategory(input);
  if (section) tags.push(['article:section', section]);
  for (const tag of exportedTags(input)) tags.push(['article:tag', tag]);
  return tags.map(([property, content]) => `<meta property="${property}" content="${escapeAttribute(content)}">\n`).join('');
}

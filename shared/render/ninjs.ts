import { bodyFigures } from '../model/figures';
import {
  exportedByline,
  exportedCategory,
  exportedDate,
  exportedDescription,
  exportedHeadline,
  exportedLead,
  exportedModified,
  exportedTags,
  oneLine,
} from './article-parts';
import { renderBodyHtml } from './body-html';
import { printedCredit } from './figure-credit';
import type { ArticleRenderInput } from './render-input';
import { vietnamTimestamp } from './vietnam-time';

/**
 * The article as an IPTC ninjs 2.x-style record (`article.json` of a folder export): headline,
 * description (the lead), body HTML, bylines, dates, category, tags, and each image with its file,
 * caption, credit, alt text and size. Keys in a fixed order, so equal articles give equal files.
 * `imageType` gives an image's media type (e.g. "image/jpeg"), or null when unknown.
 */
export function ninjsRecord(input: ArticleRenderInput, imageType: (hash: string) => string | null): Record<string, unknown> {
  const { article } = input;
  const record: Record<string, unknown> = {
    uri: `newsdesk:article:${article.id}`,
    type: 'text',
    representationtype: 'complete',
    language: 'vi',
    headlines: [{ role: 'main', value: exportedHeadline(input) }],
  };
  const description = exportedDescription(input);
  if (description) record.descriptions = [{ role: 'summary', contenttype: 'text/plain', value: exportedLead(input) }];
  record.bodies = [{ role: 'main', contenttype: 'text/html', value: renderBodyHtml(article.body, input.image) }];
  const byline = exportedByline(input);
  if (byline) record.by = byline;
  record.people = article.bylines.authors.map((author) => ({
    name: oneLine(author.name),
    ...(author.penName?.trim() ? { penname: oneLine(author.penName) } : {}),
    rel: author.role === 'writer' ? 'author' : 'photographer',
  }));
  if (article.bylines.team) record.organisations = [{ name: 'Nhóm PV', rel: 'author' }];
  if (article.bylines.source.trim()) record.copyrightholder = oneLine(article.bylines.source);
  record.firstcreated = vietnamTimestamp(article.createdAt);
  record.versioncreated = exportedModified(input);
  const published = exportedDate(input)?.datetime;
  if (published) record.contentcreated = published;
  if (article.datelinePlace.trim()) record.places = [{ name: oneLine(article.datelinePlace), rel: 'dateline' }];
  const category = exportedCategory(input);
  if (category) record.subjects = [{ name: category, rel: 'category' }];
  record.keywords = exportedTags(input);

  const associations: Record<string, unknown> = {};
  let number = 0;
  for (const figure of bodyFigures(article.body)) {
    const attrs = figure.attrs ?? {};
    const hash = typeof attrs.hash === 'string' ? attrs.hash : '';
    const image = hash ? input.image(hash) : null;
    if (!image) continue;
    number += 1;
    const picture: Record<string, unknown> = {
      type: 'picture',
      uri: `newsdesk:media:${hash}`,
      renditions: {
        web: {
          href: image.src,
          ...(imageType(hash) ? { contenttype: imageType(hash) } : {}),
          ...(image.width && image.height ? { width: image.width, height: image.height } : {}),
        },
      },
      descriptions: [
        { role: 'caption', contenttype: 'text/plain', value: oneLine(String(attrs.caption ?? '')) },
        { role: 'alt', contenttype: 'text/plain', value: oneLine(String(attrs.alt ?? '')) },
      ],
      by: oneLine(printedCredit(String(attrs.credit ?? ''))),
      featured: attrs.featured === true,
    };
    associations[`image-${number}`] = picture;
  }
  record.associations = associations;
  return record;
}

import { ApiError } from '../../../shared/api/errors';
import type { Article } from '../../../shared/model/article';
import { bylineLine } from '../../../shared/model/byline';
import { bodyFigures, featuredFigureIndex } from '../../../shared/model/figures';
import { documentPlainText } from '../../../shared/render/plain-text';
import { calendarDateFromIso, formatCalendarDateline } from '../../../shared/text/dateline';
import type { Backend } from '../../backend/backend-types';
import { CommandFailure, defineCommand, UsageError } from '../command';

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** The article as `newsdesk show --json` prints it. */
async function shownArticle(backend: Backend, article: Article) {
  const figures = bodyFigures(article.body).map((figure) => figure.attrs ?? {});
  const shownFigures = [];
  for (const figure of figures) {
    const mediaHash = text(figure.hash);
    let size: { width: number | null; height: number | null } = { width: null, height: null };
    if (mediaHash !== '') {
      try {
        const info = await backend.call('media.info', { hash: mediaHash });
        size = { width: info.width, height: info.height };
      } catch (error) {
        if (!(error instanceof ApiError && error.code === 'not_found')) throw error;
      }
    }
    shownFigures.push({ mediaHash: mediaHash === '' ? null : mediaHash, caption: text(figure.caption), credit: text(figure.credit), alt: text(figure.alt), ...size });
  }
  const categories = article.categoryId === null ? [] : await backend.call('categories.list', {});
  return {
    id: article.id,
    headline: article.headline,
    sapo: article.sapo,
    sourcePrefix: article.sourcePrefix,
    status: article.status,
    exportedAt: article.exportedAt,
    date: article.date,
    datelinePlace: article.datelinePlace,
    category: categories.find((category) => category.id === article.categoryId)?.name ?? null,
    tags: article.tags,
    bylines: article.bylines.authors.map(({ name, penName, role }) => ({ name, penName, role })),
    bylineTeam: article.bylines.team,
    bylineSource: article.bylines.source,
    figures: shownFigures,
    featuredFigure: featuredFigureIndex(article.body),
    related: article.related,
    wordCount: article.wordCount,
    updatedAt: article.updatedAt,
    trashedAt: article.trashedAt,
  };
}

export const showCommand = defineCommand({
  name: 'show',
  summary: 'Print one article: its fields, bylines, figures and text.',
  usage: 'newsdesk show ID [--json] [--db FILE]',
  options: {
    json: {
      type: 'boolean',
      description:
        'Print {id, headline, sapo, sourcePrefix, status, exportedAt, date, datelinePlace, category, tags, bylines:[{name, penName, role}], figures:[{mediaHash, caption, credit, alt, width, height}], featuredFigure, related, wordCount, updatedAt}.',
    },
  },
  positionals: [{ name: 'ID', description: 'The article id (newsdesk list shows them).', required: true }],
  async run(context) {
    const [idText] = context.positionals;
    const id = Number(idText);
    if (!/^\d{1,15}$/.test(idText ?? '') || !Number.isSafeInteger(id) || id < 1) {
      throw new UsageError(`ID must be an article id, a whole number from 1 (got "${idText ?? ''}").`);
    }
    const backend = await context.openBackend();
    let article: Article;
    let shown: Awaited<ReturnType<typeof shownArticle>>;
    try {
      try {
        article = await backend.call('articles.get', { id });
      } catch (error) {
        if (error instanceof ApiError && error.code === 'not_found') throw new CommandFailure(`${error.message} (newsdesk list shows the ids).`);
        throw error;
      }
      shown = await shownArticle(backend, article);
    } finally {
      backend.close();
    }
    if (context.options.json) {
      context.writeJson(shown);
      return;
    }
    const byline = bylineLine({ authors: article.bylines.authors, team: article.bylines.team, source: article.bylines.source });
    const date = shown.date === null ? null : calendarDateFromIso(shown.date);
    const dateline = [date ? formatCalendarDateline(date) : '', shown.datelinePlace].filter((part) => part !== '').join(' · ');
    const lines = [
      `#${shown.id}  ${shown.headline === '' ? '(no headline)' : shown.headline}`,
      `Status: ${shown.status}${shown.trashedAt ? ' (in the trash)' : ''} · Updated: ${shown.updatedAt} · Words: ${shown.wordCount}`,
      ...(shown.exportedAt ? [`Exported: ${shown.exportedAt}`] : []),
      ...(dateline ? [`Date: ${dateline}`] : []),
      ...(shown.category ? [`Category: ${shown.category}`] : []),
      ...(shown.tags.length > 0 ? [`Tags: ${shown.tags.join(', ')}`] : []),
      ...(byline ? [`Byline: ${byline}`] : []),
      ...(shown.sapo ? ['', `${shown.sourcePrefix ? `${shown.sourcePrefix} - ` : ''}${shown.sapo}`] : []),
      '',
      documentPlainText(article.body),
      ...shown.figures.map((figure, index) => `[Figure ${index + 1}${index === shown.featuredFigure ? ', featured' : ''}] ${figure.caption}${figure.credit ? ` (Ảnh: ${figure.credit})` : ''}`),
    ];
    context.stdout.write(`${lines.join('\n').trimEnd()}\n`);
  },
});

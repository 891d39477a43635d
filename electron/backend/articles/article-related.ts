import { ApiError } from '../../../shared/api/errors';
import type { RelatedArticle } from '../../../shared/model/article-metadata';
import type { BackendContext } from '../backend-context';
import { sql } from '../store/sql';
import type { ArticleRow } from './article-row';

/** The ids stored in `articles.related_json`; anything but ids is left out. */
export function parseRelatedJson(json: string): number[] {
  const parsed = JSON.parse(json) as unknown;
  return Array.isArray(parsed) ? parsed.filter((id): id is number => Number.isSafeInteger(id) && id > 0) : [];
}

/** Tin khác of an article: the related articles that still exist, in the stored order, with their headlines. */
export function readRelatedArticles(context: Pick<BackendContext, 'queries'>, relatedJson: string): RelatedArticle[] {
  const ids = parseRelatedJson(relatedJson);
  if (ids.length === 0) return [];
  const rows = context.queries.all<Pick<ArticleRow, 'id' | 'headline'>>(
    sql`SELECT id, headline FROM articles WHERE id IN (SELECT value FROM json_each(${JSON.stringify(ids)}))`,
  );
  const headlines = new Map(rows.map((row) => [row.id, row.headline]));
  return ids.filter((id) => headlines.has(id)).map((id) => ({ id, headline: headlines.get(id)! }));
}

/**
 * Checks the related articles an article is given: each must exist and not be the article itself
 * (`articleId`, null for a new article). The error names the entry at fault.
 */
export function assertRelatedArticles(context: BackendContext, articleId: number | null, ids: readonly number[], where: string): void {
  ids.forEach((id, index) => {
    if (id === articleId) {
      throw new ApiError('invalid-argument', { method: 'articles.save', where: `${where}.${index}`, problem: 'an article cannot be its own related article' }, { where: `${where}.${index}` });
    }
    if (!context.queries.get(sql`SELECT 1 AS found FROM articles WHERE id = ${id}`)) {
      throw new ApiError('article-not-found', { id }, { where: `${where}.${index}` });
    }
  });
}

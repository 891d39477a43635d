import type { Article } from '../../shared/model/article';
import { api } from '../api/client';

/** How long a prefetched article may wait to be taken: beyond it, it is read again. */
const freshForMilliseconds = 3_000;

let prefetched: { id: number; at: number; article: Promise<Article> } | null = null;

/**
 * Starts reading an article the writer has just chosen, while the open one is saved and closed and
 * the page is redrawn, so that the read does not wait for all that. A read that fails is not
 * kept: `loadArticle` then asks again and reports its own failure.
 */
export function prefetchArticle(id: number): void {
  const article = api['articles.get']({ id });
  article.catch(() => {
    if (prefetched?.article === article) prefetched = null;
  });
  prefetched = { id, at: performance.now(), article };
}

/** Forgets a prefetch that will not be used (the open article could not be closed). */
export function dropPrefetchedArticle(): void {
  prefetched = null;
}

/** The article, from a fresh prefetch of it when there is one (taken once), or read now. */
export function loadArticle(id: number): Promise<Article> {
  const taken = prefetched;
  prefetched = null;
  if (taken && taken.id === id && performance.now() - taken.at <= freshForMilliseconds) return taken.article;
  return api['articles.get']({ id });
}

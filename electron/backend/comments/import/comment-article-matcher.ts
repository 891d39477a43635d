import { exportSlug } from '../../../../shared/render/export-slug';
import { slugify } from '../../../../shared/text/slug';
import type { ParsedComment } from '../parsed-comment';

/** A local article a comment can belong to. */
export interface MatchableArticle {
  id: number;
  headline: string;
}

/** The slug of the last path segment of an article URL (without .html and the like), and the same without a trailing numeric id. */
export function urlSlugs(url: string): string[] {
  const withoutQuery = url.replace(/[?#].*$/su, '').replace(/\/+$/u, '');
  const segment = withoutQuery.slice(withoutQuery.lastIndexOf('/') + 1);
  let decoded = segment;
  try {
    decoded = decodeURIComponent(segment);
  } catch {
    // A malformed %-escape: the segment as it is.
  }
  const stem = decoded.replace(/\.(?:html?|php|aspx?|htm|shtml)$/iu, '');
  const slug = slugify(stem);
  const withoutId = slug.replace(/-\d+$/u, '');
  return [slug, withoutId].filter((value, index, all) => value !== '' && all.indexOf(value) === index);
}

/**
 * Matches the article a comment file names to a local article (`articles` in id order, not
 * trashed): by the slug of the URL's last segment, with or without a trailing numeric id, or else
 * by the slug of the title, against the export slug of the local headlines. The first article of a
 * slug wins. Each URL and title is matched once.
 */
export function commentArticleMatcher(articles: readonly MatchableArticle[]): (article: ParsedComment['article']) => number | null {
  const bySlug = new Map<string, number>();
  for (const row of articles) {
    const slug = exportSlug(row);
    if (!bySlug.has(slug)) bySlug.set(slug, row.id);
  }
  const known = new Map<string, number | null>();
  return (article) => {
    if (bySlug.size === 0) return null;
    const key = `${article.url}\u0000${article.title}`;
    const cached = known.get(key);
    if (cached !== undefined) return cached;
    let found: number | null = null;
    for (const slug of article.url ? urlSlugs(article.url) : []) {
      found = bySlug.get(slug) ?? null;
      if (found !== null) break;
    }
    if (found === null) {
      const titleSlug = slugify(article.title);
      found = titleSlug === '' ? null : (bySlug.get(titleSlug) ?? null);
    }
    known.set(key, found);
    return found;
  };
}

import { slugify } from '../text/slug';

/** The stem of an exported article's file or folder name: the headline's slug, or "bai-viet-<id>" when it has none. */
export function exportSlug(article: { id: number; headline: string }): string {
  return slugify(article.headline) || `bai-viet-${article.id}`;
}

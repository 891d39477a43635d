import { slugify } from '../text/slug';

/** The stem of an exported article's file or folder name: the headline's slug, or "bai-viet-<id>" when it has none. */
export function exportSlug(article: { id: number; headline: string }): string {
  const slug = slugify(article.headline);
  if (!slug) return `bai-viet-${article.id}`;
  // Windows cannot create a file or folder with a device's name ("con.html", "nul/"), whatever the extension.
  return windowsDeviceNames.test(slug) ? `${slug}-${article.id}` : slug;
}

const windowsDeviceNames = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/;

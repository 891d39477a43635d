import type { Category } from '../../../shared/model/category';

/** A row of `categories` as SQLite returns it. */
export interface CategoryRow {
  id: number;
  name: string;
  slug: string;
  parent_id: number | null;
}

export function rowToCategory(row: Pick<CategoryRow, 'id' | 'name' | 'slug'> & { article_count: number }): Category {
  return { id: row.id, name: row.name, slug: row.slug, articleCount: row.article_count };
}

import { ApiError } from '../../../shared/api/errors';
import type { Category } from '../../../shared/model/category';
import { sortVietnamese } from '../../../shared/text/collation';
import { slugify } from '../../../shared/text/slug';
import type { BackendContext } from '../backend-context';
import { sql } from '../store/sql';
import { type CategoryRow, rowToCategory } from './category-row';

/** The categories (Chuyên mục) of the portal: the `categories.*` methods of the contract. */
export interface CategoryService {
  list(): Category[];
  create(name: string): Category;
  rename(id: number, name: string): Category;
  delete(id: number): void;
}

type CategoryWithCount = Pick<CategoryRow, 'id' | 'name' | 'slug'> & { article_count: number };

export function createCategoryService(context: BackendContext): CategoryService {
  const { queries } = context;

  const rows = () =>
    queries.all<CategoryWithCount>(sql`
      SELECT categories.id, categories.name, categories.slug, count(articles.id) AS article_count
      FROM categories LEFT JOIN articles ON articles.category_id = categories.id
      GROUP BY categories.id`);

  const get = (id: number): Category => {
    const row = rows().find((candidate) => candidate.id === id);
    if (!row) throw new ApiError('category-not-found', { categoryId: id }, { where: 'id' });
    return rowToCategory(row);
  };

  /** The slug of `name`, refusing a name that would be another category's (same letters, ignoring case and accents). */
  const slugFor = (name: string, exceptId: number | null): string => {
    const slug = slugify(name.trim()) || `chuyen-muc-${context.now().getTime().toString(36)}`;
    const taken = queries.get<Pick<CategoryRow, 'id' | 'name'>>(sql`SELECT id, name FROM categories WHERE slug = ${slug}`);
    if (taken && taken.id !== exceptId) throw new ApiError('category-exists', { name: name.trim(), existing: taken.name }, { where: 'name' });
    return slug;
  };

  return {
    list: () => sortVietnamese(rows(), (row) => row.name).map(rowToCategory),

    create(name) {
      const id = queries.transaction(() => {
        const slug = slugFor(name, null);
        return Number(queries.run(sql`INSERT INTO categories (name, slug) VALUES (${name.trim()}, ${slug})`).lastInsertRowid);
      });
      return get(id);
    },

    rename(id, name) {
      queries.transaction(() => {
        get(id);
        queries.run(sql`UPDATE categories SET name = ${name.trim()}, slug = ${slugFor(name, id)} WHERE id = ${id}`);
      });
      return get(id);
    },

    delete(id) {
      queries.transaction(() => {
        const category = get(id);
        if (category.articleCount > 0) {
          throw new ApiError('category-in-use', { name: category.name, articles: category.articleCount }, { where: 'id' });
        }
        queries.run(sql`DELETE FROM categories WHERE id = ${id}`);
      });
    },
  };
}

import { useCallback, useEffect, useId, useState } from 'react';
import { articleListSorts, type ArticleListSort } from '../../shared/model/article';
import type { Author } from '../../shared/model/author';
import { api } from '../api/client';
import { useT } from '../i18n/i18n';
import { useCategories } from './use-categories';

/** Which articles the list shows beyond the status filter, and in what order. */
export interface ListOrder {
  categoryId: number | null;
  authorId: number | null;
  sort: ArticleListSort;
}

export const defaultListOrder: ListOrder = { categoryId: null, authorId: null, sort: 'updated-desc' };

/** The author directory, inactive authors included (their articles are still theirs). */
function useAllAuthors(): { authors: Author[]; reload: () => Promise<void> } {
  const [authors, setAuthors] = useState<Author[]>([]);
  const reload = useCallback(async () => {
    try {
      setAuthors(await api['authors.list']({ all: true }));
    } catch {
      // Keep what was loaded: filtering is never blocked by it.
    }
  }, []);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { authors, reload };
}

/** Chuyên mục, Tác giả and Sắp xếp above the article list. */
export function ListOrderTools({ order, onChange }: { order: ListOrder; onChange: (order: ListOrder) => void }) {
  const t = useT();
  const categoryId = useId();
  const authorId = useId();
  const sortId = useId();
  const { categories, reload: reloadCategories } = useCategories();
  const { authors, reload: reloadAuthors } = useAllAuthors();
  const idOf = (value: string) => (value === '' ? null : Number(value));
  return (
    <div className="list-order">
      <label htmlFor={categoryId} className="visually-hidden">{t.categoryFilter}</label>
      <select id={categoryId} className="select-input" value={order.categoryId === null ? '' : String(order.categoryId)}
        onFocus={() => void reloadCategories()} onChange={(event) => onChange({ ...order, categoryId: idOf(event.target.value) })}>
        <option value="">{t.allCategories}</option>
        {categories.map((category) => (
          <option key={category.id} value={String(category.id)}>{category.name}</option>
        ))}
      </select>
      <label htmlFor={authorId} className="visually-hidden">{t.authorFilter}</label>
      <select id={authorId} className="select-input" value={order.authorId === null ? '' : String(order.authorId)}
        onFocus={() => void reloadAuthors()} onChange={(event) => onChange({ ...order, authorId: idOf(event.target.value) })}>
        <option value="">{t.allAuthors}</option>
        {authors.map((author) => (
          <option key={author.id} value={String(author.id)}>{author.penName ? `${author.name} (${author.penName})` : author.name}</option>
        ))}
      </select>
      <label htmlFor={sortId} className="visually-hidden">{t.sortOrder}</label>
      <select id={sortId} className="select-input" value={order.sort} onChange={(event) => onChange({ ...order, sort: event.target.value as ArticleListSort })}>
        {articleListSorts.map((sort) => (
          <option key={sort} value={sort}>{t.listSorts[sort]}</option>
        ))}
      </select>
    </div>
  );
}

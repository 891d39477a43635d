import { useCallback, useEffect, useState } from 'react';
import type { Category } from '../../shared/model/category';
import { api } from '../api/client';

/**
 * The categories (Chuyên mục), loaded when first used and again on `reload` (the list is edited in
 * Cài đặt). A failed load keeps the list it had: choosing a category is never blocked by it.
 */
export function useCategories(): { categories: Category[]; reload: () => Promise<void> } {
  const [categories, setCategories] = useState<Category[]>([]);
  const reload = useCallback(async () => {
    try {
      setCategories(await api['categories.list']({}));
    } catch {
      // Keep what was loaded; the select still shows the article's own category.
    }
  }, []);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { categories, reload };
}

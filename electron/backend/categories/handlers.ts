import type { MethodHandlers } from '../handler-types';
import type { CategoryService } from './category-service';

/** The category methods of the contract. */
export function categoryHandlers(categories: CategoryService) {
  return {
    'categories.list': () => categories.list(),
    'categories.create': ({ name }) => categories.create(name),
    'categories.rename': ({ id, name }) => categories.rename(id, name),
    'categories.delete': ({ id }) => {
      categories.delete(id);
      return { deleted: true as const };
    },
  } satisfies MethodHandlers;
}

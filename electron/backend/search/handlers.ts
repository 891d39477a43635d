import type { MethodHandlers } from '../handler-types';
import type { SearchIndex } from './search-index';
import type { SearchService } from './search-service';

/** The search methods of the contract. */
export function searchHandlers(search: SearchService, searchIndex: SearchIndex) {
  return {
    'search.articles': (args) => {
      // Saves are indexed just after they answer: finish that first, so that no result is older than the saved text.
      searchIndex.catchUp();
      return search.articles(args);
    },
  } satisfies MethodHandlers;
}

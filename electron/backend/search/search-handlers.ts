import type { BackendContext } from '../backend-context';
import type { MethodHandlers } from '../method-handlers';
import { searchIndexListener } from './search-index';
import { createSearchService } from './search-service';

/**
 * The search methods of the contract. Also registers the listener that keeps the search index in
 * step with every article write, so a backend with search always has an up-to-date index.
 */
export function searchHandlers(context: BackendContext) {
  context.articleWriteListeners.push(searchIndexListener(context));
  const search = createSearchService(context);
  return {
    'search.articles': (args) => search.articles(args),
  } satisfies MethodHandlers;
}

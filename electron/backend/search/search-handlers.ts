import type { BackendContext } from '../backend-context';
import type { MethodHandlers } from '../method-handlers';
import { indexQueuedArticles, searchIndexListener } from './search-index';
import { createSearchService } from './search-service';

/**
 * The search methods of the contract. Also registers the listener that keeps the search index in
 * step with every article write, and indexes the articles a crash left queued (saved, not yet
 * indexed), so a backend with search always has an up-to-date index.
 */
export function searchHandlers(context: BackendContext) {
  context.articleWriteListeners.push(searchIndexListener(context));
  try {
    indexQueuedArticles(context.queries);
  } catch (error) {
    // Not fatal: each search indexes what is still queued before it runs.
    context.logError(`newsdesk: could not index the articles queued for the search index: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  }
  const search = createSearchService(context);
  return {
    'search.articles': (args) => {
      // Saves are indexed just after they answer: finish that first, so that no result is older than the saved text.
      context.idleTasks.runPending();
      indexQueuedArticles(context.queries);
      return search.articles(args);
    },
  } satisfies MethodHandlers;
}

import type { MethodHandlers } from '../handler-types';
import type { RevisionService } from './revision-service';

/** The revision methods of the contract. */
export function revisionHandlers(revisions: RevisionService) {
  return {
    'revisions.list': ({ articleId }) => revisions.list(articleId),
    'revisions.get': ({ id }) => revisions.get(id),
    'revisions.restore': ({ id, expectedVersion }) => revisions.restore(id, expectedVersion),
  } satisfies MethodHandlers;
}

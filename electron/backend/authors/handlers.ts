import type { MethodHandlers } from '../handler-types';
import type { AuthorService } from './author-service';

/** The author directory methods of the contract. */
export function authorHandlers(authors: AuthorService) {
  return {
    'authors.list': (args) => authors.list(args),
    'authors.create': (args) => authors.create(args),
    'authors.update': (args) => authors.update(args),
  } satisfies MethodHandlers;
}

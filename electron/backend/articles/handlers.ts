import type { MethodHandlers } from '../handler-types';
import type { ArticleService } from './article-service';

/** The article methods of the contract. */
export function articleHandlers(articles: ArticleService) {
  return {
    'articles.create': ({ fields }) => articles.create(fields),
    'articles.get': ({ id }) => articles.get(id),
    'articles.list': (options) => articles.list(options),
    'articles.save': (args) => articles.save(args),
    'articles.trash': ({ id }) => articles.trash(id),
    'articles.untrash': ({ id }) => articles.untrash(id),
    'articles.discardEmptyDraft': ({ id }) => ({ discarded: articles.discardEmptyDraft(id) }),
    'articles.applyToneStyle': ({ style }) => articles.applyToneStyle(style),
  } satisfies MethodHandlers;
}

import type { MethodName, ParsedArgsOf, ResultOf } from '../../shared/api/contract';
import { appInfo } from './app/app-info';
import { createArticleService } from './articles/article-service';
import type { BackendContext } from './backend-context';
import { importHandlers } from './import/import-service';
import type { MediaService } from './media/media-service';
import { createRevisionService } from './revisions/revision-service';
import { searchHandlers } from './search/search-handlers';
import { createSettingsService } from './settings/settings-service';

/** The service behind one method: takes the validated arguments, returns the result or throws an ApiError. */
export type MethodHandler<M extends MethodName> = (args: ParsedArgsOf<M>) => ResultOf<M> | Promise<ResultOf<M>>;

/** A handler for some methods of the contract. */
export type MethodHandlers = { [M in MethodName]?: MethodHandler<M> };

/** A handler for every method of the contract. */
export type AllMethodHandlers = { [M in MethodName]: MethodHandler<M> };

/**
 * Every method's handler. A service with its own methods adds one line here:
 * `...searchHandlers(context),` (a function returning its handlers `satisfies MethodHandlers`).
 */
export function createMethodHandlers(context: BackendContext, media: MediaService): AllMethodHandlers {
  return {
    ...coreHandlers(context, media),
    ...importHandlers(context),
    ...searchHandlers(context),
  };
}

/** The core handlers: app, settings, articles, revisions, media. */
export function coreHandlers(context: BackendContext, media: MediaService) {
  const articles = createArticleService(context);
  const revisions = createRevisionService(context);
  const settings = createSettingsService(context);
  return {
    'app.info': () => appInfo(context),
    'settings.get': () => settings.get(),
    'settings.update': ({ changes }) => settings.update(changes),
    'articles.create': ({ fields }) => articles.create(fields),
    'articles.get': ({ id }) => articles.get(id),
    'articles.list': (options) => articles.list(options),
    'articles.save': (args) => articles.save(args),
    'articles.trash': ({ id }) => articles.trash(id),
    'articles.restore': ({ id }) => articles.restore(id),
    'revisions.list': ({ articleId }) => revisions.list(articleId),
    'revisions.get': ({ id }) => revisions.get(id),
    'revisions.restore': ({ id, expectedVersion }) => revisions.restore(id, expectedVersion),
    'media.put': ({ data, fileName }) => media.put(data, fileName),
    'media.get': ({ hash }) => media.get(hash),
  } satisfies MethodHandlers;
}

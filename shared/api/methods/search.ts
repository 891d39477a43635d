import { defineMethod } from '../define-method';
import { searchArgumentsSchema, searchResultSchema } from '../../model/search';

export const searchMethods = {
  'search.articles': defineMethod({
    summary:
      'Full-text search of headlines, leads, bodies and bylines, ignoring accents, tone style and case; trashed articles are left out. Best match first, with highlighted snippets.',
    args: searchArgumentsSchema,
    result: searchResultSchema,
  }),
};

import { limits } from '../limits';
import { articleId, z } from '../zod';
import { defineMethod } from '../define-method';
import {
  articleFieldsSchema,
  articleListSortSchema,
  articleSchema,
  articleStatusSchema,
  articleSummarySchema,
  saveKindSchema,
} from '../../model/article';
import { toneStyleSchema } from '../../model/settings';

export const articleMethods = {
  'articles.create': defineMethod({
    summary: 'Create a draft article, optionally with initial fields; returns the new article.',
    args: z.strictObject({ fields: articleFieldsSchema.optional() }),
    result: articleSchema,
  }),
  'articles.get': defineMethod({
    summary: 'Get one article by id, trashed or not.',
    args: z.strictObject({ id: articleId }),
    result: articleSchema,
  }),
  'articles.list': defineMethod({
    summary:
      'List articles, most recently updated first, or by headline in Vietnamese alphabetical order; by status, category or author. Trashed articles only with trashed: true.',
    args: z.strictObject({
      status: articleStatusSchema.optional(),
      categoryId: articleId.optional(),
      authorId: articleId.optional(),
      trashed: z.boolean().optional(),
      sort: articleListSortSchema.optional(),
      limit: z.number().int().positive().max(limits.listPage).optional(),
      offset: z.number().int().nonnegative().optional(),
      /**
       * The next page after this article, for the default order (most recently updated first): the
       * last summary of the page before. Unlike offset, it costs the same for every page.
       */
      after: z.strictObject({ updatedAt: z.string().max(40), id: articleId }).optional(),
    }).refine((args) => args.after === undefined || ((args.sort ?? 'updated-desc') === 'updated-desc' && args.offset === undefined), {
      message: 'after goes only with the default order (updated-desc) and without offset',
      path: ['after'],
    }),
    result: z.array(articleSummarySchema),
  }),
  'articles.save': defineMethod({
    summary:
      'Save fields of an article. Fails with "conflict" and changes nothing when expectedVersion is not the stored version.',
    args: z.strictObject({
      id: articleId,
      expectedVersion: z.number().int().positive(),
      kind: saveKindSchema,
      fields: articleFieldsSchema,
    }),
    result: articleSummarySchema,
  }),
  'articles.trash': defineMethod({
    summary: 'Move an article to the trash. It keeps all its data and can be taken out again (articles.untrash).',
    args: z.strictObject({ id: articleId }),
    result: articleSummarySchema,
  }),
  'articles.discardEmptyDraft': defineMethod({
    summary:
      'Delete an article that is still an untouched new draft: version 1, no text in headline, source, sapo or body, no figure, no byline, no category, not in the trash. Anything else is kept; says whether it was deleted.',
    args: z.strictObject({ id: articleId }),
    result: z.strictObject({ discarded: z.boolean() }),
  }),
  'articles.untrash': defineMethod({
    summary: 'Take an article out of the trash, as it was.',
    args: z.strictObject({ id: articleId }),
    result: articleSummarySchema,
  }),
  'articles.applyToneStyle': defineMethod({
    summary:
      'Move the tone marks of every article not in the trash to a style (old "hòa", new "hoà"): headline, sapo, source prefix, body text and figure captions. Each article that changes gets one new version (revision kind "tone-style"), all in one transaction; returns how many changed and their ids.',
    args: z.strictObject({ style: toneStyleSchema }),
    result: z.strictObject({
      changed: z.number().int().nonnegative(),
      articleIds: z.array(articleId),
    }),
  }),
};

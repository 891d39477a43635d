import { articleId, z } from '../zod';
import { defineMethod } from '../define-method';
import { revisionSchema, revisionSummarySchema } from '../../model/revision';
import { articleSummarySchema } from '../../model/article';

const revisionId = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);

export const revisionMethods = {
  'revisions.list': defineMethod({
    summary: 'List the saved versions of an article, newest first.',
    args: z.strictObject({ articleId }),
    result: z.array(revisionSummarySchema),
  }),
  'revisions.get': defineMethod({
    summary: 'Get one saved version with its full text and its bylines.',
    args: z.strictObject({ id: revisionId }),
    result: revisionSchema,
  }),
  'revisions.restore': defineMethod({
    summary:
      'Make a saved version the current text of its article (as a new version; nothing is lost). Fails with "conflict" on a stale expectedVersion.',
    args: z.strictObject({ id: revisionId, expectedVersion: z.number().int().positive() }),
    result: articleSummarySchema,
  }),
};

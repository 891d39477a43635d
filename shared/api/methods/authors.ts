import { limits } from '../limits';
import { text, z } from '../zod';
import { defineMethod } from '../define-method';
import { authorId, authorNameText, authorRoleSchema, authorSchema } from '../../model/author';

/** A pen name as sent: trimmed; empty or null for none. */
const penNameArg = text(limits.authorName)
  .transform((value) => value.trim())
  .nullable();

export const authorMethods = {
  'authors.list': defineMethod({
    summary: 'List the author directory in Vietnamese order of name: active authors only, unless all: true.',
    args: z.strictObject({ all: z.boolean().optional() }),
    result: z.array(authorSchema),
  }),
  'authors.create': defineMethod({
    summary: 'Add an author to the directory (active). Fails with "author-name-taken" when an author already has this name.',
    args: z.strictObject({
      name: authorNameText,
      penName: penNameArg.optional(),
      role: authorRoleSchema.optional(),
    }),
    result: authorSchema,
  }),
  'authors.update': defineMethod({
    summary:
      "Change an author's name, pen name, role or activity (active: false takes the author out of the suggestions; its bylines stay). A new name or pen name re-indexes the search entries of the author's articles.",
    args: z.strictObject({
      id: authorId,
      name: authorNameText.optional(),
      penName: penNameArg.optional(),
      role: authorRoleSchema.optional(),
      active: z.boolean().optional(),
    }),
    result: authorSchema,
  }),
};

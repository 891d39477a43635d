import { limits } from '../limits';
import { articleId, text, z } from '../zod';
import { defineMethod } from '../define-method';
import {
  exportArticleResultSchema,
  exportConflictPolicySchema,
  exportImageModeSchema,
  exportPlanEntrySchema,
  exportSelectionSchema,
} from '../../model/export';

export const exportMethods = {
  'export.defaults': defineMethod({
    summary: 'The folder exports go to when the user has not chosen one: "Newsdesk/Xuất HTML" in the home folder.',
    args: z.strictObject({}),
    result: z.strictObject({ folder: z.string() }),
  }),
  'export.plan': defineMethod({
    summary:
      'The articles a batch export would take (chosen ids in the order given, a status, or all; never trashed ones), each with its file name and the checklist warnings (missing headline, sapo, byline or date, figures without caption or alt text, TK/XXX placeholders, links that are not http(s)). Changes nothing.',
    args: z.strictObject({ selection: exportSelectionSchema }),
    result: z.strictObject({ articles: z.array(exportPlanEntrySchema) }),
  }),
  'export.article': defineMethod({
    summary:
      'Export one article as standalone HTML into an absolute folder (created when missing): "<slug>.html" with images embedded, or "<slug>/index.html" with "images/" and "article.json". Files are written atomically. An existing name is replaced, renamed around ("-2", "-3"…) or reported back (ifExists "ask"). The article becomes "Đã xuất" (exported) with the export time, as a new version.',
    args: z.strictObject({
      id: articleId,
      folder: text(limits.filePath).refine((value) => value.trim().length > 0, { message: 'must not be empty' }),
      images: exportImageModeSchema.default('embed'),
      ifExists: exportConflictPolicySchema.default('ask'),
      /** In 'folder' mode, also copy each original image beside its downscaled copy (images/originals/). */
      originals: z.boolean().default(false),
      /** Add the approved reader comments ("Ý kiến bạn đọc") when the article has any. */
      includeComments: z.boolean().default(false),
    }),
    result: exportArticleResultSchema,
  }),
};

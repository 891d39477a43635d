import { limits } from '../limits';
import { base64Data, text, z } from '../zod';
import { defineMethod } from '../define-method';
import { importDuplicateSchema, importedArticleSummarySchema, importLimits } from '../../model/import';

/** One file to import: its name (which says its format: .txt, .html, .htm or .docx) and its bytes in base64. */
const importFileSchema = z.strictObject({
  name: text(limits.fileName).min(1, { message: 'must not be empty' }),
  data: base64Data(importLimits.fileBytes),
});

export const importMethods = {
  'import.files': defineMethod({
    summary:
      'Import articles from .txt (text copied off a page), .html (a saved page or a fragment) and .docx files, one draft per file, with their images, captions, lead, source prefix and bylines; warnings say what was detected or guessed. All or nothing: a bad file creates nothing and names the file.',
    args: z.strictObject({
      files: z
        .array(importFileSchema)
        .min(1, { message: 'must name at least one file' })
        .max(importLimits.files, { message: `must hold at most ${importLimits.files} files` }),
      /**
       * A file whose headline and text (compared without accents, case or spacing) are already an
       * article outside the trash: 'import' (the default) imports it anyway with the warning
       * 'duplicate-of-existing'; 'ask' leaves it out and names it in `duplicates`.
       */
      ifDuplicate: z.enum(['import', 'ask']).optional(),
    }),
    result: z.strictObject({ articles: z.array(importedArticleSummarySchema), duplicates: z.array(importDuplicateSchema).optional() }),
  }),
};

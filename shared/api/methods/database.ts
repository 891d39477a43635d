import { text, z } from '../zod';
import { defineMethod } from '../define-method';

/** Maintenance of the database file itself; for the CLI and the desktop app's main process, never the page. */
export const databaseMethods = {
  'database.check': defineMethod({
    summary: 'Check the open database: pragmas read back, schema version, quick_check and foreign_key_check.',
    audience: 'trusted',
    args: z.strictObject({}),
    result: z.strictObject({
      ok: z.boolean(),
      problems: z.array(z.string()),
      pragmas: z.record(z.string(), z.union([z.string(), z.number()])),
      schemaVersion: z.number().int().nonnegative(),
      quickCheck: z.string(),
    }),
  }),
  'database.backup': defineMethod({
    summary:
      'Copy the open database to a new file with SQLite\'s online backup, check the copy with integrity_check, and only then put it at outPath.',
    audience: 'trusted',
    args: z.strictObject({
      /** An absolute path; the file must not exist unless overwrite is true. */
      outPath: text(4096).min(1, { message: 'must not be empty' }),
      overwrite: z.boolean().optional(),
    }),
    result: z.strictObject({ outPath: z.string(), bytes: z.number().int().nonnegative(), integrity: z.literal('ok') }),
  }),
};

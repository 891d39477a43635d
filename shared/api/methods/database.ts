import { text, z } from '../zod';
import { defineMethod } from '../define-method';

/** One file of the backup folder (`<database folder>/newsdesk-backups/`). */
const backupFileSchema = z.strictObject({ name: z.string(), createdAt: z.string(), bytes: z.number().int().nonnegative() });

const restoreResultSchema = z.strictObject({
  databasePath: z.string(),
  /** The backup file restored from. */
  restoredFrom: z.string(),
  /** Where the previous database file was renamed to (never deleted); null when there was none. */
  movedAsideTo: z.string().nullable(),
  bytes: z.number().int().nonnegative(),
});

/**
 * Maintenance of the database file itself. check, backup and restoreFile are for the CLI and the
 * desktop app's main process; status, backups and restore are the page's "Khôi phục từ bản sao lưu",
 * and answer even when the database could not be opened at start.
 */
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
      /** Stop, leaving no file, when the copy takes longer (default 600). */
      timeoutSeconds: z.number().int().min(1).max(86_400).optional(),
    }),
    result: z.strictObject({ outPath: z.string(), bytes: z.number().int().nonnegative(), integrity: z.literal('ok') }),
  }),
  'database.status': defineMethod({
    summary:
      'Whether the database is open, or could not be opened at start (then only the database.* recovery methods answer), with the error and whether a backup can repair it; an open database is reported damaged when the background integrity check found damage.',
    args: z.strictObject({}),
    result: z.strictObject({
      state: z.enum(['open', 'unavailable']),
      databasePath: z.string(),
      /**
       * Why it could not be opened, or (state 'open') the damage the background integrity check
       * found: an error shape (reason, params, message); null when all is well.
       */
      error: z.strictObject({ code: z.string(), reason: z.string(), params: z.record(z.string(), z.unknown()), message: z.string() }).nullable(),
      /** The file is damaged or not SQLite: restoring a backup repairs it. */
      damaged: z.boolean(),
      backupFolder: z.string(),
      /** How many backups there are (each is checked when restored). */
      backupCount: z.number().int().nonnegative(),
    }),
  }),
  'database.backups': defineMethod({
    summary: 'The backups in the backup folder beside the database, newest first.',
    args: z.strictObject({}),
    result: z.strictObject({ folder: z.string(), backups: z.array(backupFileSchema) }),
  }),
  'database.restore': defineMethod({
    summary:
      'Restore a backup of the backup folder (by name; without a name, the newest that passes integrity_check): the backup is checked first, the current file is renamed aside, never deleted, and the database reopened.',
    args: z.strictObject({ name: text(255).min(1, { message: 'must not be empty' }).optional() }),
    result: restoreResultSchema,
  }),
  'database.restoreFile': defineMethod({
    summary: 'Restore the database from any backup file (newsdesk restore --from FILE), as database.restore does.',
    audience: 'trusted',
    args: z.strictObject({ fromPath: text(4096).min(1, { message: 'must not be empty' }) }),
    result: restoreResultSchema,
  }),
};

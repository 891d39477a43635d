import { z } from '../zod';
import { defineMethod } from '../define-method';
import { settingsSchema } from '../../model/settings';

export const appMethods = {
  'app.info': defineMethod({
    summary: 'Version of Newsdesk, where its database is, and the database schema version.',
    args: z.strictObject({}),
    result: z.strictObject({
      version: z.string(),
      databasePath: z.string(),
      schemaVersion: z.number().int().nonnegative(),
      sqliteVersion: z.string(),
    }),
  }),
  'settings.get': defineMethod({
    summary: 'The user settings (interface language, tone-mark style).',
    args: z.strictObject({}),
    result: settingsSchema,
  }),
  'settings.update': defineMethod({
    summary: 'Change some settings; returns all settings.',
    args: z.strictObject({ changes: settingsSchema.partial() }),
    result: settingsSchema,
  }),
};

import { z } from '../api/zod';

export const languages = ['vi', 'en'] as const;
export const languageSchema = z.enum(languages);
export type Language = z.infer<typeof languageSchema>;

/** Where the tone mark goes in the open syllables oa, oe, uy: old style "hòa", new style "hoà". */
export const toneStyles = ['old', 'new'] as const;
export const toneStyleSchema = z.enum(toneStyles);
export type ToneStyle = z.infer<typeof toneStyleSchema>;

export const settingsSchema = z.strictObject({
  language: languageSchema,
  toneStyle: toneStyleSchema,
});
export type Settings = z.infer<typeof settingsSchema>;

export const defaultSettings: Settings = { language: 'vi', toneStyle: 'old' };

import { limits } from '../api/limits';
import { z } from '../api/zod';

export const languages = ['vi', 'en'] as const;
export const languageSchema = z.enum(languages);
export type Language = z.infer<typeof languageSchema>;

/** Where the tone mark goes in the open syllables oa, oe, uy: old style "hòa", new style "hoà". */
export const toneStyles = ['old', 'new'] as const;
export const toneStyleSchema = z.enum(toneStyles);
export type ToneStyle = z.infer<typeof toneStyleSchema>;

/** The lengths (in characters) above which the headline and sapo counters warn; the house's own limits. */
export const lengthLimitRanges = {
  headlineLimit: { min: 20, max: 1000 },
  sapoLimit: { min: 50, max: 5000 },
} as const;

/** The largest image the contract accepts, in MB: the ceiling of the "Dung lượng ảnh tối đa (MB)" setting. */
export const maxImageMegabytesCeiling = limits.mediaBytes / (1024 * 1024);

export const settingsSchema = z.strictObject({
  language: languageSchema,
  toneStyle: toneStyleSchema,
  headlineLimit: z.number().int().min(lengthLimitRanges.headlineLimit.min).max(lengthLimitRanges.headlineLimit.max),
  sapoLimit: z.number().int().min(lengthLimitRanges.sapoLimit.min).max(lengthLimitRanges.sapoLimit.max),
  /** Images larger than this are refused before they are sent ("Dung lượng ảnh tối đa (MB)"). */
  maxImageMegabytes: z.number().int().min(1).max(maxImageMegabytesCeiling),
});
export type Settings = z.infer<typeof settingsSchema>;

export const defaultSettings: Settings = { language: 'vi', toneStyle: 'old', headlineLimit: 120, sapoLimit: 400, maxImageMegabytes: maxImageMegabytesCeiling };

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

/** The range of the "Chiều rộng ảnh tối đa (px)" setting. */
export const exportImageWidthRange = { min: 320, max: 8000 } as const;

/** The range of "Số bản sao lưu giữ lại". */
export const backupKeepRange = { min: 1, max: 500 } as const;

/** The ignore list of Kiểm tra chính tả: at most this many words of at most this many characters. */
export const spellCheckIgnoredMax = 5000;
export const spellCheckWordMaxLength = 100;

export const settingsSchema = z.strictObject({
  language: languageSchema,
  toneStyle: toneStyleSchema,
  headlineLimit: z.number().int().min(lengthLimitRanges.headlineLimit.min).max(lengthLimitRanges.headlineLimit.max),
  sapoLimit: z.number().int().min(lengthLimitRanges.sapoLimit.min).max(lengthLimitRanges.sapoLimit.max),
  /** Images larger than this are refused before they are sent ("Dung lượng ảnh tối đa (MB)"). */
  maxImageMegabytes: z.number().int().min(1).max(maxImageMegabytesCeiling),
  /** "Chiều rộng ảnh tối đa (px)": images exported in 'folder' mode are downscaled to at most this width. */
  exportImageMaxWidth: z.number().int().min(exportImageWidthRange.min).max(exportImageWidthRange.max),
  /** "Kèm ảnh gốc": 'folder' exports also copy each original image (images/originals/). */
  exportOriginals: z.boolean(),
  /** "Thư mục xuất": the folder the app exports to; '' for the default (`export.defaults`). */
  exportFolder: z.string().max(limits.filePath),
  /** "Tên người duyệt": recorded with each comment decision; '' for this computer's user name. */
  moderatorName: z.string().max(200),
  /** "Tự động từ chối bình luận có từ cấm": a banned word rejects the comment instead of sending it to "Bị báo cáo". */
  autoRejectBanned: z.boolean(),
  /** "Tự động sao lưu": a checked backup every hour while the database is in use, in newsdesk-backups/ beside it. */
  autoBackup: z.boolean(),
  /** "Số bản sao lưu giữ lại": the newest N are kept (and the newest of each of the last 7 days). */
  backupKeep: z.number().int().min(backupKeepRange.min).max(backupKeepRange.max),
  /** "Kiểm tra chính tả": the body editor underlines words that are not well-formed Vietnamese syllables. */
  spellCheck: z.boolean(),
  /** Words "Bỏ qua từ này" added: never flagged by the checker (lower case NFC). */
  spellCheckIgnored: z.array(z.string().min(1).max(spellCheckWordMaxLength)).max(spellCheckIgnoredMax),
});
export type Settings = z.infer<typeof settingsSchema>;

export const defaultSettings: Settings = { language: 'vi', toneStyle: 'old', headlineLimit: 120, sapoLimit: 400, maxImageMegabytes: maxImageMegabytesCeiling,
  exportImageMaxWidth: 1600,
  exportOriginals: false,
  exportFolder: '',
  moderatorName: '',
  autoRejectBanned: false,
  autoBackup: true,
  backupKeep: 24,
  spellCheck: true,
  spellCheckIgnored: [],
};

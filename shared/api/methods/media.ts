import { limits } from '../limits';
import { mediaHash, text, z } from '../zod';
import { defineMethod } from '../define-method';
import { mediaInfoSchema } from '../../model/media';

/** Base64 of at most `limits.mediaBytes` bytes. */
const base64Data = z
  .string()
  .max(Math.ceil(limits.mediaBytes / 3) * 4 + 4, { message: `the file is larger than ${limits.mediaBytes / 1024 / 1024} MB` })
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, { message: 'must be base64' });

export const mediaMethods = {
  'media.put': defineMethod({
    summary:
      'Store an image (JPEG, PNG, GIF or WebP, checked from its bytes). The same bytes are stored once; returns its hash.',
    args: z.strictObject({ data: base64Data, fileName: text(limits.fileName).optional() }),
    result: mediaInfoSchema,
  }),
  'media.get': defineMethod({
    summary: 'Get an image and its data by hash.',
    args: z.strictObject({ hash: mediaHash }),
    result: mediaInfoSchema.extend({ data: z.string() }),
  }),
};

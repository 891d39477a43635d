import { limits } from '../limits';
import { base64Data, mediaHash, text, z } from '../zod';
import { defineMethod } from '../define-method';
import { mediaInfoSchema } from '../../model/media';


export const mediaMethods = {
  'media.put': defineMethod({
    summary:
      'Store an image (JPEG, PNG, GIF or WebP, checked from its bytes). The same bytes are stored once; returns its hash.',
    args: z.strictObject({ data: base64Data(limits.mediaBytes), fileName: text(limits.fileName).optional() }),
    result: mediaInfoSchema,
  }),
  'media.info': defineMethod({
    summary: 'Get what is known of an image (type, size in bytes, width and height in pixels) by hash, without its data.',
    args: z.strictObject({ hash: mediaHash }),
    result: mediaInfoSchema,
  }),
  'media.get': defineMethod({
    summary: 'Get an image and its data by hash.',
    args: z.strictObject({ hash: mediaHash }),
    result: mediaInfoSchema.extend({ data: z.string() }),
  }),
};

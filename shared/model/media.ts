import { mediaHash, z } from '../api/zod';

export const mediaTypes = ['image/jpeg', 'image/png', 'image/gif', 'image/webp'] as const;
export const mediaTypeSchema = z.enum(mediaTypes);
export type MediaType = z.infer<typeof mediaTypeSchema>;

export const mediaInfoSchema = z.strictObject({
  hash: mediaHash,
  mime: mediaTypeSchema,
  size: z.number().int().nonnegative(),
  width: z.number().int().nonnegative().nullable(),
  height: z.number().int().nonnegative().nullable(),
  fileName: z.string().nullable(),
  createdAt: z.string(),
});
export type MediaInfo = z.infer<typeof mediaInfoSchema>;

import { limits } from '../api/limits';
import { text, z } from '../api/zod';

/** A section of the portal (Chuyên mục), managed in Cài đặt; an article belongs to at most one. */
export const categorySchema = z.strictObject({
  id: z.number().int().positive(),
  name: z.string(),
  slug: z.string(),
  /** How many articles (trash included) are in it: a category in use cannot be deleted. */
  articleCount: z.number().int().nonnegative(),
});
export type Category = z.infer<typeof categorySchema>;

export const categoryNameSchema = text(limits.categoryName)
  .refine((value) => value.trim().length > 0, { message: 'must not be empty' });

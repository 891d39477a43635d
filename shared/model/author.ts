import { limits } from '../api/limits';
import { isoTimestamp, text, z } from '../api/zod';

/** What an author does in the newsroom; stable keys, worded by the interface (phóng viên, biên tập viên...). */
export const authorRoles = ['reporter', 'editor', 'contributor', 'photographer'] as const;
export const authorRoleSchema = z.enum(authorRoles);
export type AuthorRole = z.infer<typeof authorRoleSchema>;

export const authorId = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);

/** A name or pen name: trimmed, not empty. */
export const authorNameText = text(limits.authorName)
  .transform((value) => value.trim())
  .refine((value) => value.length > 0, { message: 'must not be empty' });

/** An entry of the author directory (Tác giả). */
export const authorSchema = z.strictObject({
  id: authorId,
  name: z.string(),
  /** Bút danh: the name printed in the byline when there is one. */
  penName: z.string().nullable(),
  role: authorRoleSchema,
  /** Inactive authors keep their bylines but are no longer suggested. */
  active: z.boolean(),
  createdAt: isoTimestamp,
  updatedAt: isoTimestamp,
});
export type Author = z.infer<typeof authorSchema>;

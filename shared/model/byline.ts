import { limits } from '../api/limits';
import { text, z } from '../api/zod';
import { authorId } from './author';

/** What an author did for this article: wrote it, or took its photographs. */
export const bylineRoles = ['writer', 'photographer'] as const;
export const bylineRoleSchema = z.enum(bylineRoles);
export type BylineRole = z.infer<typeof bylineRoleSchema>;

/** The bylines of an article as a save sends them: its authors in order, the reporting team, the source. */
export const bylinesFieldSchema = z.strictObject({
  authors: z.array(z.strictObject({ authorId, role: bylineRoleSchema })).max(limits.bylineAuthors),
  /** "Nhóm PV": the article is signed by the reporting team. */
  team: z.boolean(),
  /** "Theo <nguồn>": the source the article is taken from, e.g. "TTXVN"; '' for none. */
  source: text(limits.bylineSource).transform((value) => value.trim()),
});
export type BylinesField = z.infer<typeof bylinesFieldSchema>;

/** The bylines of an article as `articles.get` returns them, each author with its names. */
export const articleBylinesSchema = z.strictObject({
  authors: z.array(
    z.strictObject({
      authorId,
      role: bylineRoleSchema,
      name: z.string(),
      penName: z.string().nullable(),
    }),
  ),
  team: z.boolean(),
  source: z.string(),
});
export type ArticleBylines = z.infer<typeof articleBylinesSchema>;

export const noBylines: ArticleBylines = { authors: [], team: false, source: '' };

/** What the byline line needs of each author. */
export interface BylineLineAuthor {
  name: string;
  penName: string | null;
  role: BylineRole;
}

/**
 * The byline line exactly as it is exported, in the house style: each writer by pen name (Bút
 * danh) when there is one, else by name, in byline order; then "Nhóm PV" for the reporting team;
 * then the photographers as "Ảnh: A, B"; then "Theo <nguồn>"; the parts joined with " - ".
 * For example "Hồng Ngọc - Minh Anh", "Nhóm PV", "Hồng Ngọc - Ảnh: Quang Huy", "Theo TTXVN".
 * An article without bylines gives ''.
 */
export function bylineLine(bylines: { authors: readonly BylineLineAuthor[]; team: boolean; source: string }): string {
  const printed = (author: BylineLineAuthor) => (author.penName?.trim() || author.name).trim();
  const writers = bylines.authors.filter((author) => author.role === 'writer').map(printed);
  const photographers = bylines.authors.filter((author) => author.role === 'photographer').map(printed);
  const parts = [...writers];
  if (bylines.team) parts.push('Nhóm PV');
  if (photographers.length > 0) parts.push(`Ảnh: ${photographers.join(', ')}`);
  const source = bylines.source.trim();
  if (source) parts.push(`Theo ${source}`);
  return parts.filter((part) => part.length > 0).join(' - ');
}

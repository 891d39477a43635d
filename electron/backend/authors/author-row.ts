import type { Author, AuthorRole } from '../../../shared/model/author';

/** A row of `authors` as SQLite returns it; every query of the table reads this type or a `Pick` of it. */
export interface AuthorRow {
  id: number;
  name: string;
  pen_name: string | null;
  email: string | null;
  /** 'reporter' | 'editor' | 'contributor' | 'photographer' (migration 0070). */
  role: string;
  /** 1, or 0 for an author no longer suggested (migration 0070). */
  active: number;
  created_at: string;
  updated_at: string;
}

/** A row of `article_bylines`: an article's author at a position (0 first), 'writer' or 'photographer'. */
export interface ArticleBylineRow {
  article_id: number;
  author_id: number;
  position: number;
  role: string;
}

export function rowToAuthor(row: AuthorRow): Author {
  return {
    id: row.id,
    name: row.name,
    penName: row.pen_name,
    role: row.role as AuthorRole,
    active: row.active === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

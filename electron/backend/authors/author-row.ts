/** A row of `authors` as SQLite returns it; every query of the table reads this type or a `Pick` of it. */
export interface AuthorRow {
  id: number;
  name: string;
  pen_name: string | null;
  email: string | null;
  created_at: string;
  updated_at: string;
}

/** A row of `article_bylines`: an article's author at a position (0 first). */
export interface ArticleBylineRow {
  article_id: number;
  author_id: number;
  position: number;
  role: string;
}

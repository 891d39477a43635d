import { ApiError } from '../../../shared/api/errors';
import type { ArticleBylines, BylineRole, BylinesField } from '../../../shared/model/byline';
import type { ArticleRow } from '../articles/article-row';
import type { BackendContext } from '../backend-context';
import { sql } from '../store/sql';
import type { ArticleBylineRow, AuthorRow } from './author-row';

/**
 * The bylines of an article: its rows of `article_bylines` (authors in order, each 'writer' or
 * 'photographer') and the columns `byline_team` and `byline_source` of `articles` (migration 0070).
 */
export function readArticleBylines(context: Pick<BackendContext, 'queries'>, articleId: number): ArticleBylines {
  const { queries } = context;
  const options = queries.get<Pick<ArticleRow, 'byline_team' | 'byline_source'>>(
    sql`SELECT byline_team, byline_source FROM articles WHERE id = ${articleId}`,
  );
  const authors = queries.all<Pick<ArticleBylineRow, 'author_id' | 'role'> & Pick<AuthorRow, 'name' | 'pen_name'>>(sql`
    SELECT article_bylines.author_id AS author_id, article_bylines.role AS role, authors.name AS name, authors.pen_name AS pen_name
    FROM article_bylines JOIN authors ON authors.id = article_bylines.author_id
    WHERE article_bylines.article_id = ${articleId}
    ORDER BY article_bylines.position`);
  return {
    authors: authors.map((row) => ({ authorId: row.author_id, role: row.role as BylineRole, name: row.name, penName: row.pen_name })),
    team: options?.byline_team === 1,
    source: options?.byline_source ?? '',
  };
}

/** The bylines of an article as a revision snapshot keeps them (`article_revisions.bylines_json`). */
export function articleBylinesJson(context: Pick<BackendContext, 'queries'>, articleId: number): string {
  const bylines = readArticleBylines(context, articleId);
  const stored: BylinesField = {
    authors: bylines.authors.map(({ authorId, role }) => ({ authorId, role })),
    team: bylines.team,
    source: bylines.source,
  };
  return JSON.stringify(stored);
}

/** Reads `bylines_json` of a snapshot; null when the snapshot predates bylines (migration 0070). */
export function parseBylinesJson(json: string | null): BylinesField | null {
  if (json === null) return null;
  const parsed = JSON.parse(json) as { authors?: { authorId: number; role: BylineRole }[] | null; team?: unknown; source?: unknown };
  return {
    authors: (parsed.authors ?? []).map(({ authorId, role }) => ({ authorId, role })),
    team: parsed.team === true || parsed.team === 1,
    source: typeof parsed.source === 'string' ? parsed.source : '',
  };
}

/**
 * Replaces the bylines of an article, inside the caller's transaction. Every author must exist in
 * the directory (inactive ones too: an old article keeps its authors); otherwise 'author-not-found'
 * names the author's place in `where` (e.g. 'fields.bylines.authors.1.authorId').
 */
export function writeArticleBylines(context: Pick<BackendContext, 'queries'>, articleId: number, bylines: BylinesField, where = 'fields.bylines'): void {
  const { queries } = context;
  bylines.authors.forEach(({ authorId }, index) => {
    const found = queries.get(sql`SELECT 1 AS found FROM authors WHERE id = ${authorId}`);
    if (!found) throw new ApiError('author-not-found', { id: authorId }, { where: `${where}.authors.${index}.authorId` });
  });
  queries.run(sql`DELETE FROM article_bylines WHERE article_id = ${articleId}`);
  bylines.authors.forEach(({ authorId, role }, position) => {
    queries.run(sql`INSERT INTO article_bylines (article_id, author_id, position, role) VALUES (${articleId}, ${authorId}, ${position}, ${role})`);
  });
  queries.run(sql`UPDATE articles SET byline_team = ${bylines.team ? 1 : 0}, byline_source = ${bylines.source} WHERE id = ${articleId}`);
}

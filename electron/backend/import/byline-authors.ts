import type { BylinesField } from '../../../shared/model/byline';
import type { AuthorRow } from '../authors/author-row';
import type { BackendContext } from '../backend-context';
import { sql } from '../store/sql';

/**
 * The id of the author with this name or pen name (compared without regard to case), creating
 * the author when there is none.
 */
export function findOrCreateAuthor(context: BackendContext, name: string): number {
  const { queries } = context;
  const exact = queries.get<Pick<AuthorRow, 'id'>>(sql`SELECT id FROM authors WHERE name = ${name} OR pen_name = ${name} ORDER BY id LIMIT 1`);
  if (exact) return exact.id;
  const wanted = name.toLocaleLowerCase('vi');
  const rows = queries.all<Pick<AuthorRow, 'id' | 'name' | 'pen_name'>>(sql`SELECT id, name, pen_name FROM authors ORDER BY id`);
  const sameName = rows.find((row) => row.name.toLocaleLowerCase('vi') === wanted || row.pen_name?.toLocaleLowerCase('vi') === wanted);
  if (sameName) return sameName.id;
  const at = context.now().toISOString();
  return Number(queries.run(sql`INSERT INTO authors (name, created_at, updated_at) VALUES (${name}, ${at}, ${at})`).lastInsertRowid);
}

/** The bylines of a new article: each name found or created in the author directory, in order, as writers. */
export function importedBylines(context: BackendContext, names: readonly string[]): BylinesField {
  const authorIds = [...new Set(names.map((name) => findOrCreateAuthor(context, name)))];
  return { authors: authorIds.map((authorId) => ({ authorId, role: 'writer' })), team: false, source: '' };
}

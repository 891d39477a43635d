import { ApiError } from '../../../shared/api/errors';
import type { ParsedArgsOf } from '../../../shared/api/contract';
import type { Author } from '../../../shared/model/author';
import { sortVietnamese } from '../../../shared/text/collation';
import { notifyArticleWrite } from '../articles/article-writer';
import type { BackendContext } from '../backend-context';
import { sql, sqlFragment } from '../store/sql';
import { type ArticleBylineRow, type AuthorRow, rowToAuthor } from './author-row';

/** The author directory (Tác giả) of the contract, over one database. */
export interface AuthorService {
  list(args: ParsedArgsOf<'authors.list'>): Author[];
  create(args: ParsedArgsOf<'authors.create'>): Author;
  update(args: ParsedArgsOf<'authors.update'>): Author;
}

export function createAuthorService(context: BackendContext): AuthorService {
  const { queries } = context;

  const get = (id: number, where = 'id'): Author => {
    const row = queries.get<AuthorRow>(sql`SELECT * FROM authors WHERE id = ${id}`);
    if (!row) throw new ApiError('author-not-found', { id }, { where });
    return rowToAuthor(row);
  };

  /** Refuses a name another author already has (compared without regard to case). */
  const assertNameFree = (name: string, exceptId: number | null, where: string) => {
    const wanted = name.toLocaleLowerCase('vi');
    const rows = queries.all<Pick<AuthorRow, 'id' | 'name'>>(sql`SELECT id, name FROM authors ORDER BY id`);
    const same = rows.find((row) => row.id !== exceptId && row.name.toLocaleLowerCase('vi') === wanted);
    if (same) throw new ApiError('author-name-taken', { name: same.name, id: same.id }, { where });
  };

  return {
    list({ all }) {
      const which = all ? sqlFragment`` : sqlFragment`WHERE active = 1`;
      const rows = queries.all<AuthorRow>(sql`SELECT * FROM authors ${which} ORDER BY id`);
      return sortVietnamese(rows.map(rowToAuthor), (author) => author.name);
    },

    create({ name, penName, role }) {
      return queries.transaction(() => {
        assertNameFree(name, null, 'name');
        const at = context.now().toISOString();
        const result = queries.run(sql`
          INSERT INTO authors (name, pen_name, role, active, created_at, updated_at)
          VALUES (${name}, ${penName || null}, ${role ?? 'reporter'}, 1, ${at}, ${at})`);
        return get(Number(result.lastInsertRowid));
      });
    },

    update({ id, name, penName, role, active }) {
      return queries.transaction(() => {
        const current = get(id);
        if (name !== undefined) assertNameFree(name, id, 'name');
        const newName = name ?? current.name;
        const newPenName = penName === undefined ? current.penName : penName || null;
        queries.run(sql`
          UPDATE authors SET name = ${newName}, pen_name = ${newPenName}, role = ${role ?? current.role},
            active = ${(active ?? current.active) ? 1 : 0}, updated_at = ${context.now().toISOString()}
          WHERE id = ${id}`);
        if (newName !== current.name || newPenName !== current.penName) {
          // The search entries hold the bylines' names: bring those of the author's articles up to date.
          const articles = queries.all<Pick<ArticleBylineRow, 'article_id'>>(
            sql`SELECT DISTINCT article_id FROM article_bylines WHERE author_id = ${id} ORDER BY article_id`,
          );
          for (const { article_id } of articles) notifyArticleWrite(context, article_id, 'other');
        }
        return get(id);
      });
    },
  };
}

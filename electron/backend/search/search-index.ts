import { foldForSearch } from '../../../shared/text/fold';
import type { ArticleWrite, ArticleWriteListener, BackendContext } from '../backend-context';
import type { Database } from '../store/database';
import { sql, type Queries } from '../store/sql';

/**
 * The search index is the contentless FTS5 table `articles_fts` (migration 0020): one row per
 * article not in the trash, rowid = article id, holding the folded text of the headline, the lead
 * (sapo), the body's plain text and the bylines. It stores no copy of the text (snippets are cut
 * from `articles`), and it is written from this module inside the transaction of each article
 * write, because SQLite triggers cannot call the JavaScript fold under `trusted_schema=OFF`.
 */
export interface SearchDocument {
  headline: string;
  sapo: string;
  body: string;
  bylines: string;
}

/** The bylines of an article as one text: each author's name and pen name, in byline order. */
export function bylineText(queries: Queries, articleId: number): string {
  const rows = queries.all<{ name: string; pen_name: string | null }>(sql`
    SELECT authors.name, authors.pen_name FROM article_bylines
    JOIN authors ON authors.id = article_bylines.author_id
    WHERE article_bylines.article_id = ${articleId}
    ORDER BY article_bylines.position`);
  return rows.map((row) => (row.pen_name ? `${row.name} ${row.pen_name}` : row.name)).join('\n');
}

/** Puts one article in the index (replacing what was there), or takes it out when `document` is null. */
export function writeSearchEntry(queries: Queries, articleId: number, document: SearchDocument | null): void {
  queries.run(sql`DELETE FROM articles_fts WHERE rowid = ${articleId}`);
  if (document === null) return;
  queries.run(sql`
    INSERT INTO articles_fts (rowid, headline, sapo, body, bylines)
    VALUES (${articleId}, ${foldForSearch(document.headline)}, ${foldForSearch(document.sapo)},
            ${foldForSearch(document.body)}, ${foldForSearch(document.bylines)})`);
}

/** Brings one article's index entry up to date from the database (after a byline or author change). */
export function reindexArticle(queries: Queries, articleId: number): void {
  const row = queries.get<{ headline: string; sapo: string; plain_text: string; trashed_at: string | null }>(
    sql`SELECT headline, sapo, plain_text, trashed_at FROM articles WHERE id = ${articleId}`,
  );
  const indexed = row !== undefined && row.trashed_at === null;
  writeSearchEntry(
    queries,
    articleId,
    indexed ? { headline: row.headline, sapo: row.sapo, body: row.plain_text, bylines: bylineText(queries, articleId) } : null,
  );
}

/** Re-indexes every article an author is a byline of (after the author's name or pen name changed). */
export function reindexArticlesOfAuthor(queries: Queries, authorId: number): void {
  const rows = queries.all<{ article_id: number }>(sql`SELECT DISTINCT article_id FROM article_bylines WHERE author_id = ${authorId}`);
  for (const row of rows) reindexArticle(queries, row.article_id);
}

/** The listener that keeps the index in step with every article create, save, trash and restore. */
export function searchIndexListener(context: Pick<BackendContext, 'queries'>): ArticleWriteListener {
  return (write: ArticleWrite) => {
    writeSearchEntry(
      context.queries,
      write.id,
      write.trashed
        ? null
        : { headline: write.headline, sapo: write.sapo, body: write.plainText, bylines: bylineText(context.queries, write.id) },
    );
  };
}

/** Articles read per batch while rebuilding (better-sqlite3 cannot write while a read is open). */
const rebuildBatchSize = 1000;

/**
 * Empties the index and indexes every article not in the trash, in one transaction (for the
 * benchmark and for repair tools). Returns how many articles it indexed.
 */
export function rebuildSearchIndex(database: Database): number {
  const clear = database.prepare("INSERT INTO articles_fts (articles_fts) VALUES ('delete-all')");
  const articles = database.prepare('SELECT id, headline, sapo, plain_text FROM articles WHERE trashed_at IS NULL AND id > ? ORDER BY id LIMIT ?');
  const bylines = database.prepare(`
    SELECT article_bylines.article_id AS article_id, authors.name AS name, authors.pen_name AS pen_name
    FROM article_bylines JOIN authors ON authors.id = article_bylines.author_id
    ORDER BY article_bylines.article_id, article_bylines.position`);
  const insert = database.prepare('INSERT INTO articles_fts (rowid, headline, sapo, body, bylines) VALUES (?, ?, ?, ?, ?)');
  return database.transaction(() => {
    clear.run();
    const bylinesOf = new Map<number, string[]>();
    for (const row of bylines.all() as Array<{ article_id: number; name: string; pen_name: string | null }>) {
      const names = bylinesOf.get(row.article_id) ?? [];
      names.push(row.pen_name ? `${row.name} ${row.pen_name}` : row.name);
      bylinesOf.set(row.article_id, names);
    }
    let count = 0;
    let lastId = 0;
    for (;;) {
      const batch = articles.all(lastId, rebuildBatchSize) as Array<{ id: number; headline: string; sapo: string; plain_text: string }>;
      if (batch.length === 0) return count;
      for (const row of batch) {
        insert.run(
          row.id,
          foldForSearch(row.headline),
          foldForSearch(row.sapo),
          foldForSearch(row.plain_text),
          foldForSearch((bylinesOf.get(row.id) ?? []).join('\n')),
        );
      }
      count += batch.length;
      lastId = batch.at(-1)!.id;
    }
  })();
}

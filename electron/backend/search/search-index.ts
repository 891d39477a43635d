import { foldForSearch } from '../../../shared/text/fold';
import { storedBodyText } from '../articles/article-body';
import type { ArticleRow } from '../articles/article-row';
import type { ArticleBylineRow, AuthorRow } from '../authors/author-row';
import type { ArticleWrite, ArticleWriteKind, ArticleWriteListener, BackendContext } from '../backend-context';
import { sql, type Queries } from '../store/sql';
import { authorSearchToken, withoutReservedMark } from './author-search-token';
import { mergeIndexStep } from './index-segments';
import type { ArticlePlainTextRow, SearchIndexQueueRow } from './search-row';

/**
 * The search data of an article, derived from its stored fields and kept by this module:
 *
 * - its plain text, in `article_plain_texts` (`documentPlainText` of the body), from which search
 *   results cut their snippets;
 * - its entry in the contentless FTS5 table `articles_fts` (migrations 0020 and 0150), rowid =
 *   article id, holding the folded text of the headline, the lead (sapo), the plain text and the
 *   bylines, and a token per author of its bylines (`authorSearchToken`, for the author filter);
 *   articles in the trash have no entry. It is written here, not by triggers, because SQLite
 *   triggers cannot call the JavaScript fold under `trusted_schema=OFF`;
 * - its entry in `articles_head_fts` (migrations 0140 and 0150), the same over the headline, the
 *   lead and the authors' tokens only, which tells search where the query matched without
 *   decoding the body's positions.
 *
 * A save (`articles.save`, autosave or explicit) answers as soon as what the user typed has
 * committed: its transaction only queues the article in `search_index_queue`, and an idle task
 * derives the plain text and index entry right after the answer (for a long article that is
 * several milliseconds of work the user would otherwise wait for). Every other write (create,
 * trash, restore...) brings the search data up to date in its own transaction. Queued articles are
 * indexed before any search runs and when the backend opens (after a crash between a save and its
 * idle task), so a search never sees text older than the last save.
 */
export interface SearchDocument {
  headline: string;
  sapo: string;
  body: string;
  bylines: string;
  /** The authors of the bylines, by id. */
  authorIds: readonly number[];
}

/** What the index holds of an article's bylines. */
type IndexedBylines = Pick<SearchDocument, 'bylines' | 'authorIds'>;

/** The index's text for a byline: the author's name and pen name. */
const bylineName = (author: Pick<AuthorRow, 'name' | 'pen_name'>) => (author.pen_name ? `${author.name} ${author.pen_name}` : author.name);

/** The bylines of an article as the index holds them: the names in byline order, one per line, and the authors' ids. */
export function indexedBylines(queries: Queries, articleId: number): IndexedBylines {
  const rows = queries.all<Pick<AuthorRow, 'id' | 'name' | 'pen_name'>>(sql`
    SELECT authors.id, authors.name, authors.pen_name FROM article_bylines
    JOIN authors ON authors.id = article_bylines.author_id
    WHERE article_bylines.article_id = ${articleId}
    ORDER BY article_bylines.position`);
  return { bylines: rows.map(bylineName).join('\n'), authorIds: rows.map((row) => row.id) };
}

/** Puts one article in the index (replacing what was there), or takes it out when `document` is null. */
export function writeSearchEntry(queries: Queries, articleId: number, document: SearchDocument | null): void {
  queries.run(sql`DELETE FROM articles_fts WHERE rowid = ${articleId}`);
  queries.run(sql`DELETE FROM articles_head_fts WHERE rowid = ${articleId}`);
  if (document === null) return;
  insertSearchEntry(queries, articleId, document);
}

/** Text as the index holds it: folded, and without the mark of the index's own tokens. */
const indexedText = (value: string) => withoutReservedMark(foldForSearch(value));

function insertSearchEntry(queries: Queries, articleId: number, document: SearchDocument): void {
  const headline = indexedText(document.headline);
  const sapo = indexedText(document.sapo);
  const authors = [...new Set(document.authorIds)].map(authorSearchToken).join(' ');
  queries.run(sql`
    INSERT INTO articles_fts (rowid, headline, sapo, body, bylines, authors)
    VALUES (${articleId}, ${headline}, ${sapo}, ${indexedText(document.body)}, ${indexedText(document.bylines)}, ${authors})`);
  queries.run(sql`INSERT INTO articles_head_fts (rowid, headline, sapo, authors) VALUES (${articleId}, ${headline}, ${sapo}, ${authors})`);
}

/** The pause between two steps of merging the index's segments, so that other work runs between them. */
const mergePauseMs = 100;

/** The fields the search data is derived from. */
interface IndexedFields {
  headline: string;
  sapo: string;
  plainText: string;
  trashed: boolean;
}

/** Stores the plain text and index entry of an article and takes it off the queue. */
function writeSearchData(queries: Queries, articleId: number, fields: IndexedFields): void {
  queries.run(sql`
    INSERT INTO article_plain_texts (article_id, plain_text) VALUES (${articleId}, ${fields.plainText})
    ON CONFLICT (article_id) DO UPDATE SET plain_text = excluded.plain_text`);
  writeSearchEntry(
    queries,
    articleId,
    fields.trashed ? null : { headline: fields.headline, sapo: fields.sapo, body: fields.plainText, ...indexedBylines(queries, articleId) },
  );
  queries.run(sql`DELETE FROM search_index_queue WHERE article_id = ${articleId}`);
}

/** The plain text of a version of an article, as a write computed it. */
export interface KnownText {
  version: number;
  plainText(): string;
}

/**
 * Brings one article's search data up to date from the database (after a byline or author change,
 * or a save whose indexing was deferred) and takes it off the queue. `known` saves deriving the
 * plain text again when it is that of the stored version.
 */
export function reindexArticle(queries: Queries, articleId: number, known?: KnownText): void {
  const row = queries.get<Pick<ArticleRow, 'headline' | 'sapo' | 'version' | 'trashed_at'>>(
    sql`SELECT headline, sapo, version, trashed_at FROM articles WHERE id = ${articleId}`,
  );
  if (!row) {
    writeSearchEntry(queries, articleId, null);
    queries.run(sql`DELETE FROM search_index_queue WHERE article_id = ${articleId}`);
    return;
  }
  let plainText: string;
  if (known && known.version === row.version) {
    plainText = known.plainText();
  } else {
    const stored = queries.get<Pick<ArticleRow, 'body_json'>>(sql`SELECT body_json FROM articles WHERE id = ${articleId}`)!;
    plainText = storedBodyText(stored.body_json).plainText();
  }
  writeSearchData(queries, articleId, { headline: row.headline, sapo: row.sapo, plainText, trashed: row.trashed_at !== null });
}

/**
 * The writes whose indexing waits until the call has answered: saves, which the user waits for
 * while typing, and tone-style conversions, which write many articles in one call.
 */
const deferredKinds: ReadonlySet<ArticleWriteKind> = new Set(['autosave', 'explicit', 'tone-style']);

/** The search data kept in step with the articles (see SearchDocument). */
export interface SearchIndex {
  /** The article write listener that keeps the search data in step with every create, save, trash and untrash. */
  onArticleWrite: ArticleWriteListener;
  /**
   * Runs the indexing deferred by the last saves, then indexes whatever is still queued (a crash
   * between a save and its indexing): after it, no entry is older than the saved text.
   */
  catchUp(): void;
}

export function createSearchIndex(context: Pick<BackendContext, 'queries' | 'idleTasks'>): SearchIndex {
  const { queries, idleTasks } = context;
  // Each index write adds a segment to each index: they are merged in idle time (see mergeIndexStep).
  const mergeWhenIdle = () =>
    idleTasks.repeat('search-index:merge', () => mergeIndexStep(queries, 'articles_fts') || mergeIndexStep(queries, 'articles_head_fts'), mergePauseMs);
  return {
    onArticleWrite(write: ArticleWrite) {
      // An export changes the status only: the indexed text stays as it is.
      if (write.kind === 'export') return;
      if (write.kind === 'discard') {
        // The article row is deleted right after, with its plain text and queue entry.
        writeSearchEntry(queries, write.id, null);
        return;
      }
      mergeWhenIdle();
      if (deferredKinds.has(write.kind)) {
        queries.run(sql`INSERT OR IGNORE INTO search_index_queue (article_id) VALUES (${write.id})`);
        idleTasks.defer(`search-index:${write.id}`, () => indexQueuedArticle(queries, write.id, write));
        return;
      }
      writeSearchData(queries, write.id, { headline: write.headline, sapo: write.sapo, plainText: write.plainText(), trashed: write.trashed });
    },
    catchUp() {
      mergeWhenIdle();
      idleTasks.runPending();
      indexQueuedArticles(queries);
    },
  };
}

/** Indexes one article if it is still queued (a later write may have indexed it already). */
export function indexQueuedArticle(queries: Queries, articleId: number, known?: KnownText): void {
  queries.transaction(() => {
    const queued = queries.get(sql`SELECT 1 AS queued FROM search_index_queue WHERE article_id = ${articleId}`);
    if (queued) reindexArticle(queries, articleId, known);
  });
}

/** Indexes every queued article; returns how many there were. */
export function indexQueuedArticles(queries: Queries): number {
  const queued = queries.all<SearchIndexQueueRow>(sql`SELECT article_id FROM search_index_queue ORDER BY article_id`);
  for (const row of queued) indexQueuedArticle(queries, row.article_id);
  return queued.length;
}

/** Articles read per batch while rebuilding (better-sqlite3 cannot write while a read is open). */
const rebuildBatchSize = 1000;

/**
 * Derives the plain text of every queued article and of any without one, then empties both
 * indexes and indexes every article not in the trash, in one transaction. The start-up benchmark
 * builds its database's index with it. Returns how many articles it indexed.
 */
export function rebuildSearchIndex(queries: Queries): number {
  return queries.transaction(() => {
    for (let lastId = 0; ; ) {
      const batch = queries.all<Pick<ArticleRow, 'id' | 'body_json'>>(sql`
        SELECT id, body_json FROM articles
        WHERE id > ${lastId} AND (id IN (SELECT article_id FROM search_index_queue) OR id NOT IN (SELECT article_id FROM article_plain_texts))
        ORDER BY id LIMIT ${rebuildBatchSize}`);
      if (batch.length === 0) break;
      for (const row of batch) {
        queries.run(sql`
          INSERT INTO article_plain_texts (article_id, plain_text) VALUES (${row.id}, ${storedBodyText(row.body_json).plainText()})
          ON CONFLICT (article_id) DO UPDATE SET plain_text = excluded.plain_text`);
      }
      lastId = batch.at(-1)!.id;
    }
    queries.run(sql`INSERT INTO articles_fts (articles_fts) VALUES ('delete-all')`);
    queries.run(sql`INSERT INTO articles_head_fts (articles_head_fts) VALUES ('delete-all')`);
    queries.run(sql`DELETE FROM search_index_queue`);
    const bylinesOf = new Map<number, Array<Pick<AuthorRow, 'id' | 'name' | 'pen_name'>>>();
    const bylineRows = queries.all<Pick<ArticleBylineRow, 'article_id'> & Pick<AuthorRow, 'id' | 'name' | 'pen_name'>>(sql`
      SELECT article_bylines.article_id AS article_id, authors.id AS id, authors.name AS name, authors.pen_name AS pen_name
      FROM article_bylines JOIN authors ON authors.id = article_bylines.author_id
      ORDER BY article_bylines.article_id, article_bylines.position`);
    for (const row of bylineRows) {
      const authors = bylinesOf.get(row.article_id) ?? [];
      authors.push(row);
      bylinesOf.set(row.article_id, authors);
    }
    let count = 0;
    for (let lastId = 0; ; ) {
      const batch = queries.all<Pick<ArticleRow, 'id' | 'headline' | 'sapo'> & Pick<ArticlePlainTextRow, 'plain_text'>>(sql`
        SELECT articles.id AS id, headline, sapo, plain_text FROM articles
        JOIN article_plain_texts ON article_plain_texts.article_id = articles.id
        WHERE trashed_at IS NULL AND articles.id > ${lastId} ORDER BY articles.id LIMIT ${rebuildBatchSize}`);
      if (batch.length === 0) return count;
      for (const row of batch) {
        const authors = bylinesOf.get(row.id) ?? [];
        insertSearchEntry(queries, row.id, {
          headline: row.headline,
          sapo: row.sapo,
          body: row.plain_text,
          bylines: authors.map(bylineName).join('\n'),
          authorIds: authors.map((author) => author.id),
        });
      }
      count += batch.length;
      lastId = batch.at(-1)!.id;
    }
  });
}

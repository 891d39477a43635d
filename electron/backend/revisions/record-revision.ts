import { articleBylinesJson } from '../authors/article-bylines';
import type { BackendContext } from '../backend-context';
import { currentUserName } from '../settings/user-name';
import { sql, sqlFragment } from '../store/sql';
import { compressBody } from './revision-compression';
import type { ArticleRevisionRow } from './revision-row';

/** The article's metadata as a snapshot keeps it (`article_revisions.metadata_json`), read from the row of `articles` selected. */
const metadataJson = sqlFragment`json_object('date', date, 'datelinePlace', dateline_place, 'tags', json(tags_json), 'categoryId', category_id, 'related', json(related_json))`;

/**
 * Autosaves within this long of the first save of a pending snapshot update that snapshot; the
 * first autosave after it writes the snapshot out and starts the next. So while typing a version
 * is kept at least every two minutes, and no more than two minutes of work is ever missing from
 * the history (the pending snapshot always holds the latest text).
 */
export const autosaveCoalescingMilliseconds = 2 * 60 * 1000;

export type RecordedKind = 'autosave' | 'explicit' | 'restore' | 'create' | 'tone-style' | 'export';

/** The next version number of an article: 1, 2, 3…, never reused. */
const nextNumber = (articleId: number) => sqlFragment`(SELECT coalesce(max(number), 0) + 1 FROM article_revisions WHERE article_id = ${articleId})`;

/**
 * The revision bookkeeping of one article write, in two steps around the write of the article row:
 * `before()` then the UPDATE, then `after()`, all in the write's transaction.
 *
 * Explicit saves, creations, restores, tone-style conversions and exports always add a version. An
 * autosave coalesces into the newest revision when that is the pending autosave snapshot, first
 * taken less than two minutes ago; otherwise it starts a new pending snapshot. A pending snapshot
 * holds no copy of the text: it reads the article's current text (view `revision_snapshots`), and
 * is written out, its body compressed (`settlePendingRevision`), just before the article's text
 * moves on without it. So a long typing session keeps one version per two minutes, the latest text
 * is always kept, and an autosave between two versions writes the text once, not twice.
 */
export function revisionStep(context: BackendContext, articleId: number, kind: RecordedKind, at: Date) {
  const author = currentUserName(context);
  const coalesces = kind === 'autosave' && coalescesIntoPending(context, articleId, at, author);
  return {
    before() {
      if (!coalesces) settlePendingRevision(context, articleId);
    },
    after() {
      if (!coalesces) insertRevision(context, articleId, kind, at, author);
    },
  };
}

/** Whether an autosave at `at` joins the pending snapshot; if so, the snapshot takes `author` as who changed it last. */
function coalescesIntoPending(context: BackendContext, articleId: number, at: Date, author: string): boolean {
  const newest = context.queries.get<Pick<ArticleRevisionRow, 'id' | 'kind' | 'pending' | 'created_at' | 'author'>>(
    sql`SELECT id, kind, pending, created_at, author FROM article_revisions WHERE article_id = ${articleId} ORDER BY id DESC LIMIT 1`,
  );
  if (!newest || newest.pending !== 1 || newest.kind !== 'autosave') return false;
  const age = at.getTime() - Date.parse(newest.created_at);
  if (!(age >= 0 && age < autosaveCoalescingMilliseconds)) return false;
  if (newest.author !== author) context.queries.run(sql`UPDATE article_revisions SET author = ${author} WHERE id = ${newest.id}`);
  return true;
}

function currentBodyJson(context: BackendContext, articleId: number): string {
  return context.queries.get<{ body_json: string }>(sql`SELECT body_json FROM articles WHERE id = ${articleId}`)?.body_json ?? '';
}

/** Writes out the article's pending autosave snapshot with the article's current fields, its body compressed. */
export function settlePendingRevision(context: BackendContext, articleId: number): void {
  const pending = context.queries.get<{ id: number }>(sql`SELECT id FROM article_revisions WHERE article_id = ${articleId} AND pending = 1`);
  if (!pending) return;
  const body = compressBody(currentBodyJson(context, articleId));
  context.queries.run(sql`
    UPDATE article_revisions
    SET (article_version, headline, sapo, source_prefix, body_json, body_deflated, status, word_count, updated_at, bylines_json, metadata_json, pending) =
        (SELECT version, headline, sapo, source_prefix, '', ${body}, status, word_count, updated_at, ${articleBylinesJson(context, articleId)}, ${metadataJson}, 0
         FROM articles WHERE id = ${articleId})
    WHERE id = ${pending.id}`);
}

/** Adds a revision of the article as it now is: an autosave as a pending snapshot, any other kind as a compressed copy. */
function insertRevision(context: BackendContext, articleId: number, kind: RecordedKind, at: Date, author: string): void {
  const timestamp = at.toISOString();
  if (kind === 'autosave') {
    context.queries.run(sql`
      INSERT INTO article_revisions
        (article_id, number, author, article_version, kind, headline, sapo, source_prefix, body_json, status, word_count, created_at, updated_at, pending)
      SELECT id, ${nextNumber(articleId)}, ${author}, version, 'autosave', '', '', '', '', status, 0, ${timestamp}, ${timestamp}, 1
      FROM articles WHERE id = ${articleId}`);
    return;
  }
  const body = compressBody(currentBodyJson(context, articleId));
  context.queries.run(sql`
    INSERT INTO article_revisions
      (article_id, number, author, article_version, kind, headline, sapo, source_prefix, body_json, body_deflated, status, word_count, created_at, updated_at, bylines_json, metadata_json)
    SELECT id, ${nextNumber(articleId)}, ${author}, version, ${kind}, headline, sapo, source_prefix, '', ${body}, status, word_count, ${timestamp}, ${timestamp},
           ${articleBylinesJson(context, articleId)}, ${metadataJson}
    FROM articles WHERE id = ${articleId}`);
}

/** Records the 'create' revision of a new article; call inside the transaction that inserted it. */
export function recordCreation(context: BackendContext, articleId: number, at: Date): void {
  insertRevision(context, articleId, 'create', at, currentUserName(context));
}

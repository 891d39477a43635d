import { articleBylinesJson } from '../authors/article-bylines';
import type { BackendContext } from '../backend-context';
import { sql, sqlFragment } from '../store/sql';
import type { ArticleRevisionRow } from './revision-row';

/** The article's metadata as a snapshot keeps it (`article_revisions.metadata_json`), read from the row of `articles` selected. */
const metadataJson = sqlFragment`json_object('date', date, 'datelinePlace', dateline_place, 'tags', json(tags_json), 'categoryId', category_id, 'related', json(related_json))`;

/** Autosaves within this long of the first snapshot of a session update that snapshot. */
export const autosaveCoalescingMilliseconds = 10 * 60 * 1000;

export type RecordedKind = 'autosave' | 'explicit' | 'restore' | 'create' | 'tone-style' | 'export';

/**
 * The revision bookkeeping of one article write, in two steps around the write of the article row:
 * `before()` then the UPDATE, then `after()`, all in the write's transaction.
 *
 * Explicit saves, creations, restores, tone-style conversions and exports always add a full snapshot. An autosave coalesces into
 * the newest revision when that is the pending autosave snapshot, first taken less than ten
 * minutes ago; otherwise it starts a new pending snapshot. A pending snapshot holds no copy of
 * the text: it reads the article's current text (view `revision_snapshots`), and is written out
 * (`settlePendingRevision`) just before the article's text moves on without it. So a long typing
 * session keeps about one snapshot per ten minutes, the latest text is always kept, and an
 * autosave writes the text once, not twice.
 */
export function revisionStep(context: BackendContext, articleId: number, kind: RecordedKind, at: Date) {
  const coalesces = kind === 'autosave' && hasRecentPendingAutosave(context, articleId, at);
  return {
    before() {
      if (!coalesces) settlePendingRevision(context, articleId);
    },
    after() {
      if (!coalesces) insertRevision(context, articleId, kind, at);
    },
  };
}

function hasRecentPendingAutosave(context: BackendContext, articleId: number, at: Date): boolean {
  const newest = context.queries.get<Pick<ArticleRevisionRow, 'kind' | 'pending' | 'created_at'>>(
    sql`SELECT kind, pending, created_at FROM article_revisions WHERE article_id = ${articleId} ORDER BY id DESC LIMIT 1`,
  );
  if (!newest || newest.pending !== 1 || newest.kind !== 'autosave') return false;
  const age = at.getTime() - Date.parse(newest.created_at);
  return age >= 0 && age < autosaveCoalescingMilliseconds;
}

/** Writes out the article's pending autosave snapshot with the article's current fields. */
export function settlePendingRevision(context: BackendContext, articleId: number): void {
  const pending = context.queries.get(sql`SELECT 1 AS found FROM article_revisions WHERE article_id = ${articleId} AND pending = 1`);
  if (!pending) return;
  context.queries.run(sql`
    UPDATE article_revisions
    SET (article_version, headline, sapo, source_prefix, body_json, status, word_count, updated_at, bylines_json, metadata_json, pending) =
        (SELECT version, headline, sapo, source_prefix, body_json, status, word_count, updated_at, ${articleBylinesJson(context, articleId)}, ${metadataJson}, 0
         FROM articles WHERE id = ${articleId})
    WHERE article_id = ${articleId} AND pending = 1`);
}

/** Adds a revision of the article as it now is: an autosave as a pending snapshot, any other kind as a full copy. */
function insertRevision(context: BackendContext, articleId: number, kind: RecordedKind, at: Date): void {
  const timestamp = at.toISOString();
  if (kind === 'autosave') {
    context.queries.run(sql`
      INSERT INTO article_revisions
        (article_id, article_version, kind, headline, sapo, source_prefix, body_json, status, word_count, created_at, updated_at, pending)
      SELECT id, version, 'autosave', '', '', '', '', status, 0, ${timestamp}, ${timestamp}, 1
      FROM articles WHERE id = ${articleId}`);
    return;
  }
  context.queries.run(sql`
    INSERT INTO article_revisions
      (article_id, article_version, kind, headline, sapo, source_prefix, body_json, status, word_count, created_at, updated_at, bylines_json, metadata_json)
    SELECT id, version, ${kind}, headline, sapo, source_prefix, body_json, status, word_count, ${timestamp}, ${timestamp},
           ${articleBylinesJson(context, articleId)}, ${metadataJson}
    FROM articles WHERE id = ${articleId}`);
}

/** Records the 'create' revision of a new article; call inside the transaction that inserted it. */
export function recordCreation(context: BackendContext, articleId: number, at: Date): void {
  insertRevision(context, articleId, 'create', at);
}

import type { BackendContext } from '../backend-context';
import { sql } from '../store/sql';

/** Autosaves within this long of the first snapshot of a session update that snapshot in place. */
export const autosaveCoalescingMilliseconds = 10 * 60 * 1000;

export type RecordedKind = 'autosave' | 'explicit' | 'restore' | 'create';

/**
 * Snapshots the article's current fields as a revision; call inside the write's transaction.
 * Explicit saves, creations and restores always add a revision. An autosave updates the newest
 * revision in place when that is an autosave first taken less than ten minutes ago, so a long
 * typing session keeps about one snapshot per ten minutes and the latest text is always kept.
 */
export function recordRevision(context: BackendContext, articleId: number, kind: RecordedKind, at: Date): void {
  const timestamp = at.toISOString();
  if (kind === 'autosave') {
    const newest = context.queries.get<{ id: number; kind: string; created_at: string }>(
      sql`SELECT id, kind, created_at FROM article_revisions WHERE article_id = ${articleId} ORDER BY id DESC LIMIT 1`,
    );
    if (newest && newest.kind === 'autosave') {
      const age = at.getTime() - Date.parse(newest.created_at);
      if (age >= 0 && age < autosaveCoalescingMilliseconds) {
        context.queries.run(sql`
          UPDATE article_revisions
          SET (article_version, headline, sapo, source_prefix, body_json, status, word_count) =
              (SELECT version, headline, sapo, source_prefix, body_json, status, word_count FROM articles WHERE id = ${articleId}),
              updated_at = ${timestamp}
          WHERE id = ${newest.id}`);
        return;
      }
    }
  }
  context.queries.run(sql`
    INSERT INTO article_revisions
      (article_id, article_version, kind, headline, sapo, source_prefix, body_json, status, word_count, created_at, updated_at)
    SELECT id, version, ${kind}, headline, sapo, source_prefix, body_json, status, word_count, ${timestamp}, ${timestamp}
    FROM articles WHERE id = ${articleId}`);
}

import type { ArticleStatus } from '../../../shared/model/article';
import type { DocNode } from '../../../shared/model/document';
import type { Revision, RevisionKind, RevisionSummary } from '../../../shared/model/revision';

/** A row of `article_revisions` as SQLite returns it. */
export interface RevisionRow {
  id: number;
  article_id: number;
  article_version: number;
  kind: string;
  headline: string;
  sapo: string;
  source_prefix: string;
  body_json: string;
  status: string;
  word_count: number;
  /** When the snapshot was first taken. */
  created_at: string;
  /** When it last changed (an autosave snapshot is updated in place while its session lasts). */
  updated_at: string;
}

export type RevisionSummaryRow = Pick<RevisionRow, 'id' | 'article_id' | 'article_version' | 'kind' | 'headline' | 'word_count' | 'created_at'>;

export const revisionSummaryColumns = 'id, article_id, article_version, kind, headline, word_count, created_at';

export function rowToRevisionSummary(row: RevisionSummaryRow): RevisionSummary {
  return {
    id: row.id,
    articleId: row.article_id,
    articleVersion: row.article_version,
    kind: row.kind as RevisionKind,
    headline: row.headline,
    wordCount: row.word_count,
    createdAt: row.created_at,
  };
}

export function rowToRevision(row: RevisionRow): Revision {
  return {
    ...rowToRevisionSummary(row),
    sapo: row.sapo,
    sourcePrefix: row.source_prefix,
    body: JSON.parse(row.body_json) as DocNode,
    status: row.status as ArticleStatus,
  };
}

import type { ArticleStatus } from '../../../shared/model/article';
import type { ArticleMetadata } from '../../../shared/model/article-metadata';
import type { DocNode } from '../../../shared/model/document';
import type { Revision, RevisionKind, RevisionSummary } from '../../../shared/model/revision';
import { parseBylinesJson } from '../authors/article-bylines';
import { sqlFragment } from '../store/sql';
import { snapshotBodyJson } from './revision-compression';

/** A row of `article_revisions` as SQLite returns it; every query of the table reads this type or a `Pick` of it. */
export interface ArticleRevisionRow {
  id: number;
  article_id: number;
  /** The version's number within its article: 1, 2, 3… in order, never reused (migration 0120). */
  number: number;
  /** Who made the change ('' for a version from before migration 0120). */
  author: string;
  article_version: number;
  kind: string;
  headline: string;
  sapo: string;
  source_prefix: string;
  /** '' once the body is stored compressed in `body_deflated`; a pending snapshot reads its article's. */
  body_json: string;
  /** The body JSON compressed (revision-compression.ts); NULL for a pending snapshot. */
  body_deflated: Uint8Array | null;
  status: string;
  word_count: number;
  /** When the snapshot was first taken. */
  created_at: string;
  /** When its text was last saved (a pending autosave snapshot follows its article). */
  updated_at: string;
  /** 1 while an autosave snapshot's session lasts and its text is the article's (the stored text fields are then empty). */
  pending: number;
  /**
   * The bylines when the snapshot was taken, as JSON (authors/article-bylines.ts); NULL for a
   * snapshot from before migration 0070. A pending snapshot reads its article's (view).
   */
  bylines_json: string | null;
  /**
   * The metadata (date, dateline place, tags) when the snapshot was taken, as JSON
   * (`{date, datelinePlace, tags}`); NULL for a snapshot from before migration 0080.
   */
  metadata_json: string | null;
}

/** Reads `metadata_json` of a snapshot; null when the snapshot predates the metadata (migration 0080). */
export function parseMetadataJson(json: string | null): ArticleMetadata | null {
  if (json === null) return null;
  const parsed = JSON.parse(json) as { date?: unknown; datelinePlace?: unknown; tags?: unknown; categoryId?: unknown; related?: unknown };
  const categoryId = parsed.categoryId === null || (typeof parsed.categoryId === 'number' && Number.isSafeInteger(parsed.categoryId)) ? parsed.categoryId : undefined;
  return {
    date: typeof parsed.date === 'string' ? parsed.date : null,
    datelinePlace: typeof parsed.datelinePlace === 'string' ? parsed.datelinePlace : '',
    tags: Array.isArray(parsed.tags) ? parsed.tags.filter((tag): tag is string => typeof tag === 'string') : [],
    ...(categoryId === undefined ? {} : { categoryId }),
    ...(Array.isArray(parsed.related) ? { related: parsed.related.filter((id): id is number => Number.isSafeInteger(id) && id > 0) } : {}),
  };
}

/**
 * A row of the view `revision_snapshots`: the columns of `article_revisions`, with the text
 * fields of pending autosave snapshots resolved from `articles`.
 */
export type RevisionSnapshotRow = ArticleRevisionRow;

export type RevisionSummaryRow = Pick<
  RevisionSnapshotRow,
  'id' | 'article_id' | 'number' | 'author' | 'article_version' | 'kind' | 'headline' | 'word_count' | 'created_at' | 'updated_at'
>;

/** The columns of `RevisionSummaryRow`. */
export const revisionSummaryColumns = sqlFragment`id, article_id, number, author, article_version, kind, headline, word_count, created_at, updated_at`;

export function rowToRevisionSummary(row: RevisionSummaryRow): RevisionSummary {
  return {
    id: row.id,
    articleId: row.article_id,
    number: row.number,
    articleVersion: row.article_version,
    kind: row.kind as RevisionKind,
    headline: row.headline,
    wordCount: row.word_count,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    author: row.author,
  };
}

export function rowToRevision(row: RevisionSnapshotRow): Revision {
  return {
    ...rowToRevisionSummary(row),
    sapo: row.sapo,
    sourcePrefix: row.source_prefix,
    body: JSON.parse(snapshotBodyJson(row)) as DocNode,
    status: row.status as ArticleStatus,
    bylines: parseBylinesJson(row.bylines_json),
    metadata: parseMetadataJson(row.metadata_json),
  };
}

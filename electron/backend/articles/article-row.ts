import type { Article, ArticleStatus, ArticleSummary } from '../../../shared/model/article';
import type { ArticleBylines } from '../../../shared/model/byline';
import type { DocNode } from '../../../shared/model/document';
import { sqlFragment } from '../store/sql';
import type { RelatedArticle } from '../../../shared/model/article-metadata';

/** A row of `articles` as SQLite returns it; every query of the table reads this type or a `Pick` of it. */
export interface ArticleRow {
  id: number;
  headline: string;
  sapo: string;
  source_prefix: string;
  body_json: string;
  word_count: number;
  status: string;
  category_id: number | null;
  version: number;
  created_at: string;
  updated_at: string;
  trashed_at: string | null;
  /** 1 when the byline reads "Nhóm PV" (migration 0070). */
  byline_team: number;
  /** The "Theo <nguồn>" source, '' for none (migration 0070). */
  byline_source: string;
  /** Ngày: 'YYYY-MM-DD' or NULL (migration 0080). */
  date: string | null;
  /** Nơi viết, '' for none (migration 0080). */
  dateline_place: string;
  /** Từ khóa: a JSON array of strings (migration 0080). */
  tags_json: string;
  /** Tin khác: a JSON array of article ids. */
  related_json: string;
  /** When the article was last exported, or NULL (migration 0090). */
  exported_at: string | null;
}

/** The columns of an article summary (no body). */
export type ArticleSummaryRow = Pick<ArticleRow, 'id' | 'headline' | 'status' | 'version' | 'word_count' | 'created_at' | 'updated_at' | 'trashed_at'>;

/** The columns of `ArticleSummaryRow`, for `sql\`SELECT ${articleSummaryColumns} FROM articles ...\``. */
export const articleSummaryColumns = sqlFragment`id, headline, status, version, word_count, created_at, updated_at, trashed_at`;

/** An article; its bylines come from `article_bylines` (authors/article-bylines.ts). */
export function rowToArticle(row: ArticleRow, bylines: ArticleBylines, related: RelatedArticle[]): Article {
  return {
    id: row.id,
    headline: row.headline,
    sapo: row.sapo,
    sourcePrefix: row.source_prefix,
    body: JSON.parse(row.body_json) as DocNode,
    status: row.status as ArticleStatus,
    categoryId: row.category_id,
    version: row.version,
    wordCount: row.word_count,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    trashedAt: row.trashed_at,
    exportedAt: row.exported_at,
    bylines,
    date: row.date,
    datelinePlace: row.dateline_place,
    tags: parseTagsJson(row.tags_json),
    related,
  };
}

/** The stored tags (`articles.tags_json`); anything but strings is left out. */
export function parseTagsJson(json: string): string[] {
  const parsed = JSON.parse(json) as unknown;
  return Array.isArray(parsed) ? parsed.filter((tag): tag is string => typeof tag === 'string') : [];
}

export function rowToArticleSummary(row: ArticleSummaryRow): ArticleSummary {
  return {
    id: row.id,
    headline: row.headline,
    status: row.status as ArticleStatus,
    version: row.version,
    wordCount: row.word_count,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    trashedAt: row.trashed_at,
  };
}

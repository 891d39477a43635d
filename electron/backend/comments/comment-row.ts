import { commentFlagSchema, type Comment, type CommentQueue, type CommentSource, type CommentStatus } from '../../../shared/model/comment';

/** A row of `comments` as SQLite returns it. */
export interface CommentRow {
  id: number;
  source: CommentSource;
  external_id: string;
  article_id: number | null;
  article_external_id: string | null;
  article_title: string;
  article_url: string;
  author: string;
  author_folded: string;
  email: string | null;
  body: string;
  body_folded: string;
  created_at: string;
  parent_external_id: string | null;
  status: CommentStatus;
  queue: CommentQueue;
  flags_json: string;
  reports: number;
  decided_at: string | null;
  moderator: string | null;
  note: string | null;
  imported_at: string;
}

/** The columns `commentFromRow` reads. */
export type CommentRowForApi = Omit<CommentRow, 'article_external_id' | 'author_folded' | 'body_folded' | 'imported_at'>;

export function commentFromRow(row: CommentRowForApi): Comment {
  const flags = commentFlagSchema.array().safeParse(JSON.parse(row.flags_json));
  return {
    id: row.id,
    source: row.source,
    externalId: row.external_id,
    articleId: row.article_id,
    articleTitle: row.article_title,
    articleUrl: row.article_url,
    author: row.author,
    email: row.email,
    body: row.body,
    createdAt: row.created_at,
    parentExternalId: row.parent_external_id,
    status: row.status,
    queue: row.queue,
    flags: flags.success ? flags.data : [],
    reports: row.reports,
    decidedAt: row.decided_at,
    moderator: row.moderator,
    note: row.note,
  };
}

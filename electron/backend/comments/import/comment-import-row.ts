import { queueOf, type CommentFlag, type CommentStatus } from '../../../../shared/model/comment';
import type { WordMatcher } from '../../../../shared/moderation/word-list';
import { foldForSearch } from '../../../../shared/text/fold';
import { commentFlags } from '../comment-flags';
import type { ParsedComment } from '../parsed-comment';

/** Who an automatic rejection (setting autoRejectBanned) is recorded as. */
export const autoModerator = 'auto';

/**
 * A comment of a file as it would be stored when nothing is stored for it yet, in the order of the
 * staging table's columns (see staging-table.ts): flagged, folded, matched to a local article, and
 * rejected as "auto" when the setting says so. `fileStatus` is the status the file gives.
 */
export type CommentImportRow = [
  source: string,
  externalId: string,
  articleId: number | null,
  articleExternalId: string | null,
  articleTitle: string,
  articleUrl: string,
  author: string,
  authorFolded: string,
  email: string | null,
  body: string,
  bodyFolded: string,
  createdAt: string,
  parentExternalId: string | null,
  fileStatus: CommentStatus,
  status: CommentStatus,
  queue: string,
  flagsJson: string,
  reports: number,
  decidedAt: string | null,
  moderator: string | null,
  note: string | null,
];

export interface CommentRowContext {
  matcher: WordMatcher;
  matchArticle: (article: ParsedComment['article']) => number | null;
  autoRejectBanned: boolean;
  /** The import's time (ISO), for automatic decisions. */
  now: string;
}

export function commentImportRow(comment: ParsedComment, context: CommentRowContext): CommentImportRow {
  const flags: CommentFlag[] = commentFlags(comment.body, context.matcher, comment.reports);
  let status: CommentStatus = comment.status;
  let decidedAt: string | null = null;
  let moderator: string | null = null;
  let note: string | null = null;
  if (context.autoRejectBanned && status === 'pending') {
    const banned = [...new Set(flags.filter((flag) => flag.kind === 'banned-word').map((flag) => flag.entry))];
    if (banned.length > 0) {
      status = 'rejected';
      decidedAt = context.now;
      moderator = autoModerator;
      note = `Từ cấm: ${banned.join(', ')}`;
    }
  }
  return [
    comment.source,
    comment.externalId,
    context.matchArticle(comment.article),
    comment.article.externalId,
    comment.article.title,
    comment.article.url,
    comment.author,
    foldForSearch(comment.author),
    comment.email,
    comment.body,
    foldForSearch(`${comment.body} ${comment.author} ${comment.article.title}`),
    comment.createdAt,
    comment.parentExternalId,
    comment.status,
    status,
    queueOf({ status, flags, reports: comment.reports }),
    JSON.stringify(flags),
    comment.reports,
    decidedAt,
    moderator,
    note,
  ];
}

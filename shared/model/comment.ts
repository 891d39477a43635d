import { isoTimestamp, z } from '../api/zod';

/** What a moderator decided, or `pending` while nobody has. */
export const commentStatuses = ['pending', 'approved', 'rejected', 'spam'] as const;
export const commentStatusSchema = z.enum(commentStatuses);
export type CommentStatus = z.infer<typeof commentStatusSchema>;

/** The decisions a moderator makes (Duyệt, Từ chối, Thư rác). */
export const commentDecisions = ['approved', 'rejected', 'spam'] as const;
export const commentDecisionSchema = z.enum(commentDecisions);
export type CommentDecision = z.infer<typeof commentDecisionSchema>;

/**
 * The tabs of "Bình luận": Chờ duyệt (pending), Bị báo cáo (reported: pending with a banned word
 * or reader reports), Đã duyệt, Đã từ chối, Thư rác.
 */
export const commentQueues = ['pending', 'reported', 'approved', 'rejected', 'spam'] as const;
export const commentQueueSchema = z.enum(commentQueues);
export type CommentQueue = z.infer<typeof commentQueueSchema>;

/**
 * Where a comment came from; with its external id, the key that makes re-importing idempotent.
 * 'portal' is the portal's own export (CSV or JSON, the same columns).
 */
export const commentSources = ['wordpress', 'disqus', 'portal'] as const;
export const commentSourceSchema = z.enum(commentSources);
export type CommentSource = z.infer<typeof commentSourceSchema>;

/** The formats `comments.import` reads, detected from the content. */
export const commentFileFormats = ['wxr', 'disqus', 'csv', 'json'] as const;
export const commentFileFormatSchema = z.enum(commentFileFormats);
export type CommentFileFormat = z.infer<typeof commentFileFormatSchema>;

/**
 * Why a comment needs a look: a word of the banned or suspect list (`entry` the list's entry,
 * `match` the text as written), a link (`match` the address), reader reports (`match` null, the
 * number is `reports`).
 */
export const commentFlagKinds = ['banned-word', 'suspect-word', 'link', 'reported'] as const;
export const commentFlagKindSchema = z.enum(commentFlagKinds);
export type CommentFlagKind = z.infer<typeof commentFlagKindSchema>;

export const commentFlagSchema = z.strictObject({
  kind: commentFlagKindSchema,
  entry: z.string().nullable(),
  match: z.string().nullable(),
  /** UTF-16 offsets of `match` in the body, for highlighting; null when the flag is not about a place in the text. */
  start: z.number().int().nonnegative().nullable(),
  end: z.number().int().nonnegative().nullable(),
});
export type CommentFlag = z.infer<typeof commentFlagSchema>;

export const commentSchema = z.strictObject({
  id: z.number().int().positive(),
  source: commentSourceSchema,
  externalId: z.string(),
  /** The local article it belongs to (matched by external id, URL or slug), or null. */
  articleId: z.number().int().positive().nullable(),
  /** The article's title and URL as the file gave them ('' when it gave none). */
  articleTitle: z.string(),
  articleUrl: z.string(),
  author: z.string(),
  email: z.string().nullable(),
  /** Plain text, NFC, otherwise exactly as written (HTML in it is text). */
  body: z.string(),
  createdAt: isoTimestamp,
  /** The comment this one replies to, by its external id in the same source. */
  parentExternalId: z.string().nullable(),
  status: commentStatusSchema,
  queue: commentQueueSchema,
  flags: z.array(commentFlagSchema),
  /** How many readers reported it. */
  reports: z.number().int().nonnegative(),
  /** When, by whom and why it was decided here (null until a moderator decides). */
  decidedAt: isoTimestamp.nullable(),
  moderator: z.string().nullable(),
  note: z.string().nullable(),
});
export type Comment = z.infer<typeof commentSchema>;

/** The queue a comment is shown in: its status, except that a pending comment with a banned word or reports is "Bị báo cáo". */
export function queueOf(comment: { status: CommentStatus; flags: ReadonlyArray<{ kind: CommentFlagKind }>; reports: number }): CommentQueue {
  if (comment.status !== 'pending') return comment.status;
  return comment.reports > 0 || comment.flags.some((flag) => flag.kind === 'banned-word') ? 'reported' : 'pending';
}

/** Filters of the queues view: by article, author (name or email, folded), creation date, and a folded text search. */
export const commentFilterSchema = z.strictObject({
  articleId: z.number().int().positive().optional(),
  author: z.string().max(200).optional(),
  /** 'YYYY-MM-DD', inclusive, in Vietnam time. */
  from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  to: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  /** Words to find in the body, author or article title, ignoring accents, tone style and case. */
  query: z.string().max(200).optional(),
});
export type CommentFilter = z.infer<typeof commentFilterSchema>;

export const commentCountsSchema = z.strictObject({
  pending: z.number().int().nonnegative(),
  reported: z.number().int().nonnegative(),
  approved: z.number().int().nonnegative(),
  rejected: z.number().int().nonnegative(),
  spam: z.number().int().nonnegative(),
});
export type CommentCounts = z.infer<typeof commentCountsSchema>;

/** One decision as `newsdesk comments export` writes it, for uploading back to the portal. */
export const commentDecisionRecordSchema = z.strictObject({
  externalId: z.string(),
  source: commentSourceSchema,
  status: commentStatusSchema,
  decidedAt: isoTimestamp,
  moderator: z.string(),
  note: z.string(),
});
export type CommentDecisionRecord = z.infer<typeof commentDecisionRecordSchema>;

/** What importing one comment file did. */
export const commentImportReportSchema = z.strictObject({
  file: z.string(),
  format: commentFileFormatSchema,
  /** Comments new to the store, updated from the file, and already as the file says. */
  created: z.number().int().nonnegative(),
  updated: z.number().int().nonnegative(),
  unchanged: z.number().int().nonnegative(),
  /** Local decisions the file would have changed and that were kept (no overwriteDecisions). */
  keptDecisions: z.number().int().nonnegative(),
  /** Comments matched to a local article. */
  matchedToArticles: z.number().int().nonnegative(),
  warnings: z.array(z.strictObject({ code: z.enum(['legacy-encoding-converted', 'html-in-body']), record: z.string(), detail: z.string() })),
});
export type CommentImportReport = z.infer<typeof commentImportReportSchema>;

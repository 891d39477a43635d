import { limits } from '../limits';
import { base64Data, isoTimestamp, text, z } from '../zod';
import { defineMethod } from '../define-method';
import {
  commentCountsSchema,
  commentDecisionRecordSchema,
  commentDecisionSchema,
  commentFilterSchema,
  commentImportReportSchema,
  commentQueueSchema,
  commentSchema,
} from '../../model/comment';

/** The largest comment file the page may send (base64 in one request); `newsdesk comments import` streams files of any size. */
export const commentFileBytesFromPage = 30 * 1024 * 1024;

const commentId = z.number().int().positive();
const wordListKindSchema = z.enum(['banned', 'suspect']);
const wordEntry = text(100).refine((value) => value.trim().length > 0, { message: 'must not be empty' });
const wordListsSchema = z.strictObject({ banned: z.array(z.string()), suspect: z.array(z.string()) });
const importOptions = {
  /** Let the file's status replace a decision made here (otherwise local decisions are kept). */
  overwriteDecisions: z.boolean().default(false),
};

export const commentMethods = {
  'comments.import': defineMethod({
    summary:
      'Import reader comments from files (WordPress WXR, Disqus XML, CSV or JSON, detected from the content). Each file all or nothing; re-importing updates by source and external id and keeps local decisions unless overwriteDecisions.',
    args: z.strictObject({
      files: z
        .array(z.strictObject({ name: text(limits.fileName).min(1), data: base64Data(commentFileBytesFromPage) }))
        .min(1)
        .max(20),
      ...importOptions,
    }),
    result: z.strictObject({ files: z.array(commentImportReportSchema) }),
  }),
  'comments.importPaths': defineMethod({
    summary: 'Import comment files read (streamed) from disk; as comments.import otherwise. For the command line.',
    audience: 'trusted',
    args: z.strictObject({ paths: z.array(text(limits.filePath).min(1)).min(1), ...importOptions }),
    result: z.strictObject({ files: z.array(commentImportReportSchema) }),
  }),
  'comments.queue': defineMethod({
    summary: 'One page of a queue (Chờ duyệt, Bị báo cáo, Đã duyệt, Đã từ chối, Thư rác), oldest first, with filters; and how many it holds in all.',
    args: z.strictObject({
      queue: commentQueueSchema,
      filter: commentFilterSchema.default({}),
      limit: z.number().int().positive().max(limits.listPage).default(100),
      offset: z.number().int().nonnegative().default(0),
    }),
    result: z.strictObject({ comments: z.array(commentSchema), total: z.number().int().nonnegative() }),
  }),
  'comments.counts': defineMethod({
    summary: 'How many comments each queue holds, with the same filters as comments.queue.',
    args: z.strictObject({ filter: commentFilterSchema.default({}) }),
    result: commentCountsSchema,
  }),
  'comments.list': defineMethod({
    summary: 'Comments by status and article, oldest first (newsdesk comments list).',
    args: z.strictObject({
      status: z.enum(['pending', 'approved', 'rejected', 'spam']).optional(),
      articleId: z.number().int().positive().optional(),
      limit: z.number().int().positive().max(1_000_000).optional(),
    }),
    result: z.array(commentSchema),
  }),
  'comments.details': defineMethod({
    summary:
      "What a comment card shows beside the comment: the comment it replies to, the author's other comments (same name or email) with their statuses, the local article's headline and its approved comment count (Tổng lượt bình luận).",
    args: z.strictObject({ id: commentId, historyLimit: z.number().int().positive().max(200).default(20) }),
    result: z.strictObject({
      comment: commentSchema,
      parent: commentSchema.nullable(),
      history: z.array(commentSchema),
      historyTotal: z.number().int().nonnegative(),
      articleHeadline: z.string().nullable(),
      articleApprovedTotal: z.number().int().nonnegative(),
    }),
  }),
  'comments.decide': defineMethod({
    summary: 'Approve, reject or mark as spam some comments, committed at once, as one decision that comments.undo can take back.',
    args: z.strictObject({ ids: z.array(commentId).min(1).max(10_000), decision: commentDecisionSchema, note: text(1000).optional() }),
    result: z.strictObject({ comments: z.array(commentSchema) }),
  }),
  'comments.rejectAuthor': defineMethod({
    summary: 'Từ chối tất cả của người này: reject every comment not yet decided by the author of this comment (same name or email), as one decision.',
    args: z.strictObject({ id: commentId, note: text(1000).optional() }),
    result: z.strictObject({ comments: z.array(commentSchema) }),
  }),
  'comments.undo': defineMethod({
    summary: 'Hoàn tác: take back the last decision not yet taken back, as a new decision that puts each comment back as it was. Returns the comments it changed (none when there is nothing to undo).',
    args: z.strictObject({}),
    result: z.strictObject({ comments: z.array(commentSchema) }),
  }),
  'comments.decisions': defineMethod({
    summary: 'The decisions made here (the current status of each decided comment), optionally only those since a time, for uploading back to the portal.',
    args: z.strictObject({ since: isoTimestamp.optional() }),
    result: z.strictObject({ decisions: z.array(commentDecisionRecordSchema) }),
  }),
  'comments.wordLists': defineMethod({
    summary: 'The word lists: Từ cấm (banned) and Từ cần xem xét (suspect).',
    args: z.strictObject({}),
    result: wordListsSchema,
  }),
  'comments.setWordList': defineMethod({
    summary: 'Replace one word list; the comments not yet decided are checked again against the new lists. Returns the lists and how many comments changed flags.',
    args: z.strictObject({ list: wordListKindSchema, entries: z.array(wordEntry).max(10_000) }),
    result: wordListsSchema.extend({ reflagged: z.number().int().nonnegative() }),
  }),
  'comments.importWordList': defineMethod({
    summary: 'Add the entries of a word-list text file (one entry a line, # for comments) to a list, or replace the list with them; then as comments.setWordList.',
    args: z.strictObject({ list: wordListKindSchema, text: text(2_000_000), replace: z.boolean().default(false) }),
    result: wordListsSchema.extend({
      reflagged: z.number().int().nonnegative(),
      added: z.number().int().nonnegative(),
      problems: z.array(z.strictObject({ line: z.number().int().positive(), reason: z.string() })),
    }),
  }),
};

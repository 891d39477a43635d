import type { CommentFileFormat } from '../../../../shared/model/comment';
import { compileWordLists } from '../../../../shared/moderation/word-list';
import { commentArticleMatcher, type MatchableArticle } from '../../comments/import/comment-article-matcher';
import { commentFileBytes } from '../../comments/import/comment-file-bytes';
import { commentImportRow, type CommentImportRow } from '../../comments/import/comment-import-row';
import { ImportWarnings, type CommentImportWarning } from '../../comments/import/import-warnings';
import { bytesInChunks, readCommentFile } from '../../comments/import/read-comment-file';
import type { JobRunner } from '../worker-job';

/** One comment file to read: from disk (`path`) or as bytes the page sent (`data`). */
export interface CommentFileJobInput {
  fileName: string;
  path?: string;
  data?: Uint8Array;
  wordLists: { banned: string[]; suspect: string[] };
  articles: MatchableArticle[];
  autoRejectBanned: boolean;
  now: string;
}

/** A group of rows, in file order. */
export interface CommentRowsEvent {
  rows: CommentImportRow[];
}

export interface CommentFileJobResult {
  format: CommentFileFormat;
  count: number;
  warnings: CommentImportWarning[];
}

/** Rows per event: small enough to keep both threads' memory flat, large enough that a group costs one transaction. */
const rowsPerEvent = 1000;
/** Groups sent and not yet staged: the reader runs ahead of the store by this many and no more. */
const eventsInFlight = 8;

/**
 * Reads, checks, flags and folds one comment file, streaming its rows to the importing thread as it
 * goes. A malformed file throws (an ApiError naming the file and the place) and the rows already
 * sent are dropped by the importer.
 */
export const runJob: JobRunner<CommentFileJobInput, CommentFileJobResult, CommentRowsEvent> = async (input, post) => {
  const warnings = new ImportWarnings();
  const bytes = input.path !== undefined ? commentFileBytes(input.path) : bytesInChunks(input.data ?? new Uint8Array());
  const reading = await readCommentFile(input.fileName, bytes, warnings);
  const context = {
    matcher: compileWordLists(input.wordLists),
    matchArticle: commentArticleMatcher(input.articles),
    autoRejectBanned: input.autoRejectBanned,
    now: input.now,
  };
  let rows: CommentImportRow[] = [];
  let count = 0;
  const inFlight: Array<Promise<void>> = [];
  const flush = async () => {
    inFlight.push(post({ rows }));
    rows = [];
    if (inFlight.length > eventsInFlight) await inFlight.shift();
  };
  for await (const comment of reading.comments) {
    rows.push(commentImportRow(comment, context));
    count += 1;
    if (rows.length >= rowsPerEvent) await flush();
  }
  if (rows.length > 0) await flush();
  await Promise.all(inFlight);
  return { value: { format: reading.format, count, warnings: warnings.list() } };
};

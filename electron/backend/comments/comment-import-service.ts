import path from 'node:path';
import { ApiError } from '../../../shared/api/errors';
import { queueOf, type CommentFlag, type CommentImportReport, type CommentStatus } from '../../../shared/model/comment';
import type { BackendContext } from '../backend-context';
import type { SettingsService } from '../settings/settings-service';
import { sql } from '../store/sql';
import type { CommentFileJobInput, CommentFileJobResult, CommentRowsEvent } from '../workers/jobs/comment-file.job';
import { runWorkerJob, WorkerJobStopped } from '../workers/worker-job';
import { commentFileJob, commentFileJobLimits } from './import/comment-file-reader';
import type { CommentRow } from './comment-row';
import type { WordLists } from './word-list-store';
import { createStagingTable, dropStagedRows, stageRows } from './import/staging-table';

export { autoModerator } from './import/comment-import-row';

export interface CommentImportService {
  /** Files sent by the page (comments.import). */
  importFiles(files: Array<{ name: string; data: Uint8Array }>, options: { overwriteDecisions: boolean }): Promise<CommentImportReport[]>;
  /** Files streamed from disk (comments.importPaths, the command line). */
  importPaths(paths: string[], options: { overwriteDecisions: boolean }): Promise<CommentImportReport[]>;
}


/** Rows applied one by one (already stored, or repeated in the call) are read this many at a time. */
const oneByOnePage = 500;

interface CommentFile {
  name: string;
  source: Pick<CommentFileJobInput, 'path' | 'data'>;
}

/** A stored comment, as an import compares and updates it. */
type StoredComment = Omit<CommentRow, 'source' | 'external_id' | 'imported_at'>;

type CommentValues = Omit<StoredComment, 'id'>;

/** A staged row (temp.comment_import_rows): a comment of a file as it would be stored fresh. */
interface StagedRow extends CommentValues {
  file_index: number;
  source: string;
  external_id: string;
  file_status: CommentStatus;
}

const comparedColumns: ReadonlyArray<keyof CommentValues> = [
  'article_id', 'article_external_id', 'article_title', 'article_url', 'author', 'author_folded', 'email', 'body', 'body_folded',
  'created_at', 'parent_external_id', 'status', 'queue', 'flags_json', 'reports', 'decided_at', 'moderator', 'note',
];

function stoppedFileError(fileName: string, error: WorkerJobStopped): ApiError {
  const limit = error.stop === 'memory' ? `${error.limits.memoryMegabytes} MB of memory` : error.stop === 'time' ? `${error.limits.timeMilliseconds / 1000} s` : 'the reader stopped';
  return new ApiError('import-failed-unexpectedly', { fileName }, { details: { stop: error.stop, limit } });
}

/**
 * Imports comment files. Each file is read, checked, flagged and folded in a worker thread
 * (jobs/comment-file.job.ts), which streams its rows here a thousand at a time; they are staged in
 * a TEMP table (staging-table.ts) while the next are read. Only when every file of the call has
 * been read whole are they moved into `comments`, in one transaction: a malformed file imports
 * nothing (nor do the other files of the call), and memory never holds a file.
 *
 * The move: rows whose comment is already stored, or whose (source, external id) comes more than
 * once in the call, are applied one by one in file order (a later record updates an earlier one);
 * every other row is new and is inserted by one INSERT … SELECT per file.
 *
 * Re-importing updates by (source, external id). A local decision (decided_at set) is kept unless
 * overwriteDecisions, which puts the file's status back and clears the decision. With the setting
 * autoRejectBanned, a comment that the file gives as pending and that holds a banned word is
 * rejected as a decision by the moderator "auto", its note naming the words; it is exported with
 * the other decisions and kept by later imports like them. It is not an undoable keystroke
 * (no comment_decisions row).
 *
 * The article is matched to a local, not trashed article (comment-article-matcher.ts).
 */
export function createCommentImportService(context: BackendContext, deps: { wordLists: () => WordLists; settings: SettingsService }): CommentImportService {
  const { queries } = context;
  /** Numbers the imports of this connection (the staging table is the connection's own). */
  let nextImportId = 0;

  interface ReadFile extends CommentFileJobResult {
    name: string;
  }

  /** Reads file `fileIndex` in a worker, staging its rows from position `firstPosition + 1`. */
  async function read(file: CommentFile, fileIndex: number, importId: number, firstPosition: number, shared: Omit<CommentFileJobInput, 'fileName' | 'path' | 'data'>): Promise<ReadFile> {
    let position = firstPosition + 1;
    const input: CommentFileJobInput = { fileName: file.name, ...file.source, ...shared };
    // A copy of its own (a Buffer may be a view of a shared pool) that moves to the worker.
    const data = file.source.data ? new Uint8Array(file.source.data) : undefined;
    if (data) input.data = data;
    const transfer = data ? [data.buffer] : [];
    try {
      const result = await runWorkerJob<CommentFileJobInput, CommentFileJobResult, CommentRowsEvent>(commentFileJob, input, {
        limits: commentFileJobLimits,
        transfer,
        onEvent(event) {
          stageRows(queries, importId, fileIndex, position, event.rows);
          position += event.rows.length;
        },
      });
      return { name: file.name, ...result };
    } catch (error) {
      if (error instanceof WorkerJobStopped) throw stoppedFileError(file.name, error);
      throw error;
    }
  }

  function move(importId: number, files: readonly ReadFile[], overwriteDecisions: boolean): CommentImportReport[] {
    const now = context.now().toISOString();
    return queries.transaction(() => {
      const reports = files.map((file): CommentImportReport => ({
        file: file.name,
        format: file.format,
        created: 0,
        updated: 0,
        unchanged: 0,
        keptDecisions: 0,
        matchedToArticles: 0,
        warnings: file.warnings,
      }));
      // A page at a time: a re-import of a big file holds a page of rows, not the file.
      for (let after = 0; ; ) {
        const page = queries.all<StagedRow & { position: number }>(sql`SELECT * FROM temp.comment_import_rows AS staged
          WHERE staged.import_id = ${importId} AND staged.position > ${after}
            AND (EXISTS (SELECT 1 FROM comments WHERE comments.source = staged.source AND comments.external_id = staged.external_id)
              OR EXISTS (SELECT 1 FROM temp.comment_import_rows AS other
                WHERE other.import_id = staged.import_id AND other.source = staged.source AND other.external_id = staged.external_id AND other.position <> staged.position))
          ORDER BY staged.position LIMIT ${oneByOnePage}`);
        for (const row of page) upsert(row, reports[row.file_index]!);
        if (page.length < oneByOnePage) break;
        after = page.at(-1)!.position;
      }
      files.forEach((_file, fileIndex) => {
        const report = reports[fileIndex]!;
        const inserted = queries.run(sql`INSERT INTO comments (source, external_id, article_id, article_external_id, article_title, article_url, author, author_folded, email,
            body, body_folded, created_at, parent_external_id, status, queue, flags_json, reports, decided_at, moderator, note, imported_at)
          SELECT source, external_id, article_id, article_external_id, article_title, article_url, author, author_folded, email,
            body, body_folded, created_at, parent_external_id, status, queue, flags_json, reports, decided_at, moderator, note, ${now}
          FROM temp.comment_import_rows AS staged
          WHERE staged.import_id = ${importId} AND staged.file_index = ${fileIndex}
            AND NOT EXISTS (SELECT 1 FROM comments WHERE comments.source = staged.source AND comments.external_id = staged.external_id)
          ORDER BY staged.position`);
        report.created += inserted.changes;
        report.matchedToArticles = queries.get<{ matched: number }>(sql`SELECT count(*) AS matched FROM temp.comment_import_rows
          WHERE import_id = ${importId} AND file_index = ${fileIndex} AND article_id IS NOT NULL`)!.matched;
      });
      return reports;
    });

    function upsert(row: StagedRow, report: CommentImportReport): void {
      const existing = queries.get<StoredComment>(sql`SELECT * FROM comments WHERE source = ${row.source} AND external_id = ${row.external_id}`);
      const values: CommentValues = {
        article_id: row.article_id,
        article_external_id: row.article_external_id,
        article_title: row.article_title,
        article_url: row.article_url,
        author: row.author,
        author_folded: row.author_folded,
        email: row.email,
        body: row.body,
        body_folded: row.body_folded,
        created_at: row.created_at,
        parent_external_id: row.parent_external_id,
        status: row.status,
        queue: row.queue,
        flags_json: row.flags_json,
        reports: row.reports,
        decided_at: row.decided_at,
        moderator: row.moderator,
        note: row.note,
      };
      if (existing && existing.decided_at !== null && !overwriteDecisions) {
        if (existing.status !== row.file_status) report.keptDecisions += 1;
        values.status = existing.status;
        values.decided_at = existing.decided_at;
        values.moderator = existing.moderator;
        values.note = existing.note;
        values.queue = queueOf({ status: existing.status, flags: JSON.parse(row.flags_json) as CommentFlag[], reports: row.reports });
      }
      if (!existing) {
        queries.run(sql`INSERT INTO comments (source, external_id, article_id, article_external_id, article_title, article_url, author, author_folded, email,
            body, body_folded, created_at, parent_external_id, status, queue, flags_json, reports, decided_at, moderator, note, imported_at)
          VALUES (${row.source}, ${row.external_id}, ${values.article_id}, ${values.article_external_id}, ${values.article_title}, ${values.article_url},
            ${values.author}, ${values.author_folded}, ${values.email}, ${values.body}, ${values.body_folded}, ${values.created_at}, ${values.parent_external_id},
            ${values.status}, ${values.queue}, ${values.flags_json}, ${values.reports}, ${values.decided_at}, ${values.moderator}, ${values.note}, ${now})`);
        report.created += 1;
        return;
      }
      if (comparedColumns.every((column) => existing[column] === values[column])) {
        report.unchanged += 1;
        return;
      }
      queries.run(sql`UPDATE comments SET article_id = ${values.article_id}, article_external_id = ${values.article_external_id}, article_title = ${values.article_title},
          article_url = ${values.article_url}, author = ${values.author}, author_folded = ${values.author_folded}, email = ${values.email}, body = ${values.body},
          body_folded = ${values.body_folded}, created_at = ${values.created_at}, parent_external_id = ${values.parent_external_id}, status = ${values.status},
          queue = ${values.queue}, flags_json = ${values.flags_json}, reports = ${values.reports}, decided_at = ${values.decided_at}, moderator = ${values.moderator},
          note = ${values.note}, imported_at = ${now}
        WHERE id = ${existing.id}`);
      report.updated += 1;
    }
  }

  async function importAll(files: CommentFile[], options: { overwriteDecisions: boolean }): Promise<CommentImportReport[]> {
    const importId = (nextImportId += 1);
    createStagingTable(queries);
    const shared = {
      wordLists: deps.wordLists(),
      articles: queries.all<{ id: number; headline: string }>(sql`SELECT id, headline FROM articles WHERE trashed_at IS NULL ORDER BY id`),
      autoRejectBanned: deps.settings.get().autoRejectBanned,
      now: context.now().toISOString(),
    };
    try {
      const readFiles: ReadFile[] = [];
      let position = 0;
      for (const [fileIndex, file] of files.entries()) {
        const result = await read(file, fileIndex, importId, position, shared);
        position += result.count;
        readFiles.push(result);
      }
      return move(importId, readFiles, options.overwriteDecisions);
    } finally {
      dropStagedRows(queries, importId);
    }
  }

  return {
    importFiles(files, options) {
      return importAll(files.map((file) => ({ name: file.name, source: { data: file.data } })), options);
    },
    importPaths(paths, options) {
      return importAll(paths.map((filePath) => ({ name: path.basename(filePath), source: { path: filePath } })), options);
    },
  };
}

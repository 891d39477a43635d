import { randomUUID } from 'node:crypto';
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import path from 'node:path';
import { ApiError } from '../../../shared/api/errors';
import { queueOf, type CommentFileFormat, type CommentFlag, type CommentImportReport, type CommentStatus } from '../../../shared/model/comment';
import { exportSlug } from '../../../shared/render/export-slug';
import { foldForSearch } from '../../../shared/text/fold';
import { slugify } from '../../../shared/text/slug';
import type { BackendContext } from '../backend-context';
import type { SettingsService } from '../settings/settings-service';
import { sql, sqlJoin } from '../store/sql';
import type { WordMatcher } from '../../../shared/moderation/word-list';
import { commentFlags } from './comment-flags';
import { bytesInChunks, readCommentFile } from './import/read-comment-file';
import { ImportWarnings } from './import/import-warnings';
import type { ParsedComment } from './parsed-comment';

export interface CommentImportService {
  /** Files sent by the page (comments.import). */
  importFiles(files: Array<{ name: string; data: Uint8Array }>, options: { overwriteDecisions: boolean }): Promise<CommentImportReport[]>;
  /** Files streamed from disk (comments.importPaths, the command line). */
  importPaths(paths: string[], options: { overwriteDecisions: boolean }): Promise<CommentImportReport[]>;
}

/** Comments per staging row (a JSON array), one row a transaction while a file streams in. */
const stagingBatch = 250;
/** Who an automatic rejection (setting autoRejectBanned) is recorded as. */
export const autoModerator = 'auto';

interface CommentFile {
  name: string;
  bytes: () => AsyncIterable<Uint8Array>;
}

interface StoredComment {
  id: number;
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
  queue: string;
  flags_json: string;
  reports: number;
  decided_at: string | null;
  moderator: string | null;
  note: string | null;
}

type CommentValues = Omit<StoredComment, 'id'>;

const comparedColumns: ReadonlyArray<keyof CommentValues> = [
  'article_id', 'article_external_id', 'article_title', 'article_url', 'author', 'author_folded', 'email', 'body', 'body_folded',
  'created_at', 'parent_external_id', 'status', 'queue', 'flags_json', 'reports', 'decided_at', 'moderator', 'note',
];

/** Only a regular file is opened; a pipe never blocks the open. */
const readFlags = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

async function* fileBytes(filePath: string): AsyncGenerator<Uint8Array> {
  const fileName = path.basename(filePath);
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(filePath, readFlags);
  } catch (error) {
    throw new ApiError('import-file-missing', { fileName, problem: (error as NodeJS.ErrnoException).code ?? String(error) });
  }
  try {
    if (!(await handle.stat()).isFile()) throw new ApiError('import-file-not-regular', { fileName });
    for (;;) {
      const buffer = Buffer.allocUnsafe(1 << 20);
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      yield buffer.subarray(0, bytesRead);
    }
  } finally {
    await handle.close();
  }
}

/** The slug of the last path segment of an article URL (without .html and the like), and the same without a trailing numeric id. */
function urlSlugs(url: string): string[] {
  const withoutQuery = url.replace(/[?#].*$/su, '').replace(/\/+$/u, '');
  const segment = withoutQuery.slice(withoutQuery.lastIndexOf('/') + 1);
  let decoded = segment;
  try {
    decoded = decodeURIComponent(segment);
  } catch {
    // A malformed %-escape: the segment as it is.
  }
  const stem = decoded.replace(/\.(?:html?|php|aspx?|htm|shtml)$/iu, '');
  const slug = slugify(stem);
  const withoutId = slug.replace(/-\d+$/u, '');
  return [slug, withoutId].filter((value, index, all) => value !== '' && all.indexOf(value) === index);
}

/**
 * Imports comment files. Each call reads and checks every file first, staging its comments in
 * `comment_import_staging` as it streams in (one row per group of 250 comments, a JSON array, one
 * small transaction each: memory holds one group, never the file); then moves them all into
 * `comments` in one transaction, looking up the stored comments a group at a time. A malformed file therefore imports nothing (nor do the other files
 * of the call), and the staging rows go in every case.
 *
 * Re-importing updates by (source, external id). A local decision (decided_at set) is kept unless
 * overwriteDecisions, which puts the file's status back and clears the decision. With the setting
 * autoRejectBanned, a comment that the file gives as pending and that holds a banned word is
 * rejected as a decision by the moderator "auto", its note naming the words; it is exported with
 * the other decisions and kept by later imports like them. It is not an undoable keystroke
 * (no comment_decisions row).
 *
 * The article is matched to a local, not trashed article by the slug of the URL's last segment
 * (with or without a trailing numeric id) or of the article title, against the export slug of the
 * local headlines.
 */
export function createCommentImportService(context: BackendContext, deps: { matcher: () => WordMatcher; settings: SettingsService }): CommentImportService {
  const { queries } = context;

  /** Reads a file into staging rows numbered from `startPosition + 1`; `count` is how many rows. */
  async function stage(file: CommentFile, importId: string, startPosition: number): Promise<{ format: CommentFileFormat; count: number; warnings: ImportWarnings }> {
    const warnings = new ImportWarnings();
    const reading = await readCommentFile(file.name, file.bytes(), warnings);
    let position = startPosition;
    let batch: ParsedComment[] = [];
    const flush = () => {
      position += 1;
      queries.run(sql`INSERT INTO comment_import_staging (import_id, position, record_json) VALUES (${importId}, ${position}, ${JSON.stringify(batch)})`);
      batch = [];
    };
    for await (const comment of reading.comments) {
      batch.push(comment);
      if (batch.length >= stagingBatch) flush();
    }
    if (batch.length > 0) flush();
    return { format: reading.format, count: position - startPosition, warnings };
  }

  function articleMatcher(): (article: ParsedComment['article']) => number | null {
    const bySlug = new Map<string, number>();
    for (const row of queries.all<{ id: number; headline: string }>(sql`SELECT id, headline FROM articles WHERE trashed_at IS NULL ORDER BY id`)) {
      const slug = exportSlug(row);
      if (!bySlug.has(slug)) bySlug.set(slug, row.id);
    }
    // A file holds many comments per article: each URL and title is matched once.
    const known = new Map<string, number | null>();
    return (article) => {
      if (bySlug.size === 0) return null;
      const key = `${article.url}\u0000${article.title}`;
      const cached = known.get(key);
      if (cached !== undefined) return cached;
      let found: number | null = null;
      for (const slug of article.url ? urlSlugs(article.url) : []) {
        found = bySlug.get(slug) ?? null;
        if (found !== null) break;
      }
      if (found === null) {
        const titleSlug = slugify(article.title);
        found = titleSlug === '' ? null : (bySlug.get(titleSlug) ?? null);
      }
      known.set(key, found);
      return found;
    };
  }

  function move(importId: string, files: Array<{ name: string; format: CommentFileFormat; count: number; warnings: ImportWarnings }>, overwriteDecisions: boolean): CommentImportReport[] {
    const matcher = deps.matcher();
    const { autoRejectBanned } = deps.settings.get();
    const matchArticle = articleMatcher();
    const now = context.now().toISOString();
    return queries.transaction(() => {
      let position = 0;
      return files.map((file) => {
        const report: CommentImportReport = {
          file: file.name,
          format: file.format,
          created: 0,
          updated: 0,
          unchanged: 0,
          keptDecisions: 0,
          matchedToArticles: 0,
          warnings: file.warnings.list(),
        };
        const last = position + file.count;
        for (position += 1; position <= last; position += 1) {
          const row = queries.get<{ record_json: string }>(sql`SELECT record_json FROM comment_import_staging WHERE import_id = ${importId} AND position = ${position}`)!;
          const group = JSON.parse(row.record_json) as ParsedComment[];
          const existing = storedComments(group);
          for (const comment of group) upsert(comment, existing, report);
        }
        position = last;
        return report;
      });
    });

    /** The stored comments of a staged group, by source and external id. */
    function storedComments(group: ParsedComment[]): Map<string, StoredComment> {
      const found = new Map<string, StoredComment>();
      const bySource = new Map<string, string[]>();
      for (const comment of group) {
        const ids = bySource.get(comment.source) ?? [];
        ids.push(comment.externalId);
        bySource.set(comment.source, ids);
      }
      for (const [source, ids] of bySource) {
        for (const row of queries.all<StoredComment & { external_id: string }>(sql`SELECT * FROM comments WHERE source = ${source} AND external_id IN (${sqlJoin(ids)})`)) {
          found.set(`${source}\u0000${row.external_id}`, row);
        }
      }
      return found;
    }

    function upsert(comment: ParsedComment, stored: Map<string, StoredComment>, report: CommentImportReport): void {
      const key = `${comment.source}\u0000${comment.externalId}`;
      const existing = stored.get(key);
      const articleId = matchArticle(comment.article);
      if (articleId !== null) report.matchedToArticles += 1;
      const flags: CommentFlag[] = commentFlags(comment.body, matcher, comment.reports);
      let status: CommentStatus = comment.status;
      let decidedAt: string | null = null;
      let moderator: string | null = null;
      let note: string | null = null;
      if (existing && existing.decided_at !== null && !overwriteDecisions) {
        if (existing.status !== comment.status) report.keptDecisions += 1;
        ({ status, decided_at: decidedAt, moderator, note } = existing);
      } else if (autoRejectBanned && status === 'pending') {
        const banned = [...new Set(flags.filter((flag) => flag.kind === 'banned-word').map((flag) => flag.entry))];
        if (banned.length > 0) {
          status = 'rejected';
          decidedAt = now;
          moderator = autoModerator;
          note = `Từ cấm: ${banned.join(', ')}`;
        }
      }
      const values: CommentValues = {
        article_id: articleId,
        article_external_id: comment.article.externalId,
        article_title: comment.article.title,
        article_url: comment.article.url,
        author: comment.author,
        author_folded: foldForSearch(comment.author),
        email: comment.email,
        body: comment.body,
        body_folded: foldForSearch(`${comment.body} ${comment.author} ${comment.article.title}`),
        created_at: comment.createdAt,
        parent_external_id: comment.parentExternalId,
        status,
        queue: queueOf({ status, flags, reports: comment.reports }),
        flags_json: JSON.stringify(flags),
        reports: comment.reports,
        decided_at: decidedAt,
        moderator,
        note,
      };
      if (!existing) {
        const inserted = queries.run(sql`INSERT INTO comments (source, external_id, article_id, article_external_id, article_title, article_url, author, author_folded, email,
            body, body_folded, created_at, parent_external_id, status, queue, flags_json, reports, decided_at, moderator, note, imported_at)
          VALUES (${comment.source}, ${comment.externalId}, ${values.article_id}, ${values.article_external_id}, ${values.article_title}, ${values.article_url},
            ${values.author}, ${values.author_folded}, ${values.email}, ${values.body}, ${values.body_folded}, ${values.created_at}, ${values.parent_external_id},
            ${values.status}, ${values.queue}, ${values.flags_json}, ${values.reports}, ${values.decided_at}, ${values.moderator}, ${values.note}, ${now})`);
        // A later record of the same file with the same id updates this one.
        stored.set(key, { id: Number(inserted.lastInsertRowid), ...values });
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
      stored.set(key, { id: existing.id, ...values });
      report.updated += 1;
    }
  }

  async function importAll(files: CommentFile[], options: { overwriteDecisions: boolean }): Promise<CommentImportReport[]> {
    const importId = randomUUID();
    try {
      const staged: Array<{ name: string; format: CommentFileFormat; count: number; warnings: ImportWarnings }> = [];
      let position = 0;
      for (const file of files) {
        const result = await stage(file, importId, position);
        position += result.count;
        staged.push({ name: file.name, ...result });
      }
      return move(importId, staged, options.overwriteDecisions);
    } finally {
      queries.run(sql`DELETE FROM comment_import_staging WHERE import_id = ${importId}`);
    }
  }

  return {
    importFiles(files, options) {
      return importAll(
        files.map((file) => ({ name: file.name, bytes: () => bytesInChunks(file.data) })),
        options,
      );
    },
    importPaths(paths, options) {
      return importAll(
        paths.map((filePath) => ({ name: path.basename(filePath), bytes: () => fileBytes(filePath) })),
        options,
      );
    },
  };
}

import { ApiError } from '../../../shared/api/errors';
import {
  queueOf,
  type Comment,
  type CommentCounts,
  type CommentDecision,
  type CommentDecisionRecord,
  type CommentFilter,
  type CommentQueue,
  type CommentStatus,
} from '../../../shared/model/comment';
import type { ExportedComment } from '../../../shared/render/render-input';
import { foldForSearch } from '../../../shared/text/fold';
import type { BackendContext } from '../backend-context';
import type { SettingsService } from '../settings/settings-service';
import { systemUserName } from '../settings/user-name';
import { sql, sqlFragment, sqlJoin, type SqlFragment } from '../store/sql';
import { commentFlags } from './comment-flags';
import { commentFromRow, type CommentRow, type CommentRowForApi } from './comment-row';
import type { WordListKind, WordLists, WordListStore } from './word-list-store';

const columns = sqlFragment`id, source, external_id, article_id, article_title, article_url, author, email, body, created_at, parent_external_id, status, queue, flags_json, reports, decided_at, moderator, note`;

/** The comment methods of the contract, except importing (comment-import-service.ts). */
export interface CommentService {
  queue(queue: CommentQueue, filter: CommentFilter, limit: number, offset: number): { comments: Comment[]; total: number };
  counts(filter: CommentFilter): CommentCounts;
  list(options: { status?: CommentStatus; articleId?: number; limit?: number }): Comment[];
  details(id: number, historyLimit: number): {
    comment: Comment;
    parent: Comment | null;
    history: Comment[];
    historyTotal: number;
    articleHeadline: string | null;
    articleApprovedTotal: number;
  };
  decide(ids: readonly number[], decision: CommentDecision, note?: string): Comment[];
  rejectAuthor(id: number, note?: string): Comment[];
  undo(): Comment[];
  decisions(since?: string): CommentDecisionRecord[];
  /** The approved comments of an article for its export's "Ý kiến bạn đọc", oldest first; null when it has none. */
  approvedFor(articleId: number): { total: number; items: ExportedComment[] } | null;
  wordLists(): WordLists;
  setWordList(list: WordListKind, entries: readonly string[]): WordLists & { reflagged: number };
  importWordList(list: WordListKind, text: string, replace: boolean): WordLists & { reflagged: number; added: number; problems: Array<{ line: number; reason: string }> };
}

export function createCommentService(context: BackendContext, deps: { settings: SettingsService; words: WordListStore }): CommentService {
  const { queries } = context;
  const { settings, words } = deps;

  const moderatorName = () => settings.get().moderatorName.trim() || systemUserName();

  const getRow = (id: number, where = 'id'): CommentRowForApi => {
    const row = queries.get<CommentRowForApi>(sql`SELECT ${columns} FROM comments WHERE id = ${id}`);
    if (!row) throw new ApiError('comment-not-found', { id }, { where });
    return row;
  };

  const filterConditions = (filter: CommentFilter): SqlFragment[] => {
    const conditions: SqlFragment[] = [];
    if (filter.articleId !== undefined) conditions.push(sqlFragment`article_id = ${filter.articleId}`);
    const author = filter.author?.trim();
    if (author) {
      const folded = foldForSearch(author);
      conditions.push(sqlFragment`(instr(author_folded, ${folded}) > 0 OR lower(email) = ${author.toLowerCase()})`);
    }
    if (filter.from) conditions.push(sqlFragment`created_at >= ${vietnamDayStart(filter.from)}`);
    if (filter.to) conditions.push(sqlFragment`created_at < ${vietnamDayStart(filter.to, 1)}`);
    for (const term of foldForSearch(filter.query ?? '').split(/\s+/u).filter((word) => word.length > 0)) {
      conditions.push(sqlFragment`instr(body_folded, ${term}) > 0`);
    }
    return conditions;
  };
  const whereAll = (conditions: SqlFragment[]) => (conditions.length > 0 ? sqlFragment` AND ${sqlJoin(conditions, sqlFragment` AND `)}` : sqlFragment``);

  /** Records one decision (a batch) and applies it; each comment's state before is kept for undo. */
  const applyDecision = (targets: ReadonlyArray<{ id: number; status: CommentStatus; decidedAt: string | null; moderator: string | null; note: string | null }>, undoOf: number | null): Comment[] => {
    const batch = (queries.get<{ batch: number | null }>(sql`SELECT max(batch) AS batch FROM comment_decisions`)?.batch ?? 0) + 1;
    const at = context.now().toISOString();
    const moderator = moderatorName();
    return targets.map((target) => {
      const before = getRow(target.id);
      queries.run(sql`
        INSERT INTO comment_decisions (batch, comment_id, from_status, from_decided_at, from_moderator, from_note, to_status, decided_at, moderator, note, undo_of)
        VALUES (${batch}, ${target.id}, ${before.status}, ${before.decided_at}, ${before.moderator}, ${before.note}, ${target.status}, ${at}, ${moderator}, ${target.note}, ${undoOf})`);
      const flags = commentFromRow(before).flags;
      const queue = queueOf({ status: target.status, flags, reports: before.reports });
      queries.run(sql`
        UPDATE comments SET status = ${target.status}, queue = ${queue}, decided_at = ${target.decidedAt}, moderator = ${target.moderator}, note = ${target.note}
        WHERE id = ${target.id}`);
      return commentFromRow(getRow(target.id));
    });
  };

  const decide = (ids: readonly number[], decision: CommentDecision, note?: string): Comment[] =>
    queries.transaction(() => {
      const unique = [...new Set(ids)];
      unique.forEach((id, index) => getRow(id, `ids.${index}`));
      const at = context.now().toISOString();
      const moderator = moderatorName();
      return applyDecision(unique.map((id) => ({ id, status: decision, decidedAt: at, moderator, note: note?.trim() || null })), null);
    });

  /** Checks the comments waiting for a decision (Chờ duyệt, Bị báo cáo) against the current word lists; returns how many changed. */
  const reflag = (): number =>
    queries.transaction(() => {
      const matcher = words.matcher();
      const autoReject = settings.get().autoRejectBanned;
      let changed = 0;
      const rows = queries.all<Pick<CommentRow, 'id' | 'body' | 'reports' | 'flags_json' | 'status' | 'queue'>>(
        sql`SELECT id, body, reports, flags_json, status, queue FROM comments WHERE status = 'pending'`,
      );
      for (const row of rows) {
        const flags = commentFlags(row.body, matcher, row.reports);
        const flagsJson = JSON.stringify(flags);
        const banned = flags.some((flag) => flag.kind === 'banned-word');
        const status: CommentStatus = autoReject && banned ? 'rejected' : row.status;
        const queue = queueOf({ status, flags, reports: row.reports });
        if (flagsJson === row.flags_json && queue === row.queue && status === row.status) continue;
        queries.run(sql`UPDATE comments SET flags_json = ${flagsJson}, status = ${status}, queue = ${queue} WHERE id = ${row.id}`);
        changed += 1;
      }
      return changed;
    });

  return {
    queue(queue, filter, limit, offset) {
      const where = whereAll(filterConditions(filter));
      const rows = queries.all<CommentRowForApi>(
        sql`SELECT ${columns} FROM comments WHERE queue = ${queue}${where} ORDER BY created_at, id LIMIT ${limit} OFFSET ${offset}`,
      );
      const total = queries.get<{ total: number }>(sql`SELECT count(*) AS total FROM comments WHERE queue = ${queue}${where}`)!.total;
      return { comments: rows.map(commentFromRow), total };
    },

    counts(filter) {
      const conditions = filterConditions(filter);
      const where = conditions.length > 0 ? sqlFragment`WHERE ${sqlJoin(conditions, sqlFragment` AND `)}` : sqlFragment``;
      const counts: CommentCounts = { pending: 0, reported: 0, approved: 0, rejected: 0, spam: 0 };
      for (const row of queries.all<{ queue: CommentQueue; total: number }>(sql`SELECT queue, count(*) AS total FROM comments ${where} GROUP BY queue`)) {
        counts[row.queue] = row.total;
      }
      return counts;
    },

    list({ status, articleId, limit }) {
      const conditions: SqlFragment[] = [];
      if (status) conditions.push(sqlFragment`status = ${status}`);
      if (articleId !== undefined) conditions.push(sqlFragment`article_id = ${articleId}`);
      const where = conditions.length > 0 ? sqlFragment`WHERE ${sqlJoin(conditions, sqlFragment` AND `)}` : sqlFragment``;
      return queries
        .all<CommentRowForApi>(sql`SELECT ${columns} FROM comments ${where} ORDER BY created_at, id LIMIT ${limit ?? -1}`)
        .map(commentFromRow);
    },

    details(id, historyLimit) {
      const row = queries.get<CommentRowForApi & { author_folded: string }>(sql`SELECT ${columns}, author_folded FROM comments WHERE id = ${id}`);
      if (!row) throw new ApiError('comment-not-found', { id }, { where: 'id' });
      const parentRow =
        row.parent_external_id === null
          ? undefined
          : queries.get<CommentRowForApi>(sql`SELECT ${columns} FROM comments WHERE source = ${row.source} AND external_id = ${row.parent_external_id}`);
      const sameAuthor = sameAuthorAs(row);
      const history = queries
        .all<CommentRowForApi>(sql`SELECT ${columns} FROM comments WHERE ${sameAuthor} AND id <> ${id} ORDER BY created_at DESC, id DESC LIMIT ${historyLimit}`)
        .map(commentFromRow);
      const historyTotal = queries.get<{ total: number }>(sql`SELECT count(*) AS total FROM comments WHERE ${sameAuthor} AND id <> ${id}`)!.total;
      const articleHeadline =
        row.article_id === null ? null : (queries.get<{ headline: string }>(sql`SELECT headline FROM articles WHERE id = ${row.article_id}`)?.headline ?? null);
      const sameArticle =
        row.article_id !== null
          ? sqlFragment`article_id = ${row.article_id}`
          : row.article_url !== ''
            ? sqlFragment`article_id IS NULL AND article_url = ${row.article_url}`
            : sqlFragment`article_id IS NULL AND source = ${row.source} AND article_title = ${row.article_title}`;
      const articleApprovedTotal = queries.get<{ total: number }>(sql`SELECT count(*) AS total FROM comments WHERE ${sameArticle} AND status = 'approved'`)!.total;
      return {
        comment: commentFromRow(row),
        parent: parentRow ? commentFromRow(parentRow) : null,
        history,
        historyTotal,
        articleHeadline,
        articleApprovedTotal,
      };
    },

    decide,

    rejectAuthor(id, note) {
      const row = queries.get<{ email: string | null; author_folded: string }>(sql`SELECT email, author_folded FROM comments WHERE id = ${id}`);
      if (!row) throw new ApiError('comment-not-found', { id }, { where: 'id' });
      const sameAuthor = sameAuthorAs(row);
      const ids = queries
        .all<{ id: number }>(sql`SELECT id FROM comments WHERE (${sameAuthor} OR id = ${id}) AND status = 'pending' ORDER BY created_at, id`)
        .map((found) => found.id);
      return ids.length > 0 ? decide(ids, 'rejected', note) : [];
    },

    undo() {
      return queries.transaction(() => {
        const last = queries.get<{ batch: number }>(sql`SELECT max(batch) AS batch FROM comment_decisions WHERE undone = 0 AND undo_of IS NULL`);
        if (!last || last.batch === null) return [];
        const rows = queries.all<{ comment_id: number; from_status: CommentStatus; from_decided_at: string | null; from_moderator: string | null; from_note: string | null }>(
          sql`SELECT comment_id, from_status, from_decided_at, from_moderator, from_note FROM comment_decisions WHERE batch = ${last.batch} ORDER BY id`,
        );
        queries.run(sql`UPDATE comment_decisions SET undone = 1 WHERE batch = ${last.batch}`);
        return applyDecision(
          rows.map((row) => ({ id: row.comment_id, status: row.from_status, decidedAt: row.from_decided_at, moderator: row.from_moderator, note: row.from_note })),
          last.batch,
        );
      });
    },

    decisions(since) {
      const after = since ? sqlFragment` AND decided_at >= ${new Date(since).toISOString()}` : sqlFragment``;
      return queries
        .all<Pick<CommentRow, 'external_id' | 'source' | 'status' | 'decided_at' | 'moderator' | 'note'>>(
          sql`SELECT external_id, source, status, decided_at, moderator, note FROM comments WHERE decided_at IS NOT NULL${after} ORDER BY decided_at, id`,
        )
        .map((row) => ({ externalId: row.external_id, source: row.source, status: row.status, decidedAt: row.decided_at!, moderator: row.moderator ?? '', note: row.note ?? '' }));
    },

    approvedFor(articleId) {
      const rows = queries.all<Pick<CommentRow, 'author' | 'created_at' | 'body'>>(
        sql`SELECT author, created_at, body FROM comments WHERE article_id = ${articleId} AND status = 'approved' ORDER BY created_at, id`,
      );
      return rows.length === 0 ? null : { total: rows.length, items: rows.map((row) => ({ author: row.author, createdAt: row.created_at, body: row.body })) };
    },

    wordLists: () => words.get(),

    setWordList(list, entries) {
      const lists = words.set(list, entries);
      return { ...lists, reflagged: reflag() };
    },

    importWordList(list, text, replace) {
      const { entries, problems } = words.parseFile(text);
      const current = words.get()[list];
      const next = replace ? entries : [...current, ...entries.filter((entry) => !current.includes(entry))];
      const added = next.filter((entry) => !current.includes(entry)).length;
      const lists = words.set(list, next);
      return { ...lists, reflagged: reflag(), added, problems };
    },
  };
}

/** The comments by the same person: the same email, or the same name ignoring accents and case (never an empty name). */
function sameAuthorAs(row: { email: string | null; author_folded: string }): SqlFragment {
  return row.email !== null && row.email !== ''
    ? sqlFragment`(email = ${row.email} OR (author_folded = ${row.author_folded} AND author_folded <> ''))`
    : sqlFragment`(author_folded = ${row.author_folded} AND author_folded <> '')`;
}

/** The instant a Vietnam calendar day starts (00:00 at UTC+7), plus `days`, as an ISO string in UTC. */
function vietnamDayStart(date: string, days = 0): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days) - 7 * 60 * 60 * 1000).toISOString();
}

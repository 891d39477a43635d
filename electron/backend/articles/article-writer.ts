import { ApiError } from '../../../shared/api/errors';
import type { ArticleStatus, ArticleSummary } from '../../../shared/model/article';
import type { BylinesField } from '../../../shared/model/byline';
import { articleWordCount } from '../../../shared/text/word-count';
import { writeArticleBylines } from '../authors/article-bylines';
import type { ArticleWrite, ArticleWriteKind, BackendContext } from '../backend-context';
import { revisionStep, type RecordedKind } from '../revisions/record-revision';
import { type SqlFragment, sql, sqlFragment, sqlJoin } from '../store/sql';
import { type BodyText, type PreparedBody, storedBodyText } from './article-body';
import type { ArticleRow } from './article-row';
import { assertRelatedArticles } from './article-related';

/** New values for some fields of an article; absent fields keep their stored value. */
export interface ArticleChanges {
  headline?: string;
  sapo?: string;
  sourcePrefix?: string;
  body?: BodyText & Pick<PreparedBody, 'jsonParts'>;
  status?: ArticleStatus;
  categoryId?: number | null;
  /** The whole byline (authors, team, source), replacing the stored one. */
  bylines?: BylinesField;
  /** Ngày, 'YYYY-MM-DD', or null for none. */
  date?: string | null;
  datelinePlace?: string;
  /** The whole list of tags, replacing the stored one. */
  tags?: string[];
  /** Tin khác: the ids of the related articles, replacing the stored list. */
  related?: number[];
}

/** What a save reads of the article it changes. */
type CurrentArticleRow = Pick<
  ArticleRow,
  'headline' | 'sapo' | 'source_prefix' | 'body_json' | 'status' | 'category_id' | 'version' | 'created_at' | 'updated_at' | 'trashed_at'
  | 'date' | 'dateline_place' | 'tags_json' | 'related_json'
>;

const concatenated = sqlFragment` || `;

/** A body's JSON for a statement, from its parts (`PreparedBody.jsonParts`): SQLite joins them. */
export function bodyJsonValue(parts: readonly string[]): SqlFragment {
  return sqlJoin(parts, concatenated);
}

/** 'not_found' for an article id that does not exist. */
export function articleNotFound(id: number, where = 'id'): ApiError {
  return new ApiError('article-not-found', { id }, { where });
}

/** Checks that a category exists before an article refers to it. */
export function assertCategoryExists(context: BackendContext, categoryId: number | null | undefined, where: string): void {
  if (categoryId === null || categoryId === undefined) return;
  const found = context.queries.get(sql`SELECT 1 AS found FROM categories WHERE id = ${categoryId}`);
  if (!found) {
    throw new ApiError('category-not-found', { categoryId }, { where });
  }
}

/** Tells the write listeners (search index...) about the article as it now is. Call inside the transaction. */
export function notifyArticleWrite(
  context: BackendContext,
  id: number,
  kind: ArticleWriteKind = 'other',
  known?: Omit<ArticleWrite, 'id' | 'kind'>,
): void {
  if (context.articleWrites.isEmpty) return;
  let fields = known;
  if (!fields) {
    const row = context.queries.get<Pick<ArticleRow, 'headline' | 'sapo' | 'source_prefix' | 'body_json' | 'status' | 'version' | 'trashed_at'>>(
      sql`SELECT headline, sapo, source_prefix, body_json, status, version, trashed_at FROM articles WHERE id = ${id}`,
    );
    if (!row) return;
    let text: BodyText | undefined;
    fields = {
      headline: row.headline,
      sapo: row.sapo,
      sourcePrefix: row.source_prefix,
      plainText: () => (text ??= storedBodyText(row.body_json)).plainText(),
      status: row.status,
      version: row.version,
      trashed: row.trashed_at !== null,
    };
  }
  context.articleWrites.tell({ id, kind, ...fields });
}

/**
 * Applies `changes` to an article as one new version, in one transaction, if and only if its
 * stored version is `expectedVersion`; otherwise nothing is written and the error is 'conflict'
 * with the current version and time. Records a revision of kind `revisionKind`. A trashed article
 * can be saved and stays in the trash.
 */
export function updateArticle(
  context: BackendContext,
  id: number,
  expectedVersion: number,
  changes: ArticleChanges,
  revisionKind: Exclude<RecordedKind, 'create'>,
): ArticleSummary {
  return context.queries.transaction(() => {
    // The stored body is only needed to count words when the body does not change.
    const current = changes.body
      ? context.queries.get<CurrentArticleRow>(
          sql`SELECT headline, sapo, source_prefix, '' AS body_json, status, category_id, version, created_at, updated_at, trashed_at, date, dateline_place, tags_json, related_json FROM articles WHERE id = ${id}`,
        )
      : context.queries.get<CurrentArticleRow>(
          sql`SELECT headline, sapo, source_prefix, body_json, status, category_id, version, created_at, updated_at, trashed_at, date, dateline_place, tags_json, related_json FROM articles WHERE id = ${id}`,
        );
    if (!current) throw articleNotFound(id);
    if (current.version !== expectedVersion) throw staleVersion(id, expectedVersion, current);
    if (changes.categoryId !== undefined) assertCategoryExists(context, changes.categoryId, 'fields.categoryId');
    if (changes.related !== undefined) assertRelatedArticles(context, id, changes.related, revisionKind === 'restore' ? 'related' : 'fields.related');

    const headline = changes.headline ?? current.headline;
    const sapo = changes.sapo ?? current.sapo;
    const sourcePrefix = changes.sourcePrefix ?? current.source_prefix;
    const body = changes.body ?? storedBodyText(current.body_json);
    const status = changes.status ?? (current.status as ArticleStatus);
    const categoryId = changes.categoryId === undefined ? current.category_id : changes.categoryId;
    const date = changes.date === undefined ? current.date : changes.date;
    const datelinePlace = changes.datelinePlace ?? current.dateline_place;
    const tagsJson = changes.tags === undefined ? current.tags_json : JSON.stringify(changes.tags);
    const relatedJson = changes.related === undefined ? current.related_json : JSON.stringify(changes.related);
    const wordCount = articleWordCount(headline, sapo, body.wordCount);
    const at = context.now();
    const updatedAt = at.toISOString();
    const version = expectedVersion + 1;
    const revisions = revisionStep(context, id, revisionKind, at);
    revisions.before();

    const result = context.queries.run(sql`
      UPDATE articles
      SET headline = ${headline}, sapo = ${sapo}, source_prefix = ${sourcePrefix},
          body_json = ${changes.body ? bodyJsonValue(changes.body.jsonParts) : sqlFragment`body_json`},
          word_count = ${wordCount}, status = ${status}, category_id = ${categoryId},
          date = ${date}, dateline_place = ${datelinePlace}, tags_json = ${tagsJson}, related_json = ${relatedJson},
          version = ${version}, updated_at = ${updatedAt}
      WHERE id = ${id} AND version = ${expectedVersion}`);
    if (result.changes !== 1) throw staleVersion(id, expectedVersion, current);
    if (changes.bylines) writeArticleBylines(context, id, changes.bylines, revisionKind === 'restore' ? 'bylines' : 'fields.bylines');

    revisions.after();
    notifyArticleWrite(context, id, revisionKind, { headline, sapo, sourcePrefix, plainText: body.plainText, status, version, trashed: current.trashed_at !== null });
    return {
      id,
      headline,
      status,
      version,
      wordCount,
      createdAt: current.created_at,
      updatedAt,
      trashedAt: current.trashed_at,
    };
  });
}

function staleVersion(id: number, expectedVersion: number, current: CurrentArticleRow): ApiError {
  return new ApiError(
    'version-conflict',
    { id, expectedVersion, currentVersion: current.version, updatedAt: current.updated_at },
    { where: 'expectedVersion' },
  );
}

/**
 * Records an export: the article's status becomes 'exported' and `exported_at` the export time,
 * as one new version with a revision of kind 'export'. `updated_at` is left as it is: it is the
 * time of the last edit, which the exported file gives as dateModified, so exporting the same
 * article again writes the same bytes. Works on a trashed article too (the caller refuses those).
 */
export function markArticleExported(context: BackendContext, id: number, at: Date): ArticleSummary {
  return context.queries.transaction(() => {
    const current = context.queries.get<Pick<ArticleRow, 'version'>>(sql`SELECT version FROM articles WHERE id = ${id}`);
    if (!current) throw articleNotFound(id);
    const version = current.version + 1;
    const revisions = revisionStep(context, id, 'export', at);
    revisions.before();
    context.queries.run(sql`
      UPDATE articles SET status = 'exported', exported_at = ${at.toISOString()}, version = ${version}
      WHERE id = ${id} AND version = ${current.version}`);
    revisions.after();
    notifyArticleWrite(context, id, 'export');
    const row = context.queries.get<Pick<ArticleRow, 'headline' | 'word_count' | 'created_at' | 'updated_at' | 'trashed_at'>>(
      sql`SELECT headline, word_count, created_at, updated_at, trashed_at FROM articles WHERE id = ${id}`,
    )!;
    return { id, headline: row.headline, status: 'exported', version, wordCount: row.word_count, createdAt: row.created_at, updatedAt: row.updated_at, trashedAt: row.trashed_at };
  });
}

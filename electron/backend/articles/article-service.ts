import { limits } from '../../../shared/api/limits';
import type { ParsedArgsOf } from '../../../shared/api/contract';
import type { Article, ArticleFields, ArticleSummary } from '../../../shared/model/article';
import { type DocNode, emptyDocument, isBlankBody } from '../../../shared/model/document';
import type { ToneStyle } from '../../../shared/model/settings';
import { readArticleBylines, writeArticleBylines } from '../authors/article-bylines';
import type { BackendContext } from '../backend-context';
import { recordCreation } from '../revisions/record-revision';
import { sql, sqlFragment } from '../store/sql';
import { articleWordCount } from '../../../shared/text/word-count';
import { sortVietnamese } from '../../../shared/text/collation';
import { type PreparedBlocks, prepareArticleBody } from './article-body';
import { assertRelatedArticles, readRelatedArticles } from './article-related';
import {
  type ArticleRow,
  type ArticleSummaryRow,
  articleSummaryColumns,
  rowToArticle,
  rowToArticleSummary,
} from './article-row';
import {
  articleNotFound,
  assertCategoryExists,
  bodyJsonValue,
  markArticleExported,
  notifyArticleWrite,
  updateArticle,
} from './article-writer';
import { applyToneStyle, type ToneStyleConversion } from './tone-style-conversion';

/** The article methods of the contract, over one database. */
export interface ArticleService {
  create(fields?: ArticleFields): Article;
  get(id: number): Article;
  list(options: ParsedArgsOf<'articles.list'>): ArticleSummary[];
  save(args: ParsedArgsOf<'articles.save'>): ArticleSummary;
  trash(id: number): ArticleSummary;
  /** Takes an article out of the trash. */
  untrash(id: number): ArticleSummary;
  /** Deletes the article if it is an untouched new draft (see `isUntouchedDraft`); true when it did. */
  discardEmptyDraft(id: number): boolean;
  /** Moves the tone marks of every article not in the trash to `style`, one new version per changed article. */
  applyToneStyle(style: ToneStyle): ToneStyleConversion;
  /** Records that the article was exported at `at`: status 'exported', a new version of kind 'export', `updatedAt` unchanged. */
  markExported(id: number, at: Date): ArticleSummary;
}

export function createArticleService(context: BackendContext): ArticleService {
  const { queries } = context;
  /** The blocks of the bodies last saved, by article: the next autosave of an article prepares only the blocks that changed. */
  const recentBodies = new RecentBodies();

  const getSummary = (id: number): ArticleSummary => {
    const row = queries.get<ArticleSummaryRow>(sql`SELECT ${articleSummaryColumns} FROM articles WHERE id = ${id}`);
    if (!row) throw articleNotFound(id);
    return rowToArticleSummary(row);
  };

  const get = (id: number): Article => {
    const row = queries.get<ArticleRow>(sql`SELECT * FROM articles WHERE id = ${id}`);
    if (!row) throw articleNotFound(id);
    return rowToArticle(row, readArticleBylines(context, id), readRelatedArticles(context, row.related_json));
  };

  return {
    create(fields = {}) {
      const body = prepareArticleBody(fields.body ?? emptyDocument(), 'fields.body');
      const headline = fields.headline ?? '';
      const sapo = fields.sapo ?? '';
      const sourcePrefix = fields.sourcePrefix ?? '';
      const status = fields.status ?? 'draft';
      const id = queries.transaction(() => {
        assertCategoryExists(context, fields.categoryId, 'fields.categoryId');
        if (fields.related) assertRelatedArticles(context, null, fields.related, 'fields.related');
        const at = context.now();
        const timestamp = at.toISOString();
        const result = queries.run(sql`
          INSERT INTO articles (headline, sapo, source_prefix, body_json, word_count, status, category_id, date, dateline_place, tags_json, related_json, version, created_at, updated_at)
          VALUES (${headline}, ${sapo}, ${sourcePrefix}, ${bodyJsonValue(body.jsonParts)},
                  ${articleWordCount(headline, sapo, body.wordCount)}, ${status}, ${fields.categoryId ?? null},
                  ${fields.date ?? null}, ${fields.datelinePlace ?? ''}, ${JSON.stringify(fields.tags ?? [])}, ${JSON.stringify(fields.related ?? [])},
                  1, ${timestamp}, ${timestamp})`);
        const newId = Number(result.lastInsertRowid);
        if (fields.bylines) writeArticleBylines(context, newId, fields.bylines);
        recordCreation(context, newId, at);
        notifyArticleWrite(context, newId, 'create', {
          headline,
          sapo,
          sourcePrefix,
          plainText: body.plainText,
          status,
          version: 1,
          trashed: false,
        });
        return newId;
      });
      return get(id);
    },

    get,

    list(options) {
      const inTrash = options.trashed ? sqlFragment`trashed_at IS NOT NULL` : sqlFragment`trashed_at IS NULL`;
      const withStatus = options.status === undefined ? sqlFragment`` : sqlFragment` AND status = ${options.status}`;
      const inCategory = options.categoryId === undefined ? sqlFragment`` : sqlFragment` AND category_id = ${options.categoryId}`;
      const byAuthor =
        options.authorId === undefined
          ? sqlFragment``
          : sqlFragment` AND id IN (SELECT article_id FROM article_bylines WHERE author_id = ${options.authorId})`;
      const after =
        options.after === undefined
          ? sqlFragment``
          : sqlFragment` AND (updated_at, id) < (${options.after.updatedAt}, ${options.after.id})`;
      const limit = options.limit ?? limits.listPage;
      const offset = options.offset ?? 0;
      if (options.sort === 'headline-asc') {
        // SQLite has no Vietnamese collation: the matching summaries (no bodies) are ordered here.
        const rows = queries.all<ArticleSummaryRow>(sql`
          SELECT ${articleSummaryColumns} FROM articles WHERE ${inTrash}${withStatus}${inCategory}${byAuthor} ORDER BY id`);
        return sortVietnamese(rows, (row) => row.headline).slice(offset, offset + limit).map(rowToArticleSummary);
      }
      const order =
        options.sort === 'updated-asc'
          ? sqlFragment`updated_at ASC, id ASC`
          : options.sort === 'date-desc'
            ? sqlFragment`date IS NULL, date DESC, updated_at DESC, id DESC`
            : sqlFragment`updated_at DESC, id DESC`;
      return queries
        .all<ArticleSummaryRow>(sql`
          SELECT ${articleSummaryColumns} FROM articles WHERE ${inTrash}${withStatus}${inCategory}${byAuthor}${after}
          ORDER BY ${order} LIMIT ${limit} OFFSET ${offset}`)
        .map(rowToArticleSummary);
    },

    save({ id, expectedVersion, kind, fields }) {
      const { body, ...otherFields } = fields;
      const prepared = body === undefined ? undefined : prepareArticleBody(body, 'fields.body', recentBodies.get(id));
      if (prepared?.blocks) recentBodies.set(id, prepared.blocks);
      return updateArticle(context, id, expectedVersion, { ...otherFields, ...(prepared ? { body: prepared } : {}) }, kind);
    },

    trash(id) {
      return queries.transaction(() => {
        queries.run(sql`UPDATE articles SET trashed_at = ${context.now().toISOString()} WHERE id = ${id} AND trashed_at IS NULL`);
        const summary = getSummary(id);
        notifyArticleWrite(context, id, 'trash');
        return summary;
      });
    },

    untrash(id) {
      return queries.transaction(() => {
        queries.run(sql`UPDATE articles SET trashed_at = NULL WHERE id = ${id}`);
        const summary = getSummary(id);
        notifyArticleWrite(context, id, 'untrash');
        return summary;
      });
    },

    discardEmptyDraft(id) {
      return queries.transaction(() => {
        const row = queries.get<ArticleRow>(sql`SELECT * FROM articles WHERE id = ${id}`);
        if (!row) throw articleNotFound(id);
        const hasBylines = queries.get(sql`SELECT 1 AS found FROM article_bylines WHERE article_id = ${id} LIMIT 1`) !== undefined;
        if (hasBylines || !isUntouchedDraft(row)) return false;
        notifyArticleWrite(context, id, 'discard');
        queries.run(sql`DELETE FROM articles WHERE id = ${id}`);
        return true;
      });
    },

    applyToneStyle: (style) => applyToneStyle(context, style),

    markExported: (id, at) => markArticleExported(context, id, at),
  };
}

/** A draft nobody has written in: never saved after its creation, and holding no text, figure, category, date, place or tag. */
function isUntouchedDraft(row: ArticleRow): boolean {
  return (
    row.version === 1 &&
    row.trashed_at === null &&
    row.status === 'draft' &&
    row.category_id === null &&
    row.date === null &&
    row.dateline_place === '' &&
    row.tags_json === '[]' &&
    row.related_json === '[]' &&
    `${row.headline}${row.sapo}${row.source_prefix}`.trim() === '' &&
    isBlankBody(JSON.parse(row.body_json) as DocNode)
  );
}


/** The prepared blocks of the few articles saved last (a writer works on one at a time). */
class RecentBodies {
  private static readonly kept = 4;
  private readonly byArticle = new Map<number, PreparedBlocks>();

  get(id: number): PreparedBlocks | undefined {
    return this.byArticle.get(id);
  }

  set(id: number, blocks: PreparedBlocks): void {
    this.byArticle.delete(id);
    this.byArticle.set(id, blocks);
    if (this.byArticle.size > RecentBodies.kept) this.byArticle.delete(this.byArticle.keys().next().value!);
  }
}

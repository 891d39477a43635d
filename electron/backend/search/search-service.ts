import type { ArticleStatus } from '../../../shared/model/article';
import { type SearchArguments, type SearchHit, type SearchResult, searchLimits } from '../../../shared/model/search';
import type { ArticleRow } from '../articles/article-row';
import type { BackendContext } from '../backend-context';
import { type SqlFragment, sql, sqlFragment, sqlJoin } from '../store/sql';
import { buildSnippet, highlightText } from './highlight';
import { parseSearchQuery, type QueryPhrase, toMatchExpression } from './search-query';
import type { ArticlePlainTextRow, SearchEntryRow } from './search-row';

/**
 * bm25 weights of the index columns, in their order: headline, sapo, body, bylines. A word in the
 * headline counts ten times a word in the body.
 */
export const columnWeights = [10, 4, 1, 0.5] as const;

/**
 * How results are ordered. First by where the query matched: the whole query in the headline,
 * then the whole query in the headline and lead, then elsewhere (body, bylines, or words spread
 * over several fields). Within each group:
 *
 * - `bm25`: by bm25 with `columnWeights`, for a query that matches fewer than `rankedCandidates`
 *   articles and has no common word or phrase.
 * - `recent`: newest first, for a common query. bm25 first counts, for each word or phrase, every
 *   article containing it (its IDF): for a word in all 100,000 articles that costs 15-25 ms before
 *   any row is scored, against the 25 ms budget of a search. So the newest `rankedCandidates`
 *   matches are taken in index order (cheap) and grouped as above. The trade-off: an older
 *   article that bm25 would have put first is left out when more than `rankedCandidates` newer
 *   articles match; a more precise query (another word, a phrase, a filter) brings it back. `total`
 *   is then null ("more than rankedCandidates"), as counting every match would cost as much again.
 */
export type RankingMethod = 'bm25' | 'recent';

/** The most matches that are ranked (see RankingMethod). */
export const rankedCandidates = 1000;

/**
 * A word or phrase in at least this many articles is common: bm25's IDF count for it would cost
 * more than a few milliseconds (see RankingMethod).
 */
export const commonPhraseArticles = 10_000;

const rankExpression = sqlFragment`bm25(articles_fts, ${sqlJoin(columnWeights)})`;

const noCondition = sqlFragment``;

/** The search methods of the contract, over one database. */
export interface SearchService {
  articles(args: SearchArguments): SearchResult;
}

/** What the filters let through (see `filterOf`). */
interface Filter {
  /** The ids of the articles the filters let through, as a subquery. */
  ids: SqlFragment;
  /**
   * The date range alone, when given, as a subquery of ids: its lowest and highest id bound the
   * index scan (articles are mostly updated near when they were created, so a range of days is a
   * narrow range of ids). The other filters let through articles of every age.
   */
  dated: SqlFragment | null;
}

/**
 * The articles the filters let through. Each filter reads its own index (status, update time,
 * bylines, category) and the sets are intersected: reading the article rows instead would cost a
 * page read per match, ~90 ms for a common word. Trashed articles may be in the set; they are not
 * in the search index.
 */
function filterOf(args: SearchArguments): Filter | null {
  const selects: SqlFragment[] = [];
  let dated: SqlFragment | null = null;
  if (args.status !== undefined) {
    selects.push(sqlFragment`SELECT id FROM articles WHERE status = ${args.status}`);
  }
  if (args.categoryId !== undefined) {
    selects.push(sqlFragment`SELECT id FROM articles WHERE category_id = ${args.categoryId}`);
  }
  if (args.authorId !== undefined) {
    selects.push(sqlFragment`SELECT article_id FROM article_bylines WHERE author_id = ${args.authorId}`);
  }
  if (args.updatedFrom !== undefined || args.updatedTo !== undefined) {
    const from = args.updatedFrom === undefined ? '' : storedTimestamp(args.updatedFrom);
    const to = args.updatedTo === undefined ? '\uffff' : storedTimestamp(args.updatedTo);
    dated = sqlFragment`SELECT id FROM articles WHERE trashed_at IS NULL AND updated_at >= ${from} AND updated_at <= ${to}`;
    selects.push(dated);
  }
  return selects.length > 0 ? { ids: sqlJoin(selects, sqlFragment` INTERSECT `), dated } : null;
}

/**
 * The conditions that keep a scan of an index to the candidates (newest first): their rowid range,
 * and ` AND +rowid IN (the candidates)` when a filter made them (the set test kept out of FTS5's
 * plan, see `newestMatches`); without a filter every match in the range is one. The bounds are
 * bigints, so that they are bound as INTEGERs: FTS5 uses a rowid bound only when it is one (a
 * JavaScript number is bound as a REAL, and FTS5 would scan every match and leave the bound to
 * SQLite).
 */
function withinCandidates(candidates: readonly number[], filtered: boolean): SqlFragment {
  const range = sqlFragment` AND rowid BETWEEN ${BigInt(candidates.at(-1) ?? 0)} AND ${BigInt(candidates[0] ?? 0)}`;
  return filtered ? sqlFragment`${range} AND +rowid IN (SELECT value FROM json_each(${JSON.stringify(candidates)}))` : range;
}

/** Timestamps are stored as `Date.toISOString()` (UTC, milliseconds), so they compare as text. */
function storedTimestamp(value: string): string {
  return new Date(value).toISOString();
}

type HitRow = Pick<ArticleRow, 'id' | 'headline' | 'sapo' | 'status' | 'updated_at'> & Pick<ArticlePlainTextRow, 'plain_text'>;

/** Thresholds of the ranking (see RankingMethod); tests lower them to reach the common-query path. */
export interface SearchServiceOptions {
  /** @default rankedCandidates */
  rankedCandidates?: number;
  /** @default commonPhraseArticles */
  commonPhraseArticles?: number;
}

export function createSearchService(context: Pick<BackendContext, 'queries'>, options: SearchServiceOptions = {}): SearchService {
  const { queries } = context;
  const candidateLimit = options.rankedCandidates ?? rankedCandidates;
  const commonLimit = options.commonPhraseArticles ?? commonPhraseArticles;

  /**
   * The newest matches, at most `candidateLimit`, in index order (no ranking): cheap even for a
   * word in every article. The unary + keeps the filter's set test out of FTS5's plan: as a rowid
   * constraint FTS5 would look each id up in turn (seconds for 25,000 ids) instead of testing
   * each match against the set.
   */
  const newestMatches = (expression: string, filter: Filter | null) => {
    let inFilter = noCondition;
    if (filter) {
      inFilter = sqlFragment` AND +articles_fts.rowid IN (${filter.ids})`;
      if (filter.dated) {
        const bounds = queries.get<{ low: number | null; high: number | null }>(sql`WITH dated (id) AS (${filter.dated}) SELECT min(id) AS low, max(id) AS high FROM dated`);
        if (bounds?.low == null || bounds.high == null) return [];
        // Bigints, bound as INTEGERs (see `withinCandidates`).
        inFilter = sqlFragment` AND rowid BETWEEN ${BigInt(bounds.low)} AND ${BigInt(bounds.high)}${inFilter}`;
      }
    }
    return queries
      .all<Pick<SearchEntryRow, 'rowid'>>(sql`SELECT rowid FROM articles_fts WHERE articles_fts MATCH ${expression}${inFilter} ORDER BY rowid DESC LIMIT ${candidateLimit}`)
      .map((row) => row.rowid);
  };

  /** True when a phrase is in `commonPhraseArticles` articles or more (counting stops there). */
  const isCommon = (phrase: QueryPhrase) => {
    const expression = toMatchExpression([phrase])!;
    const row = queries.get<{ found: number }>(sql`SELECT count(*) AS found FROM (SELECT 1 FROM articles_fts WHERE articles_fts MATCH ${expression} LIMIT ${commonLimit})`);
    return (row?.found ?? 0) >= commonLimit;
  };

  /**
   * The candidates whose `columns` contain the whole query, newest first, at most `limit`, read
   * from the headline and lead index (`articles_head_fts`, see search-index.ts): the same question
   * asked of `articles_fts` with a column filter decodes the positions of every body match.
   * `candidates` are newest first.
   */
  const candidatesMatchingIn = (columns: 'headline' | 'headline sapo', expression: string, candidates: readonly number[], filtered: boolean, limit: number) => {
    const inColumns = columns === 'headline' ? `{headline} : (${expression})` : expression;
    return queries
      .all<Pick<SearchEntryRow, 'rowid'>>(
        sql`SELECT rowid FROM articles_head_fts WHERE articles_head_fts MATCH ${inColumns}${withinCandidates(candidates, filtered)} ORDER BY rowid DESC LIMIT ${limit}`,
      )
      .map((row) => row.rowid);
  };

  /** bm25 of each candidate (lower is better). */
  const bm25Scores = (expression: string, candidates: readonly number[], filtered: boolean) => {
    const rows = queries.all<{ id: number; score: number }>(
      sql`SELECT rowid AS id, ${rankExpression} AS score FROM articles_fts WHERE articles_fts MATCH ${expression}${withinCandidates(candidates, filtered)}`,
    );
    return new Map(rows.map((row) => [row.id, row.score]));
  };

  /** The first `count` results in order (see RankingMethod); `candidates` are newest first. */
  const rank = (expression: string, candidates: readonly number[], ranking: RankingMethod, filtered: boolean, count: number) => {
    if (ranking === 'recent') {
      // Newest first within each group: each group's scan stops as soon as the page is full.
      const ordered = new Set(candidatesMatchingIn('headline', expression, candidates, filtered, count));
      for (const id of candidatesMatchingIn('headline sapo', expression, candidates, filtered, count)) {
        if (ordered.size >= count) break;
        ordered.add(id);
      }
      for (const id of candidates) {
        if (ordered.size >= count) break;
        ordered.add(id);
      }
      return [...ordered];
    }
    const inHeadline = new Set(candidatesMatchingIn('headline', expression, candidates, filtered, candidates.length));
    const inHeadlineOrLead = new Set(candidatesMatchingIn('headline sapo', expression, candidates, filtered, candidates.length));
    const group = (id: number) => (inHeadline.has(id) ? 0 : inHeadlineOrLead.has(id) ? 1 : 2);
    const scores = bm25Scores(expression, candidates, filtered);
    const score = (id: number) => scores.get(id) ?? 0;
    return [...candidates].sort((left, right) => group(left) - group(right) || score(left) - score(right) || right - left).slice(0, count);
  };

  const hitOf = (id: number, phrases: readonly QueryPhrase[]): SearchHit | null => {
    const row = queries.get<HitRow>(sql`
      SELECT articles.id AS id, headline, sapo, coalesce(plain_text, '') AS plain_text, status, updated_at FROM articles
      LEFT JOIN article_plain_texts ON article_plain_texts.article_id = articles.id WHERE articles.id = ${id}`);
    if (!row) return null;
    return {
      id: row.id,
      headline: row.headline,
      status: row.status as ArticleStatus,
      updatedAt: row.updated_at,
      snippet: buildSnippet([row.sapo, row.plain_text], phrases),
      headlineParts: highlightText(row.headline, phrases),
    };
  };

  return {
    articles(args) {
      const phrases = parseSearchQuery(args.query);
      const expression = toMatchExpression(phrases);
      if (expression === null) return { total: 0, results: [] };
      const filter = filterOf(args);
      const limit = args.limit ?? searchLimits.defaultPageSize;
      const offset = args.offset ?? 0;

      const candidates = newestMatches(expression, filter);
      if (candidates.length === 0) return { total: 0, results: [] };
      const capped = candidates.length >= candidateLimit;
      // Uncapped, a single phrase without filters matched fewer than candidateLimit articles, so it is not common.
      const mayHaveCommonPhrase = phrases.length > 1 || filter !== null;
      const ranking: RankingMethod = capped || (mayHaveCommonPhrase && phrases.some(isCommon)) ? 'recent' : 'bm25';
      const pageIds = rank(expression, candidates, ranking, filter !== null, offset + limit).slice(offset);

      const results: SearchHit[] = [];
      for (const id of pageIds) {
        const hit = hitOf(id, phrases);
        if (hit) results.push(hit);
      }
      return { total: capped ? null : candidates.length, results };
    },
  };
}

import type { ArticleStatus } from '../../../shared/model/article';
import { type SearchArguments, type SearchHit, type SearchResult, searchLimits } from '../../../shared/model/search';
import type { ArticleRow } from '../articles/article-row';
import type { BackendContext } from '../backend-context';
import { type SqlFragment, sql, sqlFragment, sqlJoin } from '../store/sql';
import { authorSearchToken } from './author-search-token';
import { buildSnippet, highlightText } from './highlight';
import { indexSegments } from './index-segments';
import { parseSearchQuery, type QueryPhrase, toMatchExpression } from './search-query';
import type { ArticlePlainTextRow, SearchEntryRow } from './search-row';

/**
 * bm25 weights of the index columns, in their order: headline, sapo, body, bylines, authors. A word
 * in the headline counts ten times a word in the body. The authors' tokens (the author filter) add
 * nothing to a score.
 */
export const columnWeights = [10, 4, 1, 0.5, 0] as const;

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

/**
 * The cost model that chooses how a filtered search finds its candidates (see `newestMatches` and
 * `newestMatchesAmong`), in microseconds of CPU, measured on 100,000 articles of 700-900 syllables:
 * looking one article up in the index costs about `lookupMicros` plus `segmentTermMicros` per term
 * and index segment (a seek in each; see index-segments.ts); scanning the index costs about `scannedMatchMicros` per
 * match read (a phrase's positions decoded).
 */
const lookupMicros = 5;
const segmentTermMicros = 2;
const scannedMatchMicros = 0.35;
/** Filtered searches look their articles up one by one only when that costs less than this. */
const lookupBudgetMicros = 15_000;
/** How many of the newest articles are read to estimate how many match in all. */
const densitySample = 1000;
/** Prefix lengths the index keeps a prefix index for (migration 0020: `prefix = '2 3'`): one term to look up. */
const indexedPrefixLengths: ReadonlySet<number> = new Set([2, 3]);

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
 * The articles the filters other than the author let through. Each filter reads its own index
 * (status, update time, category) and the sets are intersected: reading the article rows instead
 * would cost a page read per match, ~90 ms for a common word. Trashed articles may be in the set;
 * they are not in the search index. The author filter is part of the MATCH expression instead
 * (see `SearchExpression`).
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
  if (args.updatedFrom !== undefined || args.updatedTo !== undefined) {
    const from = args.updatedFrom === undefined ? '' : storedTimestamp(args.updatedFrom);
    const to = args.updatedTo === undefined ? '\uffff' : storedTimestamp(args.updatedTo);
    dated = sqlFragment`SELECT id FROM articles WHERE trashed_at IS NULL AND updated_at >= ${from} AND updated_at <= ${to}`;
    selects.push(dated);
  }
  return selects.length > 0 ? { ids: sqlJoin(selects, sqlFragment` INTERSECT `), dated } : null;
}

/**
 * What a search asks both indexes: the query's MATCH expression and, when the search is filtered
 * by author, the author's token (search-index.ts indexes a token per author of the bylines, in
 * both indexes). FTS5 then walks the author's few hundred articles and skips through the query's
 * matches between them: for a common query over 100,000 articles, 2-4 ms, where testing every
 * match against the author's articles took 15-40 ms and looking each of them up 6-14 ms. So an
 * author-filtered search runs like an unfiltered one over a smaller index. A token adds nothing to
 * bm25 (its column weighs 0).
 */
interface SearchExpression {
  /** The query's phrases, ANDed (`toMatchExpression`). */
  query: string;
  /** The filter's tokens, quoted and ANDed, or null. */
  tokens: string | null;
  /** How many tokens `tokens` holds. */
  tokenCount: number;
}

function searchExpressionOf(query: string, args: SearchArguments): SearchExpression {
  if (args.authorId === undefined) return { query, tokens: null, tokenCount: 0 };
  return { query, tokens: `"${authorSearchToken(args.authorId)}"`, tokenCount: 1 };
}

/** The MATCH expression of a search, its query restricted to the index's `columns` when given. */
function matchExpression(expression: SearchExpression, columns?: 'headline'): string {
  const query = columns ? `{${columns}} : (${expression.query})` : expression.query;
  return expression.tokens === null ? query : `${query} AND ${expression.tokens}`;
}

/** The lowest and highest id a date range lets through (see `Filter.dated`). */
interface IdBounds {
  low: number;
  high: number;
}

/**
 * How the candidates were found, which says how to find them again in an index: `range`, every
 * match within their rowid range (no filter); `range and set`, the matches within their range
 * that are in their set (a filter, the set test kept out of FTS5's plan, see `newestMatches`);
 * `lookup`, each looked up in turn (see `newestMatchesAmong`). The author filter's token is in
 * every expression (see `SearchExpression`), so it needs no set.
 */
type CandidateAccess = 'range' | 'range and set' | 'lookup';

/**
 * The conditions that keep a scan of an index to the candidates (newest first). The bounds are
 * bigints, so that they are bound as INTEGERs: FTS5 uses a rowid bound only when it is one (a
 * JavaScript number is bound as a REAL, and FTS5 would scan every match and leave the bound to
 * SQLite).
 */
function withinCandidates(candidates: readonly number[], access: CandidateAccess): SqlFragment {
  if (access === 'lookup') return sqlFragment` AND rowid IN (SELECT value FROM json_each(${JSON.stringify(candidates)}))`;
  const range = sqlFragment` AND rowid BETWEEN ${BigInt(candidates.at(-1) ?? 0)} AND ${BigInt(candidates[0] ?? 0)}`;
  return access === 'range and set' ? sqlFragment`${range} AND +rowid IN (SELECT value FROM json_each(${JSON.stringify(candidates)}))` : range;
}

/**
 * How the candidates are found in the headline and lead index. Never by lookups: that index is
 * small, so scanning its matches costs less than looking each candidate up twice, and the scan
 * stops when the page is full.
 */
function headAccess(access: CandidateAccess): CandidateAccess {
  return access === 'lookup' ? 'range and set' : access;
}

/** Newest first: after the lookups when the candidates are looked up (see `newestMatchesAmong`). */
function newestFirst(access: CandidateAccess): SqlFragment {
  return access === 'lookup' ? sqlFragment`ORDER BY +rowid DESC` : sqlFragment`ORDER BY rowid DESC`;
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
  /**
   * Whether a filtered search looks the filter's articles up in the index one by one (true) or
   * scans the index's matches for them (false); by default the cheaper by the cost model. Both give
   * the same results in the same order; tests set it to compare them.
   */
  lookUpFilteredArticles?: boolean;
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
  const newestMatches = (expression: string, filter: Filter | null, bounds: IdBounds | null) => {
    let inFilter = noCondition;
    if (filter) {
      inFilter = sqlFragment` AND +articles_fts.rowid IN (${filter.ids})`;
      // Bigints, bound as INTEGERs (see `withinCandidates`).
      if (bounds) inFilter = sqlFragment` AND rowid BETWEEN ${BigInt(bounds.low)} AND ${BigInt(bounds.high)}${inFilter}`;
    }
    return queries
      .all<Pick<SearchEntryRow, 'rowid'>>(sql`SELECT rowid FROM articles_fts WHERE articles_fts MATCH ${expression}${inFilter} ORDER BY rowid DESC LIMIT ${candidateLimit}`)
      .map((row) => row.rowid);
  };

  /**
   * The same as `newestMatches` with a filter, found the other way round: each of the filter's
   * articles is looked up in the index (`rowid IN` is a rowid constraint FTS5 takes one id at a
   * time). Cheaper when the filter lets few articles through and the query matches many. The
   * matches are sorted after the lookups (`+rowid`): asked for them newest first, FTS5 would read
   * each term's whole list of articles backwards for every lookup.
   */
  const newestMatchesAmong = (expression: string, filter: Filter) =>
    queries
      .all<Pick<SearchEntryRow, 'rowid'>>(
        sql`SELECT rowid FROM articles_fts WHERE articles_fts MATCH ${expression} AND rowid IN (${filter.ids}) ORDER BY +rowid DESC LIMIT ${candidateLimit}`,
      )
      .map((row) => row.rowid);

  /**
   * Whether looking the filter's articles up (`newestMatchesAmong`) costs less than scanning the
   * matches for them (`newestMatches`), by the cost model above: the articles are counted (each
   * filter has its index; the count stops at what the budget allows) and the matches estimated
   * from the newest `densitySample` articles. The scan stops once `candidateLimit` matches passed
   * the filter; a date range bounds it.
   */
  const looksUpFilteredArticles = (phrases: readonly QueryPhrase[], search: SearchExpression, filter: Filter, bounds: IdBounds | null) => {
    if (options.lookUpFilteredArticles !== undefined) return options.lookUpFilteredArticles;
    // A longer prefix is expanded to every indexed word it starts, again for each article.
    if (phrases.some((phrase) => phrase.prefix && !indexedPrefixLengths.has([...phrase.tokens.at(-1)!].length))) return false;
    const segments = indexSegments(queries, 'articles_fts');
    if (segments === null) return false;
    const terms = phrases.reduce((sum, phrase) => sum + phrase.tokens.length, search.tokenCount);
    const expression = matchExpression(search);
    const perLookup = lookupMicros + segmentTermMicros * terms * segments;
    const affordable = Math.floor(lookupBudgetMicros / perLookup);
    if (affordable < 1) return false;
    const filtered = queries.get<{ ids: number }>(sql`SELECT count(*) AS ids FROM (SELECT 1 FROM (${filter.ids}) LIMIT ${affordable + 1})`)?.ids ?? 0;
    if (filtered > affordable) return false;
    const newest = queries.get<{ id: number | null }>(sql`SELECT max(id) AS id FROM articles`)?.id ?? 0;
    if (newest === 0 || filtered === 0) return filtered === 0;
    const sample = Math.min(densitySample, newest);
    const sampled = queries.get<{ found: number }>(
      sql`SELECT count(*) AS found FROM articles_fts WHERE articles_fts MATCH ${expression} AND rowid > ${BigInt(newest - sample)}`,
    )!.found;
    const scannedShare = bounds ? (bounds.high - bounds.low + 1) / newest : 1;
    const matches = (sampled / sample) * newest * scannedShare;
    const scanned = Math.min(matches, (candidateLimit * newest) / filtered);
    return filtered * perLookup < scanned * scannedMatchMicros;
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
  const candidatesMatchingIn = (columns: 'headline' | 'headline sapo', search: SearchExpression, candidates: readonly number[], access: CandidateAccess, limit: number) => {
    const inColumns = matchExpression(search, columns === 'headline' ? 'headline' : undefined);
    return queries
      .all<Pick<SearchEntryRow, 'rowid'>>(
        sql`SELECT rowid FROM articles_head_fts WHERE articles_head_fts MATCH ${inColumns}${withinCandidates(candidates, headAccess(access))} ${newestFirst(headAccess(access))} LIMIT ${limit}`,
      )
      .map((row) => row.rowid);
  };

  /**
   * bm25 of each candidate (lower is better). Never by lookups: bm25 would count the articles of
   * each word again for each lookup.
   */
  const bm25Scores = (search: SearchExpression, candidates: readonly number[], access: CandidateAccess) => {
    const rows = queries.all<{ id: number; score: number }>(
      sql`SELECT rowid AS id, ${rankExpression} AS score FROM articles_fts WHERE articles_fts MATCH ${matchExpression(search)}${withinCandidates(candidates, access === 'lookup' ? 'range and set' : access)}`,
    );
    return new Map(rows.map((row) => [row.id, row.score]));
  };

  /** The first `count` results in order (see RankingMethod); `candidates` are newest first. */
  const rank = (search: SearchExpression, candidates: readonly number[], ranking: RankingMethod, access: CandidateAccess, count: number) => {
    if (ranking === 'recent') {
      // Newest first within each group: each group's scan stops as soon as the page is full.
      const ordered = new Set(candidatesMatchingIn('headline', search, candidates, access, count));
      for (const id of candidatesMatchingIn('headline sapo', search, candidates, access, count)) {
        if (ordered.size >= count) break;
        ordered.add(id);
      }
      for (const id of candidates) {
        if (ordered.size >= count) break;
        ordered.add(id);
      }
      return [...ordered];
    }
    const inHeadline = new Set(candidatesMatchingIn('headline', search, candidates, access, candidates.length));
    const inHeadlineOrLead = new Set(candidatesMatchingIn('headline sapo', search, candidates, access, candidates.length));
    const group = (id: number) => (inHeadline.has(id) ? 0 : inHeadlineOrLead.has(id) ? 1 : 2);
    const scores = bm25Scores(search, candidates, access);
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

      let bounds: IdBounds | null = null;
      if (filter?.dated) {
        const dated = queries.get<{ low: number | null; high: number | null }>(sql`WITH dated (id) AS (${filter.dated}) SELECT min(id) AS low, max(id) AS high FROM dated`);
        if (dated?.low == null || dated.high == null) return { total: 0, results: [] };
        bounds = { low: dated.low, high: dated.high };
      }
      const search = searchExpressionOf(expression, args);
      const access: CandidateAccess = !filter ? 'range' : looksUpFilteredArticles(phrases, search, filter, bounds) ? 'lookup' : 'range and set';
      const candidates = filter && access === 'lookup' ? newestMatchesAmong(matchExpression(search), filter) : newestMatches(matchExpression(search), filter, bounds);
      if (candidates.length === 0) return { total: 0, results: [] };
      const capped = candidates.length >= candidateLimit;
      // Uncapped, a single phrase without filters matched fewer than candidateLimit articles, so it is not common.
      const mayHaveCommonPhrase = phrases.length > 1 || filter !== null || search.tokens !== null;
      const ranking: RankingMethod = capped || (mayHaveCommonPhrase && phrases.some(isCommon)) ? 'recent' : 'bm25';
      const pageIds = rank(search, candidates, ranking, access, offset + limit).slice(offset);

      const results: SearchHit[] = [];
      for (const id of pageIds) {
        const hit = hitOf(id, phrases);
        if (hit) results.push(hit);
      }
      return { total: capped ? null : candidates.length, results };
    },
  };
}

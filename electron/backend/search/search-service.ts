import type { ArticleStatus } from '../../../shared/model/article';
import { type SearchArguments, type SearchHit, type SearchResult, searchLimits } from '../../../shared/model/search';
import type { BackendContext } from '../backend-context';
import type { SqlValue } from '../store/sql';
import { buildSnippet, highlightText } from './highlight';
import { parseSearchQuery, type QueryPhrase, toMatchExpression } from './search-query';

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

const rankExpression = `bm25(articles_fts, ${columnWeights.join(', ')})`;

/** The search methods of the contract, over one database. */
export interface SearchService {
  articles(args: SearchArguments): SearchResult;
}

interface Filter {
  /** Conditions on `articles` (aliased `a`), joined with AND. */
  conditions: string[];
  parameters: SqlValue[];
}

function filterOf(args: SearchArguments): Filter | null {
  const conditions: string[] = [];
  const parameters: SqlValue[] = [];
  if (args.status !== undefined) {
    conditions.push('a.status = ?');
    parameters.push(args.status);
  }
  if (args.categoryId !== undefined) {
    conditions.push('a.category_id = ?');
    parameters.push(args.categoryId);
  }
  if (args.authorId !== undefined) {
    conditions.push('EXISTS (SELECT 1 FROM article_bylines b WHERE b.article_id = a.id AND b.author_id = ?)');
    parameters.push(args.authorId);
  }
  if (args.updatedFrom !== undefined) {
    conditions.push('a.updated_at >= ?');
    parameters.push(storedTimestamp(args.updatedFrom));
  }
  if (args.updatedTo !== undefined) {
    conditions.push('a.updated_at <= ?');
    parameters.push(storedTimestamp(args.updatedTo));
  }
  return conditions.length > 0 ? { conditions, parameters } : null;
}

/** Timestamps are stored as `Date.toISOString()` (UTC, milliseconds), so they compare as text. */
function storedTimestamp(value: string): string {
  return new Date(value).toISOString();
}

interface HitRow {
  id: number;
  headline: string;
  sapo: string;
  plain_text: string;
  status: string;
  updated_at: string;
}

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

  /** `SELECT <columns> FROM articles_fts [JOIN articles a] WHERE MATCH ? [AND filters] [rest]`. */
  const fromMatches = (columns: string, filter: Filter | null, rest = '') => {
    const join = filter ? ' JOIN articles a ON a.id = articles_fts.rowid' : '';
    const conditions = filter ? ` AND ${filter.conditions.join(' AND ')}` : '';
    return `SELECT ${columns} FROM articles_fts${join} WHERE articles_fts MATCH ?${conditions}${rest}`;
  };

  /** True when a phrase is in `commonPhraseArticles` articles or more (counting stops there). */
  const isCommon = (phrase: QueryPhrase) => {
    const expression = toMatchExpression([phrase])!;
    const row = queries.get<{ found: number }>([
      'SELECT count(*) AS found FROM (SELECT 1 FROM articles_fts WHERE articles_fts MATCH ? LIMIT ?)',
      [expression, commonLimit],
    ]);
    return (row?.found ?? 0) >= commonLimit;
  };

  /**
   * The candidates whose `columns` contain the whole query, newest first, at most `enough` of them
   * (the index is read from the newest match down, and no further than the oldest candidate).
   */
  const candidatesMatchingIn = (columns: string, expression: string, candidates: ReadonlySet<number>, lowest: number, enough = Infinity) => {
    const found: number[] = [];
    if (enough <= 0) return found;
    const statement = queries.statement('SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rowid DESC');
    for (const row of statement.iterate(`{${columns}} : (${expression})`) as IterableIterator<{ rowid: number }>) {
      if (row.rowid < lowest) break;
      if (!candidates.has(row.rowid)) continue;
      found.push(row.rowid);
      if (found.length >= enough) break;
    }
    return found;
  };

  /** bm25 of each match from `lowest` up (lower is better). */
  const bm25Scores = (expression: string, filter: Filter | null, lowest: number) => {
    const rows = queries.all<{ id: number; score: number }>([
      fromMatches(`articles_fts.rowid AS id, ${rankExpression} AS score`, filter, ' AND articles_fts.rowid >= ?'),
      [expression, ...(filter?.parameters ?? []), lowest],
    ]);
    return new Map(rows.map((row) => [row.id, row.score]));
  };

  /** The first `count` results in order (see RankingMethod); `candidates` are newest first. */
  const rank = (expression: string, candidates: readonly number[], ranking: RankingMethod, filter: Filter | null, count: number) => {
    const candidateSet = new Set(candidates);
    const lowest = candidates.at(-1) ?? 0;
    if (ranking === 'recent') {
      // Newest first within each group: each group's scan stops as soon as the page is full.
      const ordered = new Set(candidatesMatchingIn('headline', expression, candidateSet, lowest, count));
      for (const id of candidatesMatchingIn('headline sapo', expression, candidateSet, lowest, count)) {
        if (ordered.size >= count) break;
        ordered.add(id);
      }
      for (const id of candidates) {
        if (ordered.size >= count) break;
        ordered.add(id);
      }
      return [...ordered];
    }
    const inHeadline = new Set(candidatesMatchingIn('headline', expression, candidateSet, lowest));
    const inHeadlineOrLead = new Set(candidatesMatchingIn('headline sapo', expression, candidateSet, lowest));
    const group = (id: number) => (inHeadline.has(id) ? 0 : inHeadlineOrLead.has(id) ? 1 : 2);
    const scores = bm25Scores(expression, filter, lowest);
    const score = (id: number) => scores.get(id) ?? 0;
    return [...candidates].sort((left, right) => group(left) - group(right) || score(left) - score(right) || right - left).slice(0, count);
  };

  const hitOf = (id: number, phrases: readonly QueryPhrase[]): SearchHit | null => {
    const row = queries.get<HitRow>(['SELECT id, headline, sapo, plain_text, status, updated_at FROM articles WHERE id = ?', [id]]);
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
      const filterParameters = filter?.parameters ?? [];
      const limit = args.limit ?? searchLimits.defaultPageSize;
      const offset = args.offset ?? 0;

      // The newest matches, in index order (no ranking): cheap even for a word in every article.
      const candidates = queries
        .all<{ rowid: number }>([
          fromMatches('articles_fts.rowid AS rowid', filter, ' ORDER BY articles_fts.rowid DESC LIMIT ?'),
          [expression, ...filterParameters, candidateLimit],
        ])
        .map((row) => row.rowid);
      const capped = candidates.length >= candidateLimit;
      // Uncapped, a single phrase without filters matched fewer than candidateLimit articles, so it is not common.
      const mayHaveCommonPhrase = phrases.length > 1 || filter !== null;
      const ranking: RankingMethod = capped || (mayHaveCommonPhrase && phrases.some(isCommon)) ? 'recent' : 'bm25';
      const pageIds = rank(expression, candidates, ranking, filter, offset + limit).slice(offset);

      const results: SearchHit[] = [];
      for (const id of pageIds) {
        const hit = hitOf(id, phrases);
        if (hit) results.push(hit);
      }
      return { total: capped ? null : candidates.length, results };
    },
  };
}

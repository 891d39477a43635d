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
 * How the results are ordered.
 *
 * - `bm25`: every match is ranked with bm25 and the column weights. Used when the query matches
 *   fewer than `rankedCandidates` articles and none of its words or phrases is common.
 * - `recent`: for a common query. bm25 must first count, for each word or phrase, every article
 *   containing it (its IDF), which for a word found in all 100,000 articles costs 15-25 ms before
 *   any row is scored. Instead the newest `rankedCandidates` matches are taken in index order
 *   (cheap), then ordered: the query in the headline first, then in the headline or lead, then
 *   elsewhere; newest first within each group. The trade-off: an older article that bm25 would
 *   put first is left out when more than `rankedCandidates` newer articles match; a more
 *   precise query (another word, a phrase, a filter) brings it back. `total` is then null
 *   ("more than rankedCandidates"): counting every match of a common word costs as much again.
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

export function createSearchService(context: Pick<BackendContext, 'queries'>): SearchService {
  const { queries } = context;

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
      [expression, commonPhraseArticles],
    ]);
    return (row?.found ?? 0) >= commonPhraseArticles;
  };

  /** The candidates (newest first) whose `columns` contain the whole query. */
  const candidatesMatchingIn = (columns: string, expression: string, candidates: ReadonlySet<number>, lowest: number) => {
    const found: number[] = [];
    const statement = queries.statement('SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rowid DESC');
    for (const row of statement.iterate(`{${columns}} : (${expression})`) as IterableIterator<{ rowid: number }>) {
      if (row.rowid < lowest) break;
      if (candidates.has(row.rowid)) found.push(row.rowid);
    }
    return found;
  };

  /** Headline matches first, then lead, then the rest; newest first within each (see RankingMethod). */
  const orderByPlace = (expression: string, candidates: readonly number[]) => {
    const candidateSet = new Set(candidates);
    const lowest = candidates.at(-1) ?? 0;
    const ordered = new Set<number>(candidatesMatchingIn('headline', expression, candidateSet, lowest));
    for (const id of candidatesMatchingIn('headline sapo', expression, candidateSet, lowest)) ordered.add(id);
    for (const id of candidates) ordered.add(id);
    return [...ordered];
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
          [expression, ...filterParameters, rankedCandidates],
        ])
        .map((row) => row.rowid);
      const capped = candidates.length >= rankedCandidates;
      const ranking: RankingMethod = capped || (phrases.length > 1 && phrases.some(isCommon)) ? 'recent' : 'bm25';

      const pageIds =
        ranking === 'bm25'
          ? queries
              .all<{ id: number }>([
                fromMatches('articles_fts.rowid AS id', filter, ` ORDER BY ${rankExpression}, articles_fts.rowid DESC LIMIT ? OFFSET ?`),
                [expression, ...filterParameters, limit, offset],
              ])
              .map((row) => row.id)
          : orderByPlace(expression, candidates).slice(offset, offset + limit);

      const results: SearchHit[] = [];
      for (const id of pageIds) {
        const hit = hitOf(id, phrases);
        if (hit) results.push(hit);
      }
      return { total: capped ? null : candidates.length, results };
    },
  };
}

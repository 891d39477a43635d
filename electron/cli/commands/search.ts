import { articleStatuses, type ArticleStatus } from '../../../shared/model/article';
import { markSnippetText, searchLimits } from '../../../shared/model/search';
import { defineCommand, UsageError } from '../command';

function isArticleStatus(value: string): value is ArticleStatus {
  return (articleStatuses as readonly string[]).includes(value);
}

function parseLimit(value: string | undefined): number {
  if (value === undefined) return searchLimits.defaultPageSize;
  const limit = Number(value);
  if (!/^\d+$/u.test(value) || !Number.isInteger(limit) || limit < 1 || limit > searchLimits.pageSize) {
    throw new UsageError(`--limit must be a whole number from 1 to ${searchLimits.pageSize}, not "${value}".`);
  }
  return limit;
}

function parsePositiveId(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const id = Number(value);
  if (!/^\d+$/u.test(value) || !Number.isSafeInteger(id) || id < 1) {
    throw new UsageError(`--${flag} must be a positive whole number (an id), not "${value}".`);
  }
  return id;
}

/** Days are Vietnamese days: YYYY-MM-DD is read in Asia/Ho_Chi_Minh (UTC+7, no daylight saving). */
function parseDayBound(flag: 'from' | 'to', value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const day = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(value);
  const calendarDay = day ? new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3]))) : null;
  if (!day || !calendarDay || calendarDay.getUTCMonth() !== Number(day[2]) - 1 || calendarDay.getUTCDate() !== Number(day[3])) {
    throw new UsageError(`--${flag} must be a date written YYYY-MM-DD, e.g. 2024-03-29, not "${value}".`);
  }
  return flag === 'from' ? `${value}T00:00:00.000+07:00` : `${value}T23:59:59.999+07:00`;
}

/**
 * `newsdesk search QUERY`: full-text search. In the JSON output each snippet is one line of text
 * with every match between « and »; the text output marks matches with [ and ].
 */
export const searchCommand = defineCommand({
  name: 'search',
  summary: 'Search headlines, leads, bodies and bylines, with or without accents; best match first.',
  usage: 'newsdesk search [--json] [--status S] [--category ID] [--author ID] [--from DAY] [--to DAY] [--limit N] [--db FILE] [--] QUERY...',
  options: {
    json: { type: 'boolean', description: 'Print a JSON array of {id, headline, snippet}; in snippet every match is between « and ».' },
    status: { type: 'string', valueName: 'S', description: `Only articles with this status: ${articleStatuses.join(', ')}.` },
    category: { type: 'string', valueName: 'ID', description: 'Only articles in this category (Chuyên mục), by id.' },
    author: { type: 'string', valueName: 'ID', description: 'Only articles with this author (Tác giả) in their byline, by id.' },
    from: { type: 'string', valueName: 'DAY', description: 'Only articles updated on or after this day (YYYY-MM-DD, Vietnam time).' },
    to: { type: 'string', valueName: 'DAY', description: 'Only articles updated on or before this day (YYYY-MM-DD, Vietnam time).' },
    limit: { type: 'string', valueName: 'N', description: `How many results, 1 to ${searchLimits.pageSize} (default ${searchLimits.defaultPageSize}).` },
  },
  positionals: [
    {
      name: 'QUERY',
      description: 'The words to find (all of them), accents optional; "a phrase" in quotes; a trailing * for a prefix. Put -- first if the query starts with -.',
      required: true,
      variadic: true,
    },
  ],
  async run(context) {
    const { json = false, status } = context.options;
    if (status !== undefined && !isArticleStatus(status)) {
      throw new UsageError(`--status must be one of ${articleStatuses.join(', ')}, not "${status}".`);
    }
    const limit = parseLimit(context.options.limit);
    const categoryId = parsePositiveId('category', context.options.category);
    const authorId = parsePositiveId('author', context.options.author);
    const updatedFrom = parseDayBound('from', context.options.from);
    const updatedTo = parseDayBound('to', context.options.to);
    const filters = {
      ...(status === undefined ? {} : { status }),
      ...(categoryId === undefined ? {} : { categoryId }),
      ...(authorId === undefined ? {} : { authorId }),
      ...(updatedFrom === undefined ? {} : { updatedFrom }),
      ...(updatedTo === undefined ? {} : { updatedTo }),
    };
    const query = context.positionals.join(' ');
    if (query.length > searchLimits.query) {
      throw new UsageError(`QUERY must be at most ${searchLimits.query} characters; this one has ${query.length}.`);
    }

    const backend = await context.openBackend();
    let result;
    try {
      result = await context.call(backend, 'search.articles', { query, limit, ...filters });
    } finally {
      backend.close();
    }

    if (json) {
      context.writeJson(result.results.map((hit) => ({ id: hit.id, headline: hit.headline, snippet: markSnippetText(hit.snippet) })));
      return;
    }
    if (result.results.length === 0) {
      context.stdout.write(`No article matches "${query}".\n`);
      return;
    }
    const lines: string[] = [];
    for (const hit of result.results) {
      const headline = hit.headline === '' ? '(no headline)' : markSnippetText(hit.headlineParts, '[', ']');
      lines.push(`${hit.id}  ${hit.status}  ${headline}`);
      if (hit.snippet.length > 0) lines.push(`    ${markSnippetText(hit.snippet, '[', ']')}`);
    }
    const shown = result.results.length;
    lines.push(
      result.total === null
        ? `More articles match than are ranked; showing ${shown}, from the most recent matches.`
        : `${result.total} ${result.total === 1 ? 'article matches' : 'articles match'}${result.total > shown ? `; showing the best ${shown}` : ''}.`,
    );
    context.stdout.write(`${lines.join('\n')}\n`);
  },
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ArticleStatus } from '../../../../../shared/model/article';
import type { SearchArguments } from '../../../../../shared/model/search';
import { reindexArticle } from '../../../../../electron/backend/search/search-index';
import { createSearchService, type SearchServiceOptions } from '../../../../../electron/backend/search/search-service';
import { backendFixture, call, fakeClock, paragraphs } from '../backend-fixture';

// A filtered search finds its candidates either by scanning the index's matches for the filter's
// articles or by looking each of them up (search-service.ts, `lookUpFilteredArticles`): both ways
// must give the same results, in the same order, with the same total.

const words = ['thành phố', 'người dân', 'đảng ủy', 'phường', 'giáo dục', 'đầu tư', 'hòa bình', 'nguyễn', 'nguy cơ', 'chuyển đổi số', 'và', 'của'];
const statuses: ArticleStatus[] = ['draft', 'submitted', 'approved'];
const authorCount = 4;
const categoryCount = 3;

/** A small deterministic generator, so that the database is the same on every run. */
function seeded(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

describe('search.articles with a filter: looking the filtered articles up gives what scanning the matches gives', () => {
  const fixture = backendFixture();

  it('for every query kind, filter, ranking and page', { timeout: 60_000 }, async () => {
    const clock = fakeClock('2024-01-01T00:00:00.000Z');
    const backend = fixture.open({ now: clock.now });
    const { database } = backend;
    const random = seeded(11);
    const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
    const text = (count: number) => Array.from({ length: count }, () => pick(words)).join(' ');
    for (let author = 1; author <= authorCount; author += 1) {
      database.prepare("INSERT INTO authors (id, name, created_at, updated_at) VALUES (?, ?, 'now', 'now')").run(author, `Tác giả ${author}`);
    }
    for (let category = 1; category <= categoryCount; category += 1) {
      database.prepare('INSERT INTO categories (id, name, slug) VALUES (?, ?, ?)').run(category, `Mục ${category}`, `muc-${category}`);
    }
    const dayMs = 86_400_000;
    for (let index = 0; index < 100; index += 1) {
      clock.advance(dayMs);
      const article = await call(backend, 'articles.create', {
        fields: { headline: text(2 + Math.floor(random() * 3)), sapo: text(3), body: paragraphs(text(5 + Math.floor(random() * 20))), status: pick(statuses), categoryId: 1 + Math.floor(random() * categoryCount) },
      });
      database.prepare('INSERT INTO article_bylines (article_id, author_id, position) VALUES (?, ?, 0)').run(article.id, 1 + Math.floor(random() * authorCount));
      // Most bylines are indexed; some are not (as a raw insert leaves them): the filter reads the bylines table either way.
      if (random() < 0.8) reindexArticle(backend.context.queries, article.id);
    }
    const first = new Date(Date.parse('2024-01-01T00:00:00.000Z') + dayMs).getTime();

    const query = fc.oneof(
      fc.constantFrom(...words),
      fc.constantFrom(...words).map((word) => `"${word}"`),
      fc.tuple(fc.constantFrom(...words), fc.constantFrom(...words)).map(([left, right]) => `${left} ${right}`),
      fc.constantFrom('ng*', 'ngu*', 'nguy*', 'th*', 'thanh*', 'ph*', 'chuy*'),
      fc.constantFrom('không có', 'zzz'),
    );
    const filters = fc.oneof(
      fc.record({ status: fc.constantFrom(...statuses) }),
      fc.record({ categoryId: fc.integer({ min: 1, max: categoryCount + 1 }) }),
      fc.record({ authorId: fc.integer({ min: 1, max: authorCount + 1 }) }),
      fc.record(
      {
        status: fc.constantFrom(...statuses),
        categoryId: fc.integer({ min: 1, max: categoryCount + 1 }),
        authorId: fc.integer({ min: 1, max: authorCount + 1 }),
        updatedFrom: fc.integer({ min: 0, max: 40 }).map((day) => new Date(first + day * dayMs).toISOString()),
        updatedTo: fc.integer({ min: 30, max: 110 }).map((day) => new Date(first + day * dayMs).toISOString()),
      },
      { requiredKeys: [] },
      ),
    );
    const ranking = fc.constantFrom<SearchServiceOptions>({}, { rankedCandidates: 5 }, { commonPhraseArticles: 4 }, { rankedCandidates: 8, commonPhraseArticles: 10 });
    const page = fc.record({ limit: fc.integer({ min: 1, max: 30 }), offset: fc.integer({ min: 0, max: 3 }) });

    let compared = 0;
    fc.assert(
      fc.property(query, filters, ranking, page, (text, filter, options, { limit, offset }) => {
        if (Object.keys(filter).length === 0) return;
        const args: SearchArguments = { query: text, ...filter, limit, offset };
        const scanned = createSearchService(backend.context, { ...options, lookUpFilteredArticles: false }).articles(args);
        const lookedUp = createSearchService(backend.context, { ...options, lookUpFilteredArticles: true }).articles(args);
        expect(lookedUp).toEqual(scanned);
        if (scanned.results.length > 0) compared += 1;
      }),
      { numRuns: 150, seed: 20_261_202 },
    );
    // The comparison is not vacuous: most searches found something.
    expect(compared).toBeGreaterThan(75);
  });
});

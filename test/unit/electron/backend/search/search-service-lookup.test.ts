import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ArticleStatus } from '../../../../../shared/model/article';
import { type SearchArguments, searchLimits } from '../../../../../shared/model/search';
import { createSearchService, type SearchServiceOptions } from '../../../../../electron/backend/search/search-service';
import { backendFixture, call, fakeClock, paragraphs } from '../backend-fixture';

// A filtered search finds its candidates either by scanning the index's matches for the filter's
// articles or by looking each of them up (search-service.ts, `lookUpFilteredArticles`): both ways
// must give the same results, in the same order, with the same total. The author filter is asked
// of the index itself (the authors' tokens): every way must let through exactly the articles that
// the tables say pass the filters.

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

describe('search.articles with a filter: the articles the tables let through, found by scanning the matches or by looking the filtered articles up', () => {
  const fixture = backendFixture();

  it('for every query kind, filter, ranking and page', { timeout: 60_000 }, async () => {
    const clock = fakeClock('2024-01-01T00:00:00.000Z');
    const backend = fixture.open({ now: clock.now });
    const { database } = backend;
    const random = seeded(11);
    const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
    const text = (count: number) => Array.from({ length: count }, () => pick(words)).join(' ');
    for (let author = 1; author <= authorCount; author += 1) await call(backend, 'authors.create', { name: `Tác giả ${author}` });
    for (let category = 1; category <= categoryCount; category += 1) {
      database.prepare('INSERT INTO categories (id, name, slug) VALUES (?, ?, ?)').run(category, `Mục ${category}`, `muc-${category}`);
    }
    const dayMs = 86_400_000;
    for (let index = 0; index < 100; index += 1) {
      clock.advance(dayMs);
      const writer = 1 + Math.floor(random() * authorCount);
      const authors = [{ authorId: writer, role: 'writer' as const }];
      if (random() < 0.3) authors.push({ authorId: 1 + (writer % authorCount), role: 'writer' });
      const article = await call(backend, 'articles.create', {
        fields: { headline: text(2 + Math.floor(random() * 3)), sapo: text(3), body: paragraphs(text(5 + Math.floor(random() * 20))), status: pick(statuses), categoryId: 1 + Math.floor(random() * categoryCount) },
      });
      // Bylines change on a later save, as an editor adds them.
      await call(backend, 'articles.save', { id: article.id, expectedVersion: article.version, fields: { bylines: { authors, team: false, source: '' } }, kind: 'explicit' });
    }
    // The contract's search indexes the saves first (the services below are made directly).
    await call(backend, 'search.articles', { query: 'và' });
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

    const byId = (left: number, right: number) => left - right;
    /** Whether the tables say the article passes the filters. */
    const passes = (id: number, filter: Omit<SearchArguments, 'query'>) => {
      const row = database.prepare('SELECT status, category_id, updated_at FROM articles WHERE id = ?').get(id) as { status: string; category_id: number; updated_at: string };
      const authorIds = (database.prepare('SELECT author_id FROM article_bylines WHERE article_id = ?').all(id) as Array<{ author_id: number }>).map((byline) => byline.author_id);
      return (
        (filter.status === undefined || row.status === filter.status) &&
        (filter.categoryId === undefined || row.category_id === filter.categoryId) &&
        (filter.authorId === undefined || authorIds.includes(filter.authorId)) &&
        (filter.updatedFrom === undefined || row.updated_at >= new Date(filter.updatedFrom).toISOString()) &&
        (filter.updatedTo === undefined || row.updated_at <= new Date(filter.updatedTo).toISOString())
      );
    };
    let compared = 0;
    fc.assert(
      fc.property(query, filters, ranking, page, (text, filter, options, { limit, offset }) => {
        if (Object.keys(filter).length === 0) return;
        const args: SearchArguments = { query: text, ...filter, limit, offset };
        const scanned = createSearchService(backend.context, { ...options, lookUpFilteredArticles: false }).articles(args);
        const lookedUp = createSearchService(backend.context, { ...options, lookUpFilteredArticles: true }).articles(args);
        expect(lookedUp).toEqual(scanned);
        if (scanned.results.length > 0) compared += 1;

        const search = createSearchService(backend.context);
        const everyMatch = search.articles({ query: text, limit: searchLimits.pageSize });
        expect(everyMatch.total).toBe(everyMatch.results.length);
        const expected = everyMatch.results.map((hit) => hit.id).filter((id) => passes(id, filter));
        const found = search.articles({ ...args, limit: searchLimits.pageSize, offset: 0 }).results.map((hit) => hit.id);
        expect(found.sort(byId)).toEqual(expected.sort(byId));
      }),
      { numRuns: 150, seed: 20_261_202 },
    );
    // The comparison is not vacuous: most searches found something.
    expect(compared).toBeGreaterThan(75);
  });
});

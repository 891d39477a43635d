import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Article, ArticleStatus } from '../../../../../shared/model/article';
import type { BylinesField } from '../../../../../shared/model/byline';
import { markSnippetText, type SearchArguments, type SearchResult } from '../../../../../shared/model/search';
import type { OpenedBackend } from '../../../../../electron/backend/backend';
import { reindexArticle } from '../../../../../electron/backend/search/search-index';
import { createSearchService } from '../../../../../electron/backend/search/search-service';
import { backendFixture, call, callError, fakeClock, paragraphs } from '../backend-fixture';

const blnsPath = fileURLToPath(new URL('../../../../fixtures/blns/blns.json', import.meta.url));

interface NewArticle {
  headline?: string;
  sapo?: string;
  body?: string;
  status?: ArticleStatus;
  categoryId?: number;
  bylines?: BylinesField;
}

async function create(backend: OpenedBackend, fields: NewArticle): Promise<Article> {
  const { body, ...rest } = fields;
  return call(backend, 'articles.create', { fields: { ...rest, ...(body !== undefined ? { body: paragraphs(body) } : {}) } });
}

async function search(backend: OpenedBackend, args: SearchArguments): Promise<SearchResult> {
  return call(backend, 'search.articles', args);
}

async function idsFound(backend: OpenedBackend, query: string, filters: Omit<SearchArguments, 'query'> = {}): Promise<number[]> {
  return (await search(backend, { query, ...filters })).results.map((hit) => hit.id);
}

describe('search.articles', () => {
  const fixture = backendFixture();

  describe('Vietnamese matching', () => {
    it.each([
      ['hoi quan chung', 'Hỗ trợ các hội quần chúng hoạt động tốt hơn'],
      ['dang uy', 'Đảng ủy phường Võ Thị Sáu họp mặt'],
      ['thành uỷ', 'Thành ủy chỉ đạo công tác dân vận'],
      ['thành ủy', 'Ban Thường vụ Thành uỷ (kiểu mới) làm việc'],
      ['ĐẢNG ỦY', 'Đảng ủy khối cơ quan'],
      ['hòa bình', 'Giữ vững hoà bình ở khu phố'],
      ['Quận ủy'.normalize('NFD'), 'Quận ủy Quận 3 tổ chức hội nghị'],
      ['tp.hcm', 'Tin tức TP.HCM hôm nay'],
      ['tp hcm', 'Tin tức TP.HCM hôm nay'],
    ])('%j finds %j (in the body) and not an unrelated article', async (query, text) => {
      const backend = fixture.open();
      await create(backend, { headline: 'Tin khác', body: 'Thời tiết nắng ráo, không có gì đặc biệt.' });
      const wanted = await create(backend, { headline: 'Bài viết', body: text });
      expect(await idsFound(backend, query)).toEqual([wanted.id]);
    });

    it('finds the headline, the lead and bylines too', async () => {
      const backend = fixture.open();
      const inHeadline = await create(backend, { headline: 'Hội nghị tổng kết' });
      const inSapo = await create(backend, { sapo: 'Chiều 3/6, hội nghị diễn ra.' });
      const withByline = await create(backend, { headline: 'Tin ảnh' });
      const database = backend.database;
      const authorId = Number(database.prepare("INSERT INTO authors (name, pen_name, created_at, updated_at) VALUES ('Hồng Ngọc', 'HN', 'now', 'now')").run().lastInsertRowid);
      database.prepare('INSERT INTO article_bylines (article_id, author_id, position) VALUES (?, ?, 0)').run(withByline.id, authorId);
      reindexArticle(backend.context.queries, withByline.id);
      expect((await idsFound(backend, 'hoi nghi')).sort()).toEqual([inHeadline.id, inSapo.id]);
      expect(await idsFound(backend, 'hong ngoc')).toEqual([withByline.id]);
      expect(await idsFound(backend, 'hn')).toEqual([withByline.id]);
    });

    it('matches a quoted phrase only with its words in order', async () => {
      const backend = fixture.open();
      const inOrder = await create(backend, { body: 'Quận ủy Quận 3 họp.' });
      await create(backend, { body: 'Quận 3 có Quận ủy.' });
      expect(await idsFound(backend, '"quận ủy quận 3"')).toEqual([inOrder.id]);
      expect((await idsFound(backend, 'quận ủy quận 3')).length).toBe(2);
    });

    it('treats a trailing star as a prefix', async () => {
      const backend = fixture.open();
      const nguyen = await create(backend, { body: 'Ông Nguyễn Thành Nam phát biểu.' });
      await create(backend, { body: 'Ông Ngô Văn Hai phát biểu.' });
      expect(await idsFound(backend, 'nguy*')).toEqual([nguyen.id]);
      expect(await idsFound(backend, 'nguy')).toEqual([]);
    });

    it('requires every word (AND)', async () => {
      const backend = fixture.open();
      const both = await create(backend, { body: 'Giáo dục và y tế.' });
      await create(backend, { body: 'Giáo dục.' });
      expect(await idsFound(backend, 'giáo dục y tế')).toEqual([both.id]);
    });
  });

  describe('any input', () => {
    const nastyQueries = [
      'tp.hcm', '"', '""', '"""', '-', '--', '*', '**', 'a*', '*a', '^', ':', 'headline:', 'headline: x', '{headline}: x',
      'AND', 'OR', 'NOT', 'a AND', 'AND a', 'a OR b', 'NOT a', 'NEAR(', 'NEAR(a b)', 'NEAR(a b, 2)', '(', ')', '()', '(a', 'a)',
      '+', '-a', 'a -b', "'", "''", "a'b", '\\', '%', '_', '%_%', ';', "'; DROP TABLE articles; --", '"); DELETE FROM articles_fts; --',
      '😀', '👩‍👩‍👧‍👦', 'đ', 'Đ', '\u0301', 'a\u0301', '\u200b', '\ufeff', '\u0000', 'a\u0000b', ' ', '\t\n', '…', '«»', '“Thành ủy”',
      'x'.repeat(500), 'ab '.repeat(166), 'a* '.repeat(166), '"a b'.repeat(100), '中文', 'العربية', 'עברית', 'Ǆ', 'ﬁ',
    ];

    it.each(nastyQueries.map((query) => [query]))('%j gives results or none, never an error', async (query) => {
      const backend = fixture.open();
      await create(backend, { headline: 'Tin TP.HCM', body: 'Đảng ủy - "Thành ủy" * (a) NEAR b AND c' });
      const outcome = await backend.callFromTransport('search.articles', { query });
      expect(outcome.ok, JSON.stringify(outcome)).toBe(true);
    });

    it('accepts every string of the Big List of Naughty Strings', async () => {
      const backend = fixture.open();
      await create(backend, { headline: 'Tin TP.HCM', body: 'Đảng ủy và Thành ủy' });
      const strings = JSON.parse(fs.readFileSync(blnsPath, 'utf8')) as string[];
      expect(strings.length).toBeGreaterThan(500);
      const failures: string[] = [];
      for (const query of strings) {
        const outcome = await backend.callFromTransport('search.articles', { query });
        if (!outcome.ok) failures.push(`${JSON.stringify(query)}: ${outcome.error.message}`);
      }
      expect(failures).toEqual([]);
    });

    it('refuses a query over 500 characters with a message naming the field', async () => {
      const backend = fixture.open();
      const error = await callError(backend, 'search.articles', { query: 'a'.repeat(501) });
      expect(error.code).toBe('invalid_argument');
      expect(error.where).toBe('query');
    });

    it('returns nothing for a query with no words', async () => {
      const backend = fixture.open();
      await create(backend, { headline: 'Tin' });
      expect(await search(backend, { query: ' " - * ' })).toEqual({ total: 0, results: [] });
    });
  });

  describe('ranking and results', () => {
    it('ranks a headline match above a body match, whichever is newer', async () => {
      const backend = fixture.open();
      const first = await create(backend, { headline: 'Chuyển đổi số ở phường', body: 'Nội dung.' });
      const second = await create(backend, { headline: 'Tin phường', body: 'Bàn về chuyển đổi số.' });
      const third = await create(backend, { headline: 'Chuyển đổi số ở xã', body: 'Nội dung.' });
      const ids = await idsFound(backend, 'chuyển đổi số');
      expect(ids.slice(0, 2).sort()).toEqual([first.id, third.id]);
      expect(ids[2]).toBe(second.id);
    });

    it('ranks a long article with the whole query in its headline above a short one with it in its lead', async () => {
      const backend = fixture.open();
      const long = await create(backend, {
        headline: 'Hỗ trợ các hội quần chúng hoạt động tốt hơn',
        body: Array.from({ length: 60 }, () => 'Nội dung dài về công tác dân vận ở địa phương.').join(' '),
      });
      const short = await create(backend, { headline: 'Hội nghị phường', sapo: 'Bàn về các hội quần chúng.' });
      expect(await idsFound(backend, 'hoi quan chung')).toEqual([long.id, short.id]);
    });

    it('ranks a lead match above a body match', async () => {
      const backend = fixture.open();
      const inBody = await create(backend, { headline: 'Tin', body: 'Một bài về an sinh.' });
      const inSapo = await create(backend, { headline: 'Tin', sapo: 'Một bài về an sinh.' });
      expect(await idsFound(backend, 'an sinh')).toEqual([inSapo.id, inBody.id]);
      expect(inBody.id).toBeLessThan(inSapo.id);
    });

    it('returns the headline and a snippet cut from the original accented text, matches marked', async () => {
      const backend = fixture.open();
      const article = await create(backend, {
        headline: 'Cần đầu tư để hỗ trợ các hội quần chúng',
        sapo: 'Chiều 3/6, Quận ủy Quận 3 tổ chức hội nghị tổng kết 10 năm thực hiện Chỉ thị số 17-CT/TW về các hội quần chúng.',
        status: 'submitted',
      });
      const result = await search(backend, { query: 'hoi quan chung' });
      expect(result.total).toBe(1);
      const [hit] = result.results;
      expect(hit).toMatchObject({ id: article.id, headline: article.headline, status: 'submitted', updatedAt: article.updatedAt });
      expect(markSnippetText(hit!.headlineParts)).toBe('Cần đầu tư để hỗ trợ các «hội quần chúng»');
      expect(markSnippetText(hit!.snippet)).toBe(
        'Chiều 3/6, «Quận» ủy «Quận» 3 tổ chức «hội» nghị tổng kết 10 năm thực hiện Chỉ thị số 17-CT/TW về các «hội quần chúng».',
      );
      const [phraseHit] = (await search(backend, { query: '"hoi quan chung"' })).results;
      expect(phraseHit!.snippet.filter((part) => part.match)).toEqual([{ text: 'hội quần chúng', match: true }]);
    });

    it('pages with limit and offset and counts the total', async () => {
      const backend = fixture.open();
      for (let index = 0; index < 5; index += 1) await create(backend, { headline: `Hội nghị số ${index}` });
      const first = await search(backend, { query: 'hội nghị', limit: 2 });
      const second = await search(backend, { query: 'hội nghị', limit: 2, offset: 2 });
      const third = await search(backend, { query: 'hội nghị', limit: 2, offset: 4 });
      expect(first.total).toBe(5);
      const all = [...first.results, ...second.results, ...third.results].map((hit) => hit.id);
      expect(new Set(all).size).toBe(5);
      expect(third.results).toHaveLength(1);
    });
  });

  describe('filters', () => {
    it('filters by status, category, author and update time', async () => {
      const clock = fakeClock('2024-03-01T00:00:00.000Z');
      const backend = fixture.open({ now: clock.now });
      const database = backend.database;
      const categoryId = Number(database.prepare("INSERT INTO categories (name, slug) VALUES ('Thông báo', 'thong-bao')").run().lastInsertRowid);
      const march = await create(backend, { headline: 'Hội nghị tháng ba', status: 'approved' });
      clock.set('2024-04-15T00:00:00.000Z');
      const april = await create(backend, { headline: 'Hội nghị tháng tư', categoryId });
      clock.set('2024-05-20T00:00:00.000Z');
      const { id: authorId } = await call(backend, 'authors.create', { name: 'Hồng Ngọc' });
      const may = await create(backend, { headline: 'Hội nghị tháng năm', bylines: { authors: [{ authorId, role: 'writer' }], team: false, source: '' } });

      expect(await idsFound(backend, 'hội nghị', { status: 'approved' })).toEqual([march.id]);
      expect(await idsFound(backend, 'hội nghị', { categoryId })).toEqual([april.id]);
      expect(await idsFound(backend, 'hội nghị', { authorId })).toEqual([may.id]);
      expect((await idsFound(backend, 'hội nghị', { updatedFrom: '2024-04-01T00:00:00Z' })).sort()).toEqual([april.id, may.id]);
      expect(await idsFound(backend, 'hội nghị', { updatedFrom: '2024-04-01T07:00:00+07:00', updatedTo: '2024-04-30T23:59:59+07:00' })).toEqual([april.id]);
      expect(await idsFound(backend, 'hội nghị', { status: 'draft', updatedTo: '2024-04-15T00:00:00.000Z' })).toEqual([april.id]);
      expect((await search(backend, { query: 'hội nghị', status: 'exported' })).total).toBe(0);

      // The author filter follows the bylines as saved, and no text can pass for an author's token.
      const { id: otherAuthorId } = await call(backend, 'authors.create', { name: 'Minh An' });
      const typed = await create(backend, { headline: 'Hội nghị', body: `Hội nghị \uE000a${authorId} \uE000a${otherAuthorId}` });
      await call(backend, 'articles.save', { id: may.id, expectedVersion: may.version, kind: 'explicit', fields: { bylines: { authors: [{ authorId: otherAuthorId, role: 'writer' }], team: false, source: '' } } });
      expect(await idsFound(backend, 'hội nghị', { authorId })).toEqual([]);
      expect(await idsFound(backend, 'hội nghị', { authorId: otherAuthorId })).toEqual([may.id]);
      expect(await idsFound(backend, `a${authorId}`)).toEqual([typed.id]);
    });

    it('finds an old article updated within the date range among newer ones outside it, ranked headline first', async () => {
      const clock = fakeClock('2024-03-01T00:00:00.000Z');
      const backend = fixture.open({ now: clock.now });
      const old = await create(backend, { headline: 'Tin cũ', body: 'Hội nghị đã diễn ra.' });
      clock.set('2024-03-10T00:00:00.000Z');
      const between = await create(backend, { headline: 'Hội nghị tháng ba' });
      clock.set('2024-05-01T00:00:00.000Z');
      const newer = await create(backend, { headline: 'Hội nghị tháng năm' });
      clock.set('2024-04-10T00:00:00.000Z');
      await call(backend, 'articles.save', { id: old.id, expectedVersion: old.version, kind: 'explicit', fields: { sapo: 'Cập nhật.' } });
      const april = { updatedFrom: '2024-04-01T00:00:00Z', updatedTo: '2024-04-30T00:00:00Z' };
      expect(await idsFound(backend, 'hội nghị', april)).toEqual([old.id]);
      expect(await idsFound(backend, 'hội nghị', { updatedFrom: '2024-03-05T00:00:00Z' })).toEqual([newer.id, between.id, old.id]);
      expect(await idsFound(backend, 'hội nghị', { updatedTo: '2024-04-30T00:00:00Z' })).toEqual([between.id, old.id]);
      expect((await search(backend, { query: 'hội nghị', updatedFrom: '2024-06-01T00:00:00Z' })).total).toBe(0);
    });
  });

  describe('the index follows the articles', () => {
    it('follows saves, trash, restore and revision restore', async () => {
      const backend = fixture.open();
      const article = await create(backend, { headline: 'Khai mạc hội chợ' });
      expect(await idsFound(backend, 'hoi cho')).toEqual([article.id]);

      const saved = await call(backend, 'articles.save', {
        id: article.id, expectedVersion: article.version, kind: 'explicit', fields: { headline: 'Bế mạc triển lãm', body: paragraphs('Nói về Đảng ủy.') },
      });
      expect(await idsFound(backend, 'hoi cho')).toEqual([]);
      expect(await idsFound(backend, 'trien lam')).toEqual([article.id]);
      expect(await idsFound(backend, 'dang uy')).toEqual([article.id]);

      await call(backend, 'articles.trash', { id: article.id });
      expect(await idsFound(backend, 'trien lam')).toEqual([]);
      await call(backend, 'articles.untrash', { id: article.id });
      expect(await idsFound(backend, 'trien lam')).toEqual([article.id]);

      const revisions = await call(backend, 'revisions.list', { articleId: article.id });
      const firstRevision = revisions.find((revision) => revision.articleVersion === 1)!;
      await call(backend, 'revisions.restore', { id: firstRevision.id, expectedVersion: saved.version });
      expect(await idsFound(backend, 'hoi cho')).toEqual([article.id]);
      expect(await idsFound(backend, 'trien lam')).toEqual([]);
    });

    it('rolls the index back with a failed save', async () => {
      const backend = fixture.open();
      const article = await create(backend, { headline: 'Khai mạc hội chợ' });
      await callError(backend, 'articles.save', { id: article.id, expectedVersion: 99, kind: 'explicit', fields: { headline: 'Triển lãm' } });
      expect(await idsFound(backend, 'trien lam')).toEqual([]);
      expect(await idsFound(backend, 'hoi cho')).toEqual([article.id]);
    });
  });

  describe('common queries (ranked by place and recency)', () => {
    async function corpus(backend: OpenedBackend) {
      const inBody = [];
      for (let index = 0; index < 4; index += 1) inBody.push(await create(backend, { headline: `Tin ${index}`, body: 'Người dân và cán bộ.' }));
      const inSapo = await create(backend, { headline: 'Tin sapo', sapo: 'Người dân và cán bộ.' });
      const inHeadline = await create(backend, { headline: 'Người dân và cán bộ' });
      const newestInBody = await create(backend, { headline: 'Tin mới', body: 'Người dân và cán bộ.' });
      return { inBody, inSapo, inHeadline, newestInBody };
    }

    it('ranks the newest matches, headline first, then lead, then newest first, when more match than are ranked', async () => {
      const backend = fixture.open();
      const { inBody, inSapo, inHeadline, newestInBody } = await corpus(backend);
      const service = createSearchService(backend.context, { rankedCandidates: 5 });
      const result = service.articles({ query: 'nguoi dan' });
      expect(result.total).toBeNull();
      expect(result.results.map((hit) => hit.id)).toEqual([inHeadline.id, inSapo.id, newestInBody.id, inBody[3]!.id, inBody[2]!.id]);
      expect(service.articles({ query: 'nguoi dan', offset: 3, limit: 5 }).results.map((hit) => hit.id)).toEqual([inBody[3]!.id, inBody[2]!.id]);
    });

    it('does not use bm25 when one of several words is common, and still puts headline matches first', async () => {
      const backend = fixture.open();
      const dense = await create(backend, { headline: 'Tin cũ', body: 'Dân cán, dân cán, dân cán.' });
      const { inSapo, inHeadline, newestInBody, inBody } = await corpus(backend);
      const byRecency = [inHeadline.id, inSapo.id, newestInBody.id, ...inBody.map((article) => article.id).reverse(), dense.id];

      const common = createSearchService(backend.context, { commonPhraseArticles: 3 }).articles({ query: 'dân cán' });
      expect(common.total).toBe(8);
      expect(common.results.map((hit) => hit.id)).toEqual(byRecency);

      // With bm25 the oldest article, where the words are densest, is not last.
      const ranked = createSearchService(backend.context).articles({ query: 'dân cán' });
      expect(ranked.total).toBe(8);
      expect(ranked.results.map((hit) => hit.id).at(-1)).not.toBe(dense.id);
      expect(ranked.results[0]!.id).toBe(inHeadline.id);
    });

    it('groups filtered matches the same way, headline first, whether ranked by bm25 or by recency', async () => {
      const backend = fixture.open();
      const { inBody, inSapo, inHeadline, newestInBody } = await corpus(backend);
      const chosen = [inBody[1]!, inSapo, newestInBody, inHeadline];
      backend.database.prepare(`UPDATE articles SET status = 'approved' WHERE id IN (${chosen.map((article) => article.id).join(', ')})`).run();
      const expected = [inHeadline.id, inSapo.id, newestInBody.id, inBody[1]!.id];
      for (const options of [{}, { commonPhraseArticles: 1 }]) {
        const result = createSearchService(backend.context, options).articles({ query: 'nguoi dan', status: 'approved' });
        expect(result.total).toBe(4);
        expect(result.results.map((hit) => hit.id)).toEqual(expected);
      }
    });
  });
});

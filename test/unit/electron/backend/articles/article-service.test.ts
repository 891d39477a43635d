import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { ArticleSummary } from '../../../../../shared/model/article';
import { backendFixture, call, callError, fakeClock, paragraphs } from '../backend-fixture';

describe('articles', () => {
  const fixture = backendFixture();

  it('creates a draft with defaults and gets it back', async () => {
    const clock = fakeClock('2024-03-29T08:00:00.000Z');
    const backend = fixture.open({ now: clock.now });
    const created = await call(backend, 'articles.create', {});
    expect(created).toEqual({
      id: 1,
      headline: '',
      sapo: '',
      sourcePrefix: '',
      body: { type: 'doc', content: [{ type: 'paragraph' }] },
      status: 'draft',
      categoryId: null,
      version: 1,
      wordCount: 0,
      createdAt: '2024-03-29T08:00:00.000Z',
      updatedAt: '2024-03-29T08:00:00.000Z',
      trashedAt: null,
      exportedAt: null,
      bylines: { authors: [], team: false, source: '' },
      date: null,
      datelinePlace: '',
      tags: [],
      related: [],
    });
    expect(await call(backend, 'articles.get', { id: 1 })).toEqual(created);
  });

  it('creates with fields, deriving plain text and counting words over headline, sapo and body', async () => {
    const backend = fixture.open();
    const created = await call(backend, 'articles.create', {
      fields: { headline: 'Hội nghị Thành ủy', sapo: 'Sáng nay, hội nghị khai mạc.', sourcePrefix: '(Thanhuytphcm.vn) - ', body: paragraphs('Một hai ba.', 'Bốn – năm.') },
    });
    expect(created.wordCount).toBe(4 + 6 + 3 + 2);
    expect(created.sourcePrefix).toBe('(Thanhuytphcm.vn) - ');
    const row = backend.database.prepare('SELECT plain_text FROM article_plain_texts WHERE article_id = ?').get(created.id);
    expect(row).toEqual({ plain_text: 'Một hai ba.\nBốn – năm.' });
  });

  it('says which article does not exist', async () => {
    const backend = fixture.open();
    const error = await callError(backend, 'articles.get', { id: 41 });
    expect(error).toMatchObject({ code: 'not_found', where: 'id', reason: 'article-not-found', params: { id: 41 }, message: 'There is no article with id 41.' });
  });

  it('saves fields as a new version and leaves absent fields unchanged', async () => {
    const clock = fakeClock();
    const backend = fixture.open({ now: clock.now });
    await call(backend, 'articles.create', { fields: { headline: 'Cũ', sapo: 'Sapo cũ', body: paragraphs('Nội dung') } });
    clock.advance(1500);
    const saved = await call(backend, 'articles.save', { id: 1, expectedVersion: 1, kind: 'explicit', fields: { headline: 'Mới' } });
    expect(saved).toMatchObject({ id: 1, headline: 'Mới', version: 2, updatedAt: '2024-03-29T08:00:01.500Z', createdAt: '2024-03-29T08:00:00.000Z' });
    const article = await call(backend, 'articles.get', { id: 1 });
    expect(article).toMatchObject({ headline: 'Mới', sapo: 'Sapo cũ', version: 2, wordCount: 1 + 2 + 2 });
    expect(article.body).toEqual({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Nội dung' }] }] });
  });

  it('refuses a stale save with a conflict and changes nothing', async () => {
    const backend = fixture.open();
    await call(backend, 'articles.create', { fields: { headline: 'Bản đầu' } });
    await call(backend, 'articles.save', { id: 1, expectedVersion: 1, kind: 'autosave', fields: { headline: 'Bản của tab A' } });
    const before = await call(backend, 'articles.get', { id: 1 });
    const revisionsBefore = await call(backend, 'revisions.list', { articleId: 1 });

    const error = await callError(backend, 'articles.save', { id: 1, expectedVersion: 1, kind: 'autosave', fields: { headline: 'Bản của tab B', body: paragraphs('B') } });
    expect(error.code).toBe('conflict');
    expect(error.where).toBe('expectedVersion');
    expect(error.reason).toBe('version-conflict');
    expect(error.params).toEqual({ id: 1, expectedVersion: 1, currentVersion: 2, updatedAt: before.updatedAt });
    expect(error.message).toMatch(/version 2.*based on version 1.*not applied/);
    expect(await call(backend, 'articles.get', { id: 1 })).toEqual(before);
    expect(await call(backend, 'revisions.list', { articleId: 1 })).toEqual(revisionsBefore);
  });

  it('refuses a save of an article that does not exist', async () => {
    const backend = fixture.open();
    const error = await callError(backend, 'articles.save', { id: 5, expectedVersion: 1, kind: 'explicit', fields: {} });
    expect(error.code).toBe('not_found');
  });

  it('refuses an unknown category, naming the field', async () => {
    const backend = fixture.open();
    await call(backend, 'articles.create', {});
    const error = await callError(backend, 'articles.save', { id: 1, expectedVersion: 1, kind: 'explicit', fields: { categoryId: 9 } });
    expect(error).toMatchObject({ code: 'invalid_argument', where: 'fields.categoryId' });
    backend.database.prepare("INSERT INTO categories (id, name, slug) VALUES (9, 'Xây dựng Đảng', 'xay-dung-dang')").run();
    const saved = await call(backend, 'articles.save', { id: 1, expectedVersion: 1, kind: 'explicit', fields: { categoryId: 9 } });
    expect(saved.version).toBe(2);
    expect((await call(backend, 'articles.get', { id: 1 })).categoryId).toBe(9);
  });

  it('refuses a body the article schema does not allow, at fields.body', async () => {
    const backend = fixture.open();
    await call(backend, 'articles.create', { fields: { body: paragraphs('Giữ nguyên') } });
    const unknownNode = await callError(backend, 'articles.save', { id: 1, expectedVersion: 1, kind: 'autosave', fields: { body: { type: 'doc', content: [{ type: 'codeBlock', content: [{ type: 'text', text: 'x' }] }] } } });
    expect(unknownNode).toMatchObject({ code: 'invalid_argument', where: 'fields.body' });
    expect(unknownNode.message).toContain('codeBlock');
    const badNesting = await callError(backend, 'articles.create', { fields: { body: { type: 'doc', content: [{ type: 'text', text: 'text directly in doc' }] } } });
    expect(badNesting).toMatchObject({ code: 'invalid_argument', where: 'fields.body' });
    const h1 = await callError(backend, 'articles.create', { fields: { body: { type: 'doc', content: [{ type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'H1' }] }] } } });
    expect(h1).toMatchObject({ code: 'invalid_argument', where: 'fields.body.content.0.attrs.level' });
    const badHash = await callError(backend, 'articles.create', { fields: { body: { type: 'doc', content: [{ type: 'paragraph' }, { type: 'figure', attrs: { hash: '../../etc/passwd' } }] } } });
    expect(badHash).toMatchObject({ code: 'invalid_argument', where: 'fields.body.content.1.attrs.hash' });
    expect((await call(backend, 'articles.get', { id: 1 })).version).toBe(1);
  });

  it('drops links to addresses other than http, https and mailto, keeping their text', async () => {
    const backend = fixture.open();
    const link = (href: string) => ({ type: 'link', attrs: { href } });
    const created = await call(backend, 'articles.create', {
      fields: {
        body: {
          type: 'doc',
          content: [
            {
              type: 'paragraph',
              content: [
                { type: 'text', text: 'xấu', marks: [link('javascript:alert(1)'), { type: 'bold' }] },
                { type: 'text', text: ' tốt', marks: [link('https://thanhuytphcm.vn/')] },
                { type: 'text', text: ' thư', marks: [link('mailto:toasoan@example.vn')] },
                { type: 'text', text: ' tệp', marks: [link('file:///etc/passwd')] },
              ],
            },
          ],
        },
      },
    });
    const runs = created.body.content![0]!.content!;
    expect(runs.map((run) => run.text).join('')).toBe('xấu tốt thư tệp');
    expect(runs[0]!.marks).toEqual([{ type: 'bold' }]);
    expect(runs[1]!.marks?.[0]).toMatchObject({ type: 'link', attrs: { href: 'https://thanhuytphcm.vn/' } });
    expect(runs[2]!.marks?.[0]).toMatchObject({ type: 'link', attrs: { href: 'mailto:toasoan@example.vn' } });
    expect(runs[3]!.marks).toBeUndefined();
  });

  it('lists articles most recently updated first, filtered by status, without trashed ones', async () => {
    const clock = fakeClock();
    const backend = fixture.open({ now: clock.now });
    for (const headline of ['Một', 'Hai', 'Ba']) {
      clock.advance(1000);
      await call(backend, 'articles.create', { fields: { headline } });
    }
    clock.advance(1000);
    await call(backend, 'articles.save', { id: 1, expectedVersion: 1, kind: 'explicit', fields: { status: 'submitted' } });
    await call(backend, 'articles.trash', { id: 2 });

    const headlines = (list: ArticleSummary[]) => list.map((article) => article.headline);
    expect(headlines(await call(backend, 'articles.list', {}))).toEqual(['Một', 'Ba']);
    expect(headlines(await call(backend, 'articles.list', { sort: 'updated-asc' }))).toEqual(['Ba', 'Một']);
    expect(headlines(await call(backend, 'articles.list', { status: 'draft' }))).toEqual(['Ba']);
    expect(headlines(await call(backend, 'articles.list', { status: 'submitted' }))).toEqual(['Một']);
    expect(headlines(await call(backend, 'articles.list', { trashed: true }))).toEqual(['Hai']);
    expect(headlines(await call(backend, 'articles.list', { limit: 1, offset: 1 }))).toEqual(['Ba']);
  });

  it('pages after a given article in the default order as offsets do, ties on the update time broken by id', async () => {
    const clock = fakeClock();
    const backend = fixture.open({ now: clock.now });
    for (let index = 0; index < 7; index += 1) {
      if (index % 3 === 0) clock.advance(1000);
      await call(backend, 'articles.create', { fields: { headline: `Tin ${index}` } });
    }
    const all = await call(backend, 'articles.list', {});
    const paged: ArticleSummary[] = [];
    for (;;) {
      const last = paged[paged.length - 1];
      const page = await call(backend, 'articles.list', { limit: 2, ...(last ? { after: { updatedAt: last.updatedAt, id: last.id } } : {}) });
      paged.push(...page);
      if (page.length < 2) break;
    }
    expect(paged).toEqual(all);
    expect(await call(backend, 'articles.list', { limit: 2, offset: 2 })).toEqual(all.slice(2, 4));
    const error = await callError(backend, 'articles.list', { sort: 'headline-asc', after: { updatedAt: all[0]!.updatedAt, id: all[0]!.id } });
    expect(error.where).toBe('after');
  });

  it('trashes and untrashes an article, keeping all its data and version', async () => {
    const clock = fakeClock();
    const backend = fixture.open({ now: clock.now });
    await call(backend, 'articles.create', { fields: { headline: 'Tin', body: paragraphs('Nội dung') } });
    clock.advance(60_000);
    const trashed = await call(backend, 'articles.trash', { id: 1 });
    expect(trashed).toMatchObject({ trashedAt: '2024-03-29T08:01:00.000Z', version: 1 });
    clock.advance(60_000);
    expect((await call(backend, 'articles.trash', { id: 1 })).trashedAt).toBe('2024-03-29T08:01:00.000Z');

    const saved = await call(backend, 'articles.save', { id: 1, expectedVersion: 1, kind: 'autosave', fields: { headline: 'Sửa trong thùng rác' } });
    expect(saved.trashedAt).toBe('2024-03-29T08:01:00.000Z');

    const restored = await call(backend, 'articles.untrash', { id: 1 });
    expect(restored).toMatchObject({ trashedAt: null, headline: 'Sửa trong thùng rác', version: 2 });
    expect((await call(backend, 'articles.get', { id: 1 })).body.content?.[0]?.content?.[0]?.text).toBe('Nội dung');
    expect(await callError(backend, 'articles.trash', { id: 7 })).toMatchObject({ code: 'not_found' });
    expect(await callError(backend, 'articles.untrash', { id: 7 })).toMatchObject({ code: 'not_found' });
  });

  it('keeps every committed save on disk: a new connection sees it', async () => {
    const backend = fixture.open();
    await call(backend, 'articles.create', {});
    await call(backend, 'articles.save', { id: 1, expectedVersion: 1, kind: 'autosave', fields: { headline: 'Đã lưu' } });
    const reader = new BetterSqlite3(backend.databasePath, { readonly: true });
    try {
      expect(reader.prepare('SELECT headline, version FROM articles WHERE id = 1').get()).toEqual({ headline: 'Đã lưu', version: 2 });
    } finally {
      reader.close();
    }
  });

  it('tells write listeners about every write, inside the transaction', async () => {
    const logged: string[] = [];
    const backend = fixture.open({ logError: (message) => logged.push(message) });
    const writes: Array<{ id: number; headline: string; trashed: boolean; plainText: string; version: number }> = [];
    backend.context.articleWrites.listen((write) => writes.push({ ...write, plainText: write.plainText() }));
    await call(backend, 'articles.create', { fields: { headline: 'A', body: paragraphs('một') } });
    await call(backend, 'articles.save', { id: 1, expectedVersion: 1, kind: 'explicit', fields: { headline: 'B' } });
    await call(backend, 'articles.trash', { id: 1 });
    expect(writes.map((write) => [write.headline, write.plainText, write.trashed, write.version])).toEqual([
      ['A', 'một', false, 1],
      ['B', 'một', false, 2],
      ['B', 'một', true, 2],
    ]);

    backend.context.articleWrites.listen(() => {
      throw new Error('index is full');
    });
    const error = await callError(backend, 'articles.save', { id: 1, expectedVersion: 2, kind: 'explicit', fields: { headline: 'C' } });
    expect(error.code).toBe('internal');
    expect(error.message).not.toContain('index is full');
    expect(logged.join('\n')).toMatch(/index is full\n\s+at /);
    expect((await call(backend, 'articles.get', { id: 1 })).headline).toBe('B');
  });

  it('tells write listeners why the article was written', async () => {
    const backend = fixture.open();
    const kinds: string[] = [];
    backend.context.articleWrites.listen((write) => kinds.push(write.kind));
    await call(backend, 'articles.create', {});
    await call(backend, 'articles.save', { id: 1, expectedVersion: 1, kind: 'autosave', fields: { headline: 'a' } });
    await call(backend, 'articles.save', { id: 1, expectedVersion: 2, kind: 'explicit', fields: { headline: 'b' } });
    await call(backend, 'revisions.restore', { id: 1, expectedVersion: 3 });
    await call(backend, 'articles.trash', { id: 1 });
    await call(backend, 'articles.untrash', { id: 1 });
    expect(kinds).toEqual(['create', 'autosave', 'explicit', 'restore', 'trash', 'untrash']);
  });

  it('discards an untouched new draft, with its revision and search entry, and keeps anything written in', async () => {
    const backend = fixture.open();
    const empty = await call(backend, 'articles.create', {});
    const blankBody = await call(backend, 'articles.create', { fields: { body: paragraphs('  ', '') } });
    const titled = await call(backend, 'articles.create', { fields: { headline: 'Tin mới' } });
    const edited = await call(backend, 'articles.create', {});
    await call(backend, 'articles.save', { id: edited.id, expectedVersion: 1, kind: 'autosave', fields: { headline: '' } });
    const figureOnly = await call(backend, 'articles.create', { fields: { body: { type: 'doc', content: [{ type: 'figure', attrs: { hash: '', caption: '', credit: '', alt: '' } }] } } });

    expect(await call(backend, 'articles.discardEmptyDraft', { id: empty.id })).toEqual({ discarded: true });
    expect(await call(backend, 'articles.discardEmptyDraft', { id: blankBody.id })).toEqual({ discarded: true });
    for (const kept of [titled, edited, figureOnly]) expect(await call(backend, 'articles.discardEmptyDraft', { id: kept.id })).toEqual({ discarded: false });

    expect((await call(backend, 'articles.list', {})).map((article) => article.id).sort()).toEqual([titled.id, edited.id, figureOnly.id].sort());
    expect(await callError(backend, 'articles.get', { id: empty.id })).toMatchObject({ code: 'not_found' });
    expect(backend.database.prepare('SELECT count(*) AS count FROM article_revisions WHERE article_id IN (?, ?)').get(empty.id, blankBody.id)).toEqual({ count: 0 });
    expect(backend.database.prepare('SELECT rowid FROM articles_fts').all().map((row) => (row as { rowid: number }).rowid).sort()).toEqual([titled.id, edited.id, figureOnly.id].sort());
    expect(await callError(backend, 'articles.discardEmptyDraft', { id: empty.id })).toMatchObject({ code: 'not_found', reason: 'article-not-found' });
  });

  it('lists by category and by author, and by headline in Vietnamese alphabetical order', async () => {
    const backend = fixture.open();
    const party = await call(backend, 'categories.create', { name: 'Xây dựng Đảng' });
    const author = await call(backend, 'authors.create', { name: 'Hồng Ngọc' });
    const byline = { authors: [{ authorId: author.id, role: 'writer' as const }], team: false, source: '' };
    const dan = await call(backend, 'articles.create', { fields: { headline: 'Đảng ủy họp', categoryId: party.id, bylines: byline } });
    const anh = await call(backend, 'articles.create', { fields: { headline: 'Ánh sáng', categoryId: party.id } });
    const da = await call(backend, 'articles.create', { fields: { headline: 'Dân vận', bylines: byline } });
    const zeta = await call(backend, 'articles.create', { fields: { headline: 'Xã hội' } });
    const ids = async (args: Parameters<typeof call<'articles.list'>>[2]) => (await call(backend, 'articles.list', args)).map((article) => article.id);

    expect(await ids({ sort: 'headline-asc' })).toEqual([anh.id, da.id, dan.id, zeta.id]);
    expect(await ids({ sort: 'headline-asc', limit: 2, offset: 1 })).toEqual([da.id, dan.id]);
    expect((await ids({ categoryId: party.id })).sort()).toEqual([dan.id, anh.id].sort());
    expect(await ids({ authorId: author.id, sort: 'headline-asc' })).toEqual([da.id, dan.id]);
    expect(await ids({ authorId: author.id, categoryId: party.id })).toEqual([dan.id]);
  });

  it('lists by date, newest first, articles without a date last', async () => {
    const backend = fixture.open();
    const undated = await call(backend, 'articles.create', { fields: { headline: 'Chưa có ngày' } });
    const older = await call(backend, 'articles.create', { fields: { headline: 'Cũ', date: '2024-03-01' } });
    const newer = await call(backend, 'articles.create', { fields: { headline: 'Mới', date: '2024-03-29' } });
    expect((await call(backend, 'articles.list', { sort: 'date-desc' })).map((article) => article.id)).toEqual([newer.id, older.id, undated.id]);
  });
});

import { describe, expect, it } from 'vitest';
import type { OpenedBackend } from '../../../../../electron/backend/backend';
import { backendFixture, call, callError, fakeClock, paragraphs } from '../backend-fixture';

describe('authors', () => {
  const fixture = backendFixture();

  async function idsFound(backend: OpenedBackend, query: string): Promise<number[]> {
    return (await call(backend, 'search.articles', { query })).results.map((hit) => hit.id);
  }

  it('adds authors and lists them in Vietnamese order, trimmed, with defaults', async () => {
    const clock = fakeClock('2024-03-29T08:00:00.000Z');
    const backend = fixture.open({ now: clock.now });
    for (const name of ['Đỗ Hùng', 'Dương Minh', 'Ánh Tuyết', 'Bảo Anh', 'Anh Thư']) {
      await call(backend, 'authors.create', { name: ` ${name} ` });
    }
    const listed = await call(backend, 'authors.list', {});
    // d before đ, a before á (and "Anh" before "Ánh" before "Bảo").
    expect(listed.map((author) => author.name)).toEqual(['Anh Thư', 'Ánh Tuyết', 'Bảo Anh', 'Dương Minh', 'Đỗ Hùng']);
    expect(listed[0]).toEqual({
      id: 5,
      name: 'Anh Thư',
      penName: null,
      role: 'reporter',
      active: true,
      createdAt: '2024-03-29T08:00:00.000Z',
      updatedAt: '2024-03-29T08:00:00.000Z',
    });
    const photographer = await call(backend, 'authors.create', { name: 'Quang Huy', penName: 'Q.H', role: 'photographer' });
    expect(photographer).toMatchObject({ name: 'Quang Huy', penName: 'Q.H', role: 'photographer', active: true });
  });

  it('refuses an empty name, an unknown role and a name already in the directory', async () => {
    const backend = fixture.open();
    const first = await call(backend, 'authors.create', { name: 'Hồng Ngọc' });
    expect(await callError(backend, 'authors.create', { name: '   ' })).toMatchObject({ code: 'invalid_argument', where: 'name' });
    expect(await callError(backend, 'authors.create', { name: 'X', role: 'writer' })).toMatchObject({ code: 'invalid_argument', where: 'role' });
    expect(await callError(backend, 'authors.create', { name: 'hồng ngọc' })).toMatchObject({
      reason: 'author-name-taken',
      params: { name: 'Hồng Ngọc', id: first.id },
      where: 'name',
    });
  });

  it('edits and deactivates an author: inactive authors are listed only with all: true', async () => {
    const clock = fakeClock('2024-03-29T08:00:00.000Z');
    const backend = fixture.open({ now: clock.now });
    const author = await call(backend, 'authors.create', { name: 'Minh Anh' });
    await call(backend, 'authors.create', { name: 'Hồng Ngọc' });
    clock.advance(60_000);
    const edited = await call(backend, 'authors.update', { id: author.id, penName: 'M.A', role: 'editor', active: false });
    expect(edited).toMatchObject({ name: 'Minh Anh', penName: 'M.A', role: 'editor', active: false, updatedAt: '2024-03-29T08:01:00.000Z' });
    expect((await call(backend, 'authors.list', {})).map((a) => a.name)).toEqual(['Hồng Ngọc']);
    expect((await call(backend, 'authors.list', { all: true })).map((a) => a.name)).toEqual(['Hồng Ngọc', 'Minh Anh']);
    const again = await call(backend, 'authors.update', { id: author.id, active: true, penName: null });
    expect(again).toMatchObject({ penName: null, role: 'editor', active: true });
    expect(await callError(backend, 'authors.update', { id: 99 })).toMatchObject({ reason: 'author-not-found', params: { id: 99 }, where: 'id' });
    expect(await callError(backend, 'authors.update', { id: author.id, name: 'Hồng Ngọc' })).toMatchObject({ reason: 'author-name-taken' });
  });

  it("re-indexes the search entries of the author's articles when the author is renamed", async () => {
    const backend = fixture.open();
    const author = await call(backend, 'authors.create', { name: 'Hồng Ngọc' });
    const article = await call(backend, 'articles.create', {
      fields: { headline: 'Họp mặt', body: paragraphs('Nội dung'), bylines: { authors: [{ authorId: author.id, role: 'writer' }], team: false, source: '' } },
    });
    const other = await call(backend, 'articles.create', { fields: { headline: 'Tin khác' } });
    expect(await idsFound(backend, 'hong ngoc')).toEqual([article.id]);
    await call(backend, 'authors.update', { id: author.id, name: 'Thanh Tâm' });
    expect(await idsFound(backend, 'hong ngoc')).toEqual([]);
    expect(await idsFound(backend, 'thanh tam')).toEqual([article.id]);
    await call(backend, 'authors.update', { id: author.id, penName: 'Bút Xanh' });
    expect(await idsFound(backend, 'but xanh')).toEqual([article.id]);
    expect(other.id).not.toBe(article.id);
  });
});

describe('article bylines', () => {
  const fixture = backendFixture();

  async function setUp() {
    const backend = fixture.open();
    const ngoc = await call(backend, 'authors.create', { name: 'Hồng Ngọc' });
    const huy = await call(backend, 'authors.create', { name: 'Quang Huy', penName: 'Q.Huy', role: 'photographer' });
    const article = await call(backend, 'articles.create', { fields: { headline: 'Họp mặt' } });
    return { backend, ngoc, huy, article };
  }

  it('saves bylines with the article and returns them in order, with names', async () => {
    const { backend, ngoc, huy, article } = await setUp();
    const saved = await call(backend, 'articles.save', {
      id: article.id,
      expectedVersion: 1,
      kind: 'autosave',
      fields: {
        bylines: {
          authors: [
            { authorId: huy.id, role: 'photographer' },
            { authorId: ngoc.id, role: 'writer' },
          ],
          team: true,
          source: ' TTXVN ',
        },
      },
    });
    expect(saved.version).toBe(2);
    expect((await call(backend, 'articles.get', { id: article.id })).bylines).toEqual({
      authors: [
        { authorId: huy.id, role: 'photographer', name: 'Quang Huy', penName: 'Q.Huy' },
        { authorId: ngoc.id, role: 'writer', name: 'Hồng Ngọc', penName: null },
      ],
      team: true,
      source: 'TTXVN',
    });
    // A save without bylines leaves them as they are.
    await call(backend, 'articles.save', { id: article.id, expectedVersion: 2, kind: 'explicit', fields: { headline: 'Họp mặt 2' } });
    expect((await call(backend, 'articles.get', { id: article.id })).bylines.authors).toHaveLength(2);
    // An empty byline clears them.
    await call(backend, 'articles.save', {
      id: article.id,
      expectedVersion: 3,
      kind: 'explicit',
      fields: { bylines: { authors: [], team: false, source: '' } },
    });
    expect((await call(backend, 'articles.get', { id: article.id })).bylines).toEqual({ authors: [], team: false, source: '' });
  });

  it('refuses an author id not in the directory, naming it, and writes nothing', async () => {
    const { backend, ngoc, article } = await setUp();
    const error = await callError(backend, 'articles.save', {
      id: article.id,
      expectedVersion: 1,
      kind: 'explicit',
      fields: {
        headline: 'Không lưu',
        bylines: {
          authors: [
            { authorId: ngoc.id, role: 'writer' },
            { authorId: 4242, role: 'writer' },
          ],
          team: false,
          source: '',
        },
      },
    });
    expect(error).toMatchObject({ code: 'not_found', reason: 'author-not-found', params: { id: 4242 }, where: 'fields.bylines.authors.1.authorId' });
    expect(error.message).toContain('4242');
    const stored = await call(backend, 'articles.get', { id: article.id });
    expect(stored).toMatchObject({ headline: 'Họp mặt', version: 1, bylines: { authors: [] } });
    expect(
      await callError(backend, 'articles.save', {
        id: article.id,
        expectedVersion: 1,
        kind: 'explicit',
        fields: { bylines: { authors: [{ authorId: ngoc.id, role: 'author' }], team: false, source: '' } },
      }),
    ).toMatchObject({ code: 'invalid_argument' });
  });

  it('versions the bylines: a revision keeps them and restoring it brings them back', async () => {
    const clock = fakeClock('2024-03-29T08:00:00.000Z');
    const backend = fixture.open({ now: clock.now });
    const ngoc = await call(backend, 'authors.create', { name: 'Hồng Ngọc' });
    const anh = await call(backend, 'authors.create', { name: 'Minh Anh' });
    const article = await call(backend, 'articles.create', { fields: { headline: 'Họp mặt' } });
    await call(backend, 'articles.save', {
      id: article.id,
      expectedVersion: 1,
      kind: 'explicit',
      fields: { bylines: { authors: [{ authorId: ngoc.id, role: 'writer' }], team: false, source: 'TTXVN' } },
    });
    clock.advance(60_000);
    // Autosaves: the pending snapshot follows the article, and is written out with its bylines.
    await call(backend, 'articles.save', {
      id: article.id,
      expectedVersion: 2,
      kind: 'autosave',
      fields: { bylines: { authors: [{ authorId: anh.id, role: 'writer' }, { authorId: ngoc.id, role: 'photographer' }], team: true, source: '' } },
    });
    const pendingRow = backend.database.prepare("SELECT bylines_json FROM revision_snapshots WHERE kind = 'autosave'").get() as { bylines_json: string };
    expect(JSON.parse(pendingRow.bylines_json)).toEqual({
      authors: [
        { authorId: anh.id, role: 'writer' },
        { authorId: ngoc.id, role: 'photographer' },
      ],
      team: true,
      source: '',
    });
    clock.advance(60_000);
    await call(backend, 'articles.save', {
      id: article.id,
      expectedVersion: 3,
      kind: 'explicit',
      fields: { bylines: { authors: [], team: false, source: '' } },
    });
    const revisions = await call(backend, 'revisions.list', { articleId: article.id });
    expect(revisions.map((revision) => revision.kind)).toEqual(['explicit', 'autosave', 'explicit', 'create']);
    expect((await call(backend, 'revisions.get', { id: revisions[1]!.id })).bylines).toEqual(JSON.parse(pendingRow.bylines_json));
    expect((await call(backend, 'revisions.get', { id: revisions[2]!.id })).bylines).toEqual({
      authors: [{ authorId: ngoc.id, role: 'writer' }],
      team: false,
      source: 'TTXVN',
    });
    const settled = backend.database.prepare('SELECT pending, bylines_json FROM article_revisions WHERE id = ?').get(revisions[1]!.id);
    expect(settled).toEqual({ pending: 0, bylines_json: pendingRow.bylines_json });

    await call(backend, 'revisions.restore', { id: revisions[1]!.id, expectedVersion: 4 });
    expect((await call(backend, 'articles.get', { id: article.id })).bylines).toEqual({
      authors: [
        { authorId: anh.id, role: 'writer', name: 'Minh Anh', penName: null },
        { authorId: ngoc.id, role: 'photographer', name: 'Hồng Ngọc', penName: null },
      ],
      team: true,
      source: '',
    });
    await call(backend, 'revisions.restore', { id: revisions[2]!.id, expectedVersion: 5 });
    expect((await call(backend, 'articles.get', { id: article.id })).bylines).toMatchObject({
      authors: [{ authorId: ngoc.id, role: 'writer' }],
      team: false,
      source: 'TTXVN',
    });
    // A snapshot from before bylines were versioned leaves the bylines as they are.
    backend.database.prepare('UPDATE article_revisions SET bylines_json = NULL WHERE id = ?').run(revisions[3]!.id);
    expect((await call(backend, 'revisions.get', { id: revisions[3]!.id })).bylines).toBeNull();
    await call(backend, 'revisions.restore', { id: revisions[3]!.id, expectedVersion: 6 });
    expect((await call(backend, 'articles.get', { id: article.id })).bylines).toMatchObject({ source: 'TTXVN', authors: [{ authorId: ngoc.id }] });
  });

  it('creates an article with bylines, and its creation revision keeps them', async () => {
    const backend = fixture.open();
    const ngoc = await call(backend, 'authors.create', { name: 'Hồng Ngọc' });
    const article = await call(backend, 'articles.create', {
      fields: { bylines: { authors: [{ authorId: ngoc.id, role: 'writer' }], team: false, source: '' } },
    });
    expect(article.bylines.authors).toEqual([{ authorId: ngoc.id, role: 'writer', name: 'Hồng Ngọc', penName: null }]);
    const row = backend.database.prepare('SELECT bylines_json FROM article_revisions WHERE article_id = ?').get(article.id) as { bylines_json: string };
    expect(JSON.parse(row.bylines_json)).toEqual({ authors: [{ authorId: ngoc.id, role: 'writer' }], team: false, source: '' });
    expect(await callError(backend, 'articles.create', { fields: { bylines: { authors: [{ authorId: 7, role: 'writer' }], team: false, source: '' } } })).toMatchObject({
      reason: 'author-not-found',
      where: 'fields.bylines.authors.0.authorId',
    });
  });
});

import { describe, expect, it } from 'vitest';
import { backendFixture, call, callError, fakeClock } from '../backend-fixture';
import { insertComments } from './comment-rows';

describe('comment queues and decisions', () => {
  const fixture = backendFixture();

  const open = () => {
    const clock = fakeClock('2024-04-02T03:00:00.000Z');
    const backend = fixture.open({ now: clock.now });
    return { backend, clock };
  };

  it('pages a queue oldest first with its total, and counts every queue', async () => {
    const { backend } = open();
    insertComments(backend, [
      { externalId: 'c1', body: 'Một' },
      { externalId: 'c2', body: 'Hai', queue: 'reported', reports: 2 },
      { externalId: 'c3', body: 'Ba' },
      { externalId: 'c4', body: 'Bốn', status: 'approved' },
      { externalId: 'c5', body: 'Năm', status: 'spam' },
    ]);
    const page = await call(backend, 'comments.queue', { queue: 'pending', limit: 1 });
    expect(page.total).toBe(2);
    expect(page.comments.map((comment) => comment.externalId)).toEqual(['c1']);
    const next = await call(backend, 'comments.queue', { queue: 'pending', limit: 1, offset: 1 });
    expect(next.comments.map((comment) => comment.externalId)).toEqual(['c3']);
    expect(await call(backend, 'comments.counts', {})).toEqual({ pending: 2, reported: 1, approved: 1, rejected: 0, spam: 1 });
  });

  it('filters by author, date (Vietnam days) and a folded text search', async () => {
    const { backend } = open();
    insertComments(backend, [
      { externalId: 'a', body: 'Quận ủy làm tốt', author: 'Nguyễn Văn An', createdAt: '2024-03-31T17:30:00.000Z' },
      { externalId: 'b', body: 'Thủy lợi cần sửa', author: 'Trần Bình', email: 'binh@example.vn', createdAt: '2024-03-31T16:30:00.000Z' },
    ]);
    const ids = async (filter: Record<string, string>) =>
      (await call(backend, 'comments.queue', { queue: 'pending', filter })).comments.map((comment) => comment.externalId);
    expect(await ids({ author: 'nguyen van' })).toEqual(['a']);
    expect(await ids({ author: 'BINH@example.vn' })).toEqual(['b']);
    expect(await ids({ from: '2024-04-01' })).toEqual(['a']);
    expect(await ids({ to: '2024-03-31' })).toEqual(['b']);
    expect(await ids({ query: 'QUAN UY' })).toEqual(['a']);
    expect(await ids({ query: 'thuỷ lợi' })).toEqual(['b']);
  });

  it('records a decision at once, with time and moderator, and moves the comment to its queue', async () => {
    const { backend } = open();
    await call(backend, 'settings.update', { changes: { moderatorName: 'Biên tập viên A' } });
    const [first, second] = insertComments(backend, [{ externalId: 'x', body: 'Hay' }, { externalId: 'y', body: 'Dở' }]);
    const { comments } = await call(backend, 'comments.decide', { ids: [first!, second!], decision: 'approved', note: 'đúng mực' });
    expect(comments.map((comment) => [comment.status, comment.queue, comment.decidedAt, comment.moderator, comment.note])).toEqual([
      ['approved', 'approved', '2024-04-02T03:00:00.000Z', 'Biên tập viên A', 'đúng mực'],
      ['approved', 'approved', '2024-04-02T03:00:00.000Z', 'Biên tập viên A', 'đúng mực'],
    ]);
    expect((await call(backend, 'comments.counts', {})).approved).toBe(2);
    expect(await call(backend, 'comments.decisions', {})).toEqual({
      decisions: [
        { externalId: 'x', source: 'portal', status: 'approved', decidedAt: '2024-04-02T03:00:00.000Z', moderator: 'Biên tập viên A', note: 'đúng mực' },
        { externalId: 'y', source: 'portal', status: 'approved', decidedAt: '2024-04-02T03:00:00.000Z', moderator: 'Biên tập viên A', note: 'đúng mực' },
      ],
    });
  });

  it('undoes the last decisions one after another, as decisions of their own, back to the queue each came from', async () => {
    const { backend, clock } = open();
    const [reported, plain] = insertComments(backend, [
      { externalId: 'r', body: 'Bị báo cáo', queue: 'reported', reports: 1 },
      { externalId: 'p', body: 'Bình thường' },
    ]);
    await call(backend, 'comments.decide', { ids: [reported!], decision: 'rejected' });
    clock.advance(1000);
    await call(backend, 'comments.decide', { ids: [plain!], decision: 'spam' });
    expect((await call(backend, 'comments.undo', {})).comments.map((comment) => [comment.externalId, comment.status, comment.queue, comment.decidedAt])).toEqual([
      ['p', 'pending', 'pending', null],
    ]);
    expect((await call(backend, 'comments.undo', {})).comments.map((comment) => [comment.externalId, comment.status, comment.queue])).toEqual([
      ['r', 'pending', 'reported'],
    ]);
    expect((await call(backend, 'comments.undo', {})).comments).toEqual([]);
    const log = backend.database.prepare('SELECT batch, to_status, undo_of, undone FROM comment_decisions ORDER BY id').all();
    expect(log).toEqual([
      { batch: 1, to_status: 'rejected', undo_of: null, undone: 1 },
      { batch: 2, to_status: 'spam', undo_of: null, undone: 1 },
      { batch: 3, to_status: 'pending', undo_of: 2, undone: 0 },
      { batch: 4, to_status: 'pending', undo_of: 1, undone: 0 },
    ]);
    expect((await call(backend, 'comments.decisions', {})).decisions).toEqual([]);
  });

  it('rejects every undecided comment of an author (by name or email) in one decision', async () => {
    const { backend } = open();
    const [one] = insertComments(backend, [
      { externalId: '1', body: 'a', author: 'Kẻ Phá', email: 'pha@x.vn' },
      { externalId: '2', body: 'b', author: 'kẻ phá' },
      { externalId: '3', body: 'c', author: 'Tên khác', email: 'pha@x.vn' },
      { externalId: '4', body: 'd', author: 'Kẻ Phá', status: 'approved' },
      { externalId: '5', body: 'e', author: 'Người tốt' },
    ]);
    const { comments } = await call(backend, 'comments.rejectAuthor', { id: one! });
    expect(comments.map((comment) => comment.externalId)).toEqual(['1', '2', '3']);
    await call(backend, 'comments.undo', {});
    expect((await call(backend, 'comments.counts', {})).pending).toBe(4);
  });

  it("shows a card's reply context, the author's history and the article's approved total", async () => {
    const { backend } = open();
    const article = await call(backend, 'articles.create', { fields: { headline: 'Quận 3 tổng kết' } });
    const [, , reply] = insertComments(backend, [
      { externalId: 'p1', body: 'Gốc', author: 'An', articleId: article.id, status: 'approved' },
      { externalId: 'p2', body: 'Khác', author: 'An', articleId: article.id, status: 'rejected' },
      { externalId: 'r1', body: 'Trả lời', author: 'An', articleId: article.id, parentExternalId: 'p1' },
    ]);
    const details = await call(backend, 'comments.details', { id: reply! });
    expect(details.parent?.externalId).toBe('p1');
    expect(details.history.map((comment) => [comment.externalId, comment.status])).toEqual([
      ['p2', 'rejected'],
      ['p1', 'approved'],
    ]);
    expect(details.historyTotal).toBe(2);
    expect(details.articleHeadline).toBe('Quận 3 tổng kết');
    expect(details.articleApprovedTotal).toBe(1);
  });

  it('names the comment that does not exist, and changes nothing', async () => {
    const { backend } = open();
    const [id] = insertComments(backend, [{ externalId: 'a', body: 'x' }]);
    const error = await callError(backend, 'comments.decide', { ids: [id, 999], decision: 'approved' });
    expect(error).toMatchObject({ code: 'not_found', reason: 'comment-not-found', where: 'ids.1' });
    expect((await call(backend, 'comments.counts', {})).pending).toBe(1);
  });

  it('applies changed word lists to the comments waiting for a decision: a banned word sends one to Bị báo cáo', async () => {
    const { backend } = open();
    const [, decided] = insertComments(backend, [
      { externalId: 'a', body: 'Đúng là l.ừ.a đ.ả.o' },
      { externalId: 'b', body: 'lừa đảo', status: 'approved' },
      { externalId: 'c', body: 'Đi du lịch vui' },
    ]);
    const result = await call(backend, 'comments.setWordList', { list: 'banned', entries: ['lừa đảo'] });
    expect(result.banned).toEqual(['lừa đảo']);
    const reported = await call(backend, 'comments.queue', { queue: 'reported' });
    expect(reported.comments.map((comment) => comment.externalId)).toEqual(['a']);
    expect(reported.comments[0]!.flags).toEqual([{ kind: 'banned-word', entry: 'lừa đảo', match: 'l.ừ.a đ.ả.o', start: 8, end: 19 }]);
    expect((await call(backend, 'comments.details', { id: decided! })).comment.flags).toEqual([]);
    const imported = await call(backend, 'comments.importWordList', { list: 'suspect', text: '# danh sách\ndu lịch\n\n', replace: true });
    expect(imported).toMatchObject({ suspect: ['du lịch'], added: 1, problems: [] });
    expect((await call(backend, 'comments.queue', { queue: 'pending' })).comments[0]!.flags.map((flag) => flag.kind)).toEqual(['suspect-word']);
  });

  it('starts with the starter lists until they are saved', async () => {
    const { backend } = open();
    const lists = await call(backend, 'comments.wordLists', {});
    expect(lists.banned.length).toBeGreaterThan(0);
  });
});

describe("an article's approved comments in its export", () => {
  const fixture = backendFixture();

  it('are the "Ý kiến bạn đọc" block when chosen, and absent otherwise', async () => {
    const backend = fixture.open();
    const article = await call(backend, 'articles.create', { fields: { headline: 'Tin có bình luận' } });
    insertComments(backend, [
      { externalId: '1', body: 'Ý kiến <b>hay</b>', author: 'Minh', articleId: article.id, status: 'approved', createdAt: '2024-04-01T02:00:00.000Z' },
      { externalId: '2', body: 'Bị từ chối', articleId: article.id, status: 'rejected' },
      { externalId: '3', body: 'Chưa duyệt', articleId: article.id },
    ]);
    const folder = fixture.folder();
    const readExport = async (includeComments: boolean) => {
      const result = await call(backend, 'export.article', { id: article.id, folder, ifExists: 'replace', includeComments });
      if (result.outcome !== 'written') throw new Error('not written');
      const { readFile } = await import('node:fs/promises');
      return readFile(result.path, 'utf8');
    };
    const withComments = await readExport(true);
    expect(withComments).toContain('<h2>Ý kiến bạn đọc</h2>\n<p>Tổng lượt bình luận: 1</p>');
    expect(withComments).toContain('<p class="comment-author">Minh <time datetime="2024-04-01T09:00:00+07:00">1/4/2024 09:00</time></p>\n<p>Ý kiến &lt;b&gt;hay&lt;/b&gt;</p>');
    expect(withComments).not.toContain('Chưa duyệt');
    expect(await readExport(false)).not.toContain('Ý kiến bạn đọc');
  });
});

import os from 'node:os';
import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { backendFixture, call, callError, fakeClock, paragraphs } from '../backend-fixture';

const minutes = (count: number) => count * 60_000;

describe('revisions', () => {
  const fixture = backendFixture();

  async function articleWithClock() {
    const clock = fakeClock('2024-03-29T08:00:00.000Z');
    const backend = fixture.open({ now: clock.now });
    await call(backend, 'articles.create', { fields: { headline: 'Bản tạo', body: paragraphs('đầu') } });
    let version = 1;
    const save = async (kind: 'autosave' | 'explicit', text: string) => {
      const saved = await call(backend, 'articles.save', { id: 1, expectedVersion: version, kind, fields: { headline: text, body: paragraphs(text) } });
      version = saved.version;
      return saved;
    };
    const list = () => call(backend, 'revisions.list', { articleId: 1 });
    return { backend, clock, save, list, version: () => version };
  }

  it('records the creation as a "create" revision', async () => {
    const { list } = await articleWithClock();
    expect(await list()).toEqual([
      {
        id: 1, articleId: 1, number: 1, articleVersion: 1, kind: 'create', headline: 'Bản tạo', wordCount: 3,
        createdAt: '2024-03-29T08:00:00.000Z', updatedAt: '2024-03-29T08:00:00.000Z', author: os.userInfo().username,
      },
    ]);
  });

  it('keeps every explicit save', async () => {
    const { clock, save, list } = await articleWithClock();
    for (const text of ['một', 'hai', 'ba']) {
      clock.advance(1000);
      await save('explicit', text);
    }
    expect((await list()).map((revision) => [revision.kind, revision.headline, revision.articleVersion])).toEqual([
      ['explicit', 'ba', 4],
      ['explicit', 'hai', 3],
      ['explicit', 'một', 2],
      ['create', 'Bản tạo', 1],
    ]);
  });

  it('keeps a version at least every two minutes of typing, each listed with the time of its last change, the latest text always held', async () => {
    const { backend, clock, save, list } = await articleWithClock();
    // A typing session of 9 minutes, autosaving every 30 seconds.
    for (let second = 30; second <= 9 * 60; second += 30) {
      clock.set(new Date(Date.parse('2024-03-29T08:00:00.000Z') + second * 1000).toISOString());
      await save('autosave', `gõ ${second}`);
    }
    const revisions = await list();
    expect(revisions.map((revision) => [revision.number, revision.kind, revision.headline, revision.createdAt, revision.updatedAt])).toEqual([
      [6, 'autosave', 'gõ 540', '2024-03-29T08:08:30.000Z', '2024-03-29T08:09:00.000Z'],
      [5, 'autosave', 'gõ 480', '2024-03-29T08:06:30.000Z', '2024-03-29T08:08:00.000Z'],
      [4, 'autosave', 'gõ 360', '2024-03-29T08:04:30.000Z', '2024-03-29T08:06:00.000Z'],
      [3, 'autosave', 'gõ 240', '2024-03-29T08:02:30.000Z', '2024-03-29T08:04:00.000Z'],
      [2, 'autosave', 'gõ 120', '2024-03-29T08:00:30.000Z', '2024-03-29T08:02:00.000Z'],
      [1, 'create', 'Bản tạo', '2024-03-29T08:00:00.000Z', '2024-03-29T08:00:00.000Z'],
    ]);
    // Between the last change of one version and that of the next, never more than two minutes.
    const changes = revisions.map((revision) => Date.parse(revision.updatedAt)).reverse();
    for (let index = 1; index < changes.length; index += 1) expect(changes[index]! - changes[index - 1]!).toBeLessThanOrEqual(minutes(2));
    const latest = await call(backend, 'revisions.get', { id: revisions[0]!.id });
    const article = await call(backend, 'articles.get', { id: 1 });
    expect(latest).toMatchObject({ articleVersion: article.version, headline: article.headline, body: article.body, status: 'draft', sapo: '', sourcePrefix: '' });
    expect(article.version).toBe(19);
  });

  it('writes an autosave snapshot out, its body compressed, only when its two minutes are over, not on every autosave', async () => {
    const { backend, clock, save } = await articleWithClock();
    const stored = () =>
      (backend.database.prepare('SELECT id, pending, headline, body_json, body_deflated FROM article_revisions WHERE kind = ? ORDER BY id').all('autosave') as Array<{ body_deflated: Buffer | null }>).map(
        ({ body_deflated, ...row }) => ({ ...row, body: body_deflated === null ? null : inflateRawSync(body_deflated).toString('utf8') }),
      );
    clock.advance(1000);
    await save('autosave', 'một');
    clock.advance(1000);
    await save('autosave', 'hai');
    expect(stored()).toEqual([{ id: 2, pending: 1, headline: '', body_json: '', body: null }]);
    const pending = await call(backend, 'revisions.get', { id: 2 });
    expect(pending).toMatchObject({ headline: 'hai', body: paragraphs('hai'), articleVersion: 3 });

    clock.advance(minutes(2));
    await save('autosave', 'ba');
    expect(stored()).toEqual([
      { id: 2, pending: 0, headline: 'hai', body_json: '', body: JSON.stringify(paragraphs('hai')) },
      { id: 3, pending: 1, headline: '', body_json: '', body: null },
    ]);
    expect(await call(backend, 'revisions.get', { id: 2 })).toMatchObject({ number: 2, headline: 'hai', body: paragraphs('hai'), articleVersion: 3 });
    expect(await call(backend, 'revisions.get', { id: 3 })).toMatchObject({ number: 3, headline: 'ba', body: paragraphs('ba'), articleVersion: 4 });
  });

  it('stores every written-out version compressed and reads it back exactly (Vietnamese NFC text, figures, marks)', async () => {
    const { backend, clock } = await articleWithClock();
    const body = {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Quận ủy Quận 3 – “khoẻ” 😀' }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'Thành ủy ', marks: [{ type: 'bold' }] }, { type: 'text', text: 'đẩy mạnh chuyển đổi số. '.repeat(400) }] },
      ],
    };
    clock.advance(1000);
    await call(backend, 'articles.save', { id: 1, expectedVersion: 1, kind: 'explicit', fields: { body } });
    const row = backend.database.prepare("SELECT body_json, length(body_deflated) AS bytes FROM article_revisions WHERE kind = 'explicit'").get() as { body_json: string; bytes: number };
    expect(row.body_json).toBe('');
    expect(row.bytes).toBeLessThan(JSON.stringify(body).length / 10);
    expect((await call(backend, 'revisions.get', { id: 2 })).body).toEqual((await call(backend, 'articles.get', { id: 1 })).body);
  });

  it('numbers the versions of each article 1, 2, 3… on its own, and keeps the numbers as versions are added and restored', async () => {
    const { backend, clock, save, list, version } = await articleWithClock();
    await call(backend, 'articles.create', { fields: { headline: 'Bài khác', body: paragraphs('khác') } });
    for (const text of ['một', 'hai']) {
      clock.advance(minutes(3));
      await save('autosave', text);
    }
    clock.advance(1000);
    await save('explicit', 'ba');
    const before = await list();
    await call(backend, 'revisions.restore', { id: before.at(-1)!.id, expectedVersion: version() });
    const after = await list();
    expect(after.map((revision) => revision.number)).toEqual([5, 4, 3, 2, 1]);
    expect(after.slice(1)).toEqual(before);
    expect((await call(backend, 'revisions.list', { articleId: 2 })).map((revision) => revision.number)).toEqual([1]);
  });

  it('records the user name from Cài đặt as the author of each change, else the computer\'s user name', async () => {
    const { backend, clock, save, list } = await articleWithClock();
    await call(backend, 'settings.update', { changes: { moderatorName: 'Hồng Ngọc' } });
    clock.advance(1000);
    await save('autosave', 'một');
    await call(backend, 'settings.update', { changes: { moderatorName: '  Minh Anh ' } });
    clock.advance(1000);
    await save('autosave', 'hai');
    clock.advance(1000);
    await save('explicit', 'ba');
    expect((await list()).map((revision) => [revision.number, revision.author])).toEqual([
      [3, 'Minh Anh'],
      [2, 'Minh Anh'],
      [1, os.userInfo().username],
    ]);
  });

  it('starts a new autosave snapshot after an explicit save', async () => {
    const { clock, save, list } = await articleWithClock();
    clock.advance(1000);
    await save('autosave', 'a');
    clock.advance(1000);
    await save('explicit', 'b');
    clock.advance(1000);
    await save('autosave', 'c');
    clock.advance(1000);
    await save('autosave', 'd');
    expect((await list()).map((revision) => [revision.kind, revision.headline])).toEqual([
      ['autosave', 'd'],
      ['explicit', 'b'],
      ['autosave', 'a'],
      ['create', 'Bản tạo'],
    ]);
  });

  it('does not coalesce into a snapshot from the future (a clock set back)', async () => {
    const { clock, save, list } = await articleWithClock();
    clock.advance(minutes(5));
    await save('autosave', 'a');
    clock.advance(-minutes(3));
    await save('autosave', 'b');
    expect((await list()).map((revision) => revision.headline)).toEqual(['b', 'a', 'Bản tạo']);
  });

  it('gets one revision with its full text, or says it does not exist', async () => {
    const { backend, save } = await articleWithClock();
    await save('explicit', 'một hai');
    const revision = await call(backend, 'revisions.get', { id: 2 });
    expect(revision).toMatchObject({ id: 2, kind: 'explicit', headline: 'một hai', body: paragraphs('một hai'), wordCount: 4 });
    expect(await callError(backend, 'revisions.get', { id: 99 })).toMatchObject({ code: 'not_found', where: 'id' });
    expect(await callError(backend, 'revisions.list', { articleId: 99 })).toMatchObject({ code: 'not_found', where: 'articleId' });
  });

  it('restores a revision as a new version, recording a "restore" revision, losing nothing', async () => {
    const { backend, clock, save, list, version } = await articleWithClock();
    clock.advance(1000);
    await save('explicit', 'hai');
    clock.advance(minutes(3));
    await save('autosave', 'ba');
    const restored = await call(backend, 'revisions.restore', { id: 1, expectedVersion: version() });
    expect(restored).toMatchObject({ headline: 'Bản tạo', version: 4 });
    const article = await call(backend, 'articles.get', { id: 1 });
    expect(article).toMatchObject({ headline: 'Bản tạo', body: paragraphs('đầu'), version: 4, wordCount: 3 });
    expect(backend.database.prepare('SELECT plain_text FROM article_plain_texts WHERE article_id = 1').get()).toEqual({ plain_text: 'đầu' });
    expect((await list()).map((revision) => [revision.kind, revision.headline, revision.articleVersion])).toEqual([
      ['restore', 'Bản tạo', 4],
      ['autosave', 'ba', 3],
      ['explicit', 'hai', 2],
      ['create', 'Bản tạo', 1],
    ]);
  });

  it('refuses a restore on a stale version and changes nothing', async () => {
    const { backend, save, list } = await articleWithClock();
    await save('explicit', 'hai');
    const before = await call(backend, 'articles.get', { id: 1 });
    const revisionsBefore = await list();
    const error = await callError(backend, 'revisions.restore', { id: 1, expectedVersion: 1 });
    expect(error).toMatchObject({ code: 'conflict', reason: 'version-conflict', params: { id: 1, expectedVersion: 1, currentVersion: 2 } });
    expect(await call(backend, 'articles.get', { id: 1 })).toEqual(before);
    expect(await list()).toEqual(revisionsBefore);
  });
});

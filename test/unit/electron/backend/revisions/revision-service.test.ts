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
    expect(await list()).toEqual([{ id: 1, articleId: 1, articleVersion: 1, kind: 'create', headline: 'Bản tạo', wordCount: 3, createdAt: '2024-03-29T08:00:00.000Z' }]);
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

  it('coalesces autosaves into one snapshot per ten minutes from its first save, always holding the latest text', async () => {
    const { backend, clock, save, list } = await articleWithClock();
    // A typing session of 25 minutes, autosaving every 30 seconds.
    for (let second = 30; second <= 25 * 60; second += 30) {
      clock.set(new Date(Date.parse('2024-03-29T08:00:00.000Z') + second * 1000).toISOString());
      await save('autosave', `gõ ${second}`);
    }
    const revisions = await list();
    expect(revisions.map((revision) => [revision.kind, revision.headline, revision.createdAt])).toEqual([
      ['autosave', 'gõ 1500', '2024-03-29T08:20:30.000Z'],
      ['autosave', 'gõ 1200', '2024-03-29T08:10:30.000Z'],
      ['autosave', 'gõ 600', '2024-03-29T08:00:30.000Z'],
      ['create', 'Bản tạo', '2024-03-29T08:00:00.000Z'],
    ]);
    const latest = await call(backend, 'revisions.get', { id: revisions[0]!.id });
    const article = await call(backend, 'articles.get', { id: 1 });
    expect(latest).toMatchObject({ articleVersion: article.version, headline: article.headline, body: article.body, status: 'draft', sapo: '', sourcePrefix: '' });
    expect(article.version).toBe(51);
  });

  it('writes an autosave snapshot out only when its session ends, not on every autosave', async () => {
    const { backend, clock, save } = await articleWithClock();
    const stored = () => backend.database.prepare('SELECT id, pending, headline, body_json FROM article_revisions WHERE kind = ? ORDER BY id').all('autosave');
    clock.advance(1000);
    await save('autosave', 'một');
    clock.advance(1000);
    await save('autosave', 'hai');
    expect(stored()).toEqual([{ id: 2, pending: 1, headline: '', body_json: '' }]);
    const pending = await call(backend, 'revisions.get', { id: 2 });
    expect(pending).toMatchObject({ headline: 'hai', body: paragraphs('hai'), articleVersion: 3 });

    clock.advance(minutes(10));
    await save('autosave', 'ba');
    expect(stored()).toEqual([
      { id: 2, pending: 0, headline: 'hai', body_json: JSON.stringify(paragraphs('hai')) },
      { id: 3, pending: 1, headline: '', body_json: '' },
    ]);
    expect(await call(backend, 'revisions.get', { id: 2 })).toMatchObject({ headline: 'hai', body: paragraphs('hai'), articleVersion: 3 });
    expect(await call(backend, 'revisions.get', { id: 3 })).toMatchObject({ headline: 'ba', body: paragraphs('ba'), articleVersion: 4 });
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
    clock.advance(minutes(11));
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

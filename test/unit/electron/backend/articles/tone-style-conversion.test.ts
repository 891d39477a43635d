import { describe, expect, it } from 'vitest';
import type { OpenedBackend } from '../../../../../electron/backend/backend';
import type { DocNode } from '../../../../../shared/model/document';
import { backendFixture, call, callError, fakeClock, paragraphs } from '../backend-fixture';

const oldStyleBody: DocNode = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Thành ủy chỉ đạo' }] },
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Tổ ' },
        // One word split by marks: "h" bold, "òa" plain.
        { type: 'text', text: 'h', marks: [{ type: 'bold' }] },
        { type: 'text', text: 'òa giải ' },
        { type: 'text', text: 'khỏe', marks: [{ type: 'link', attrs: { href: 'https://thanhuytphcm.vn/thuy-loi' } }] },
        { type: 'text', text: '; quý hoàng toán.' },
      ],
    },
    { type: 'figure', attrs: { hash: '', caption: 'Đội thủy lợi', credit: 'Thủy Tiên', alt: 'Ủy ban' } },
  ],
};

async function searchIds(backend: OpenedBackend, query: string): Promise<number[]> {
  return (await call(backend, 'search.articles', { query })).results.map((hit) => hit.id).sort((first, second) => first - second);
}

describe('articles.applyToneStyle', () => {
  const fixture = backendFixture();

  async function newsroom(logError?: (message: string) => void) {
    const clock = fakeClock();
    const backend = fixture.open({ now: clock.now, ...(logError ? { logError } : {}) });
    const oldStyle = await call(backend, 'articles.create', {
      fields: { headline: 'Quận ủy Quận 3 họp', sapo: 'Hòa giải ở cơ sở.', sourcePrefix: '(Thủy lợi) - ', body: oldStyleBody },
    });
    const plain = await call(backend, 'articles.create', { fields: { headline: 'Quý hoàng toán', body: paragraphs('Không có gì để đổi.') } });
    const headlineOnly = await call(backend, 'articles.create', { fields: { headline: 'Thành ủy', body: paragraphs('Tin ngắn.') } });
    const trashed = await call(backend, 'articles.create', { fields: { headline: 'Đảng ủy cũ', body: paragraphs('Hòa bình.') } });
    await call(backend, 'articles.trash', { id: trashed.id });
    clock.advance(60_000);
    return { backend, clock, oldStyle, plain, headlineOnly, trashed };
  }

  it('moves the tone marks of headline, sapo, source prefix, body and figures, keeping marks and links', async () => {
    const { backend, oldStyle, headlineOnly } = await newsroom();
    expect(await call(backend, 'articles.applyToneStyle', { style: 'new' })).toEqual({ changed: 2, articleIds: [oldStyle.id, headlineOnly.id] });

    const converted = await call(backend, 'articles.get', { id: oldStyle.id });
    expect(converted).toMatchObject({ headline: 'Quận uỷ Quận 3 họp', sapo: 'Hoà giải ở cơ sở.', sourcePrefix: '(Thuỷ lợi) - ', version: 2 });
    expect(converted.body).toEqual({
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Thành uỷ chỉ đạo' }] },
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Tổ ' },
            { type: 'text', text: 'h', marks: [{ type: 'bold' }] },
            { type: 'text', text: 'oà giải ' },
            { type: 'text', text: 'khoẻ', marks: [{ type: 'link', attrs: { href: 'https://thanhuytphcm.vn/thuy-loi', target: null, rel: 'noopener noreferrer nofollow', class: null, title: null } }] },
            { type: 'text', text: '; quý hoàng toán.' },
          ],
        },
        { type: 'figure', attrs: { hash: '', caption: 'Đội thuỷ lợi', credit: 'Thuỷ Tiên', alt: 'Uỷ ban', featured: false } },
      ],
    });
    expect((await call(backend, 'articles.get', { id: headlineOnly.id })).headline).toBe('Thành uỷ');
  });

  it('leaves articles already in the style, and articles in the trash, without a new version', async () => {
    const { backend, plain, trashed } = await newsroom();
    await call(backend, 'articles.applyToneStyle', { style: 'new' });
    expect(await call(backend, 'articles.get', { id: plain.id })).toEqual(plain);
    expect(await call(backend, 'articles.get', { id: trashed.id })).toMatchObject({ version: 1, headline: 'Đảng ủy cũ', body: paragraphs('Hòa bình.') });
    expect((await call(backend, 'revisions.list', { articleId: plain.id })).map((revision) => revision.kind)).toEqual(['create']);
    expect((await call(backend, 'revisions.list', { articleId: trashed.id })).map((revision) => revision.kind)).toEqual(['create']);

    // Converting again changes nothing; converting back changes the same articles back.
    expect(await call(backend, 'articles.applyToneStyle', { style: 'new' })).toEqual({ changed: 0, articleIds: [] });
    const back = await call(backend, 'articles.applyToneStyle', { style: 'old' });
    expect(back.changed).toBe(2);
    expect((await call(backend, 'articles.get', { id: back.articleIds[0]! })).body.content![0]!.content).toEqual([{ type: 'text', text: 'Thành ủy chỉ đạo' }]);
  });

  it("makes one revision of kind 'tone-style' per changed article, and restoring the one before brings the old text back", async () => {
    const { backend, oldStyle } = await newsroom();
    await call(backend, 'articles.applyToneStyle', { style: 'new' });
    const revisions = await call(backend, 'revisions.list', { articleId: oldStyle.id });
    expect(revisions.map((revision) => [revision.kind, revision.articleVersion, revision.headline])).toEqual([
      ['tone-style', 2, 'Quận uỷ Quận 3 họp'],
      ['create', 1, 'Quận ủy Quận 3 họp'],
    ]);
    expect(revisions[0]!.createdAt).toBe('2024-03-29T08:01:00.000Z');

    const restored = await call(backend, 'revisions.restore', { id: revisions[1]!.id, expectedVersion: 2 });
    expect(restored.version).toBe(3);
    const article = await call(backend, 'articles.get', { id: oldStyle.id });
    expect(article).toMatchObject({ headline: 'Quận ủy Quận 3 họp', sapo: 'Hòa giải ở cơ sở.', sourcePrefix: '(Thủy lợi) - ' });
    expect(article.body).toEqual(oldStyle.body);
  });

  it('writes out a pending autosave first, so the text typed before the conversion is the version before it', async () => {
    const { backend, clock, oldStyle } = await newsroom();
    await call(backend, 'articles.save', { id: oldStyle.id, expectedVersion: 1, kind: 'autosave', fields: { headline: 'Thành ủy gõ dở' } });
    clock.advance(1000);
    await call(backend, 'articles.applyToneStyle', { style: 'new' });
    const revisions = await call(backend, 'revisions.list', { articleId: oldStyle.id });
    expect(revisions.map((revision) => [revision.kind, revision.articleVersion, revision.headline])).toEqual([
      ['tone-style', 3, 'Thành uỷ gõ dở'],
      ['autosave', 2, 'Thành ủy gõ dở'],
      ['create', 1, 'Quận ủy Quận 3 họp'],
    ]);
    expect(await callError(backend, 'articles.save', { id: oldStyle.id, expectedVersion: 2, kind: 'autosave', fields: { headline: 'cũ' } })).toMatchObject({
      code: 'conflict',
      reason: 'version-conflict',
      params: { currentVersion: 3 },
    });
  });

  it('keeps the search index in step: both spellings find the converted article', async () => {
    const { backend, oldStyle, trashed } = await newsroom();
    await call(backend, 'articles.applyToneStyle', { style: 'new' });
    for (const query of ['hòa giải', 'hoà giải', 'Quận ủy', 'quận uỷ', 'thuy loi']) {
      expect(await searchIds(backend, query), query).toEqual([oldStyle.id]);
    }
    const hit = (await call(backend, 'search.articles', { query: 'khoe' })).results[0]!;
    expect(hit.snippet.map((part) => part.text).join('')).toContain('khoẻ');
    expect(await searchIds(backend, 'Đảng ủy cũ')).not.toContain(trashed.id);
  });

  it('changes nothing at all when one article cannot be written', async () => {
    const logged: string[] = [];
    const { backend, oldStyle, headlineOnly } = await newsroom((message) => logged.push(message));
    backend.database.exec(
      `CREATE TRIGGER refuse_second BEFORE UPDATE ON articles WHEN OLD.id = ${headlineOnly.id} BEGIN SELECT RAISE(ABORT, 'disk full'); END`,
    );
    expect((await callError(backend, 'articles.applyToneStyle', { style: 'new' })).code).toBe('internal');
    expect(logged.join('\n')).toContain('disk full');
    expect(await call(backend, 'articles.get', { id: oldStyle.id })).toMatchObject({ version: 1, headline: 'Quận ủy Quận 3 họp' });
    expect((await call(backend, 'revisions.list', { articleId: oldStyle.id })).map((revision) => revision.kind)).toEqual(['create']);
  });

  it('accepts only the two styles', async () => {
    const backend = fixture.open();
    expect(await callError(backend, 'articles.applyToneStyle', { style: 'mixed' })).toMatchObject({ code: 'invalid_argument', where: 'style' });
    expect(await callError(backend, 'articles.applyToneStyle', {})).toMatchObject({ code: 'invalid_argument', where: 'style' });
    expect(await callError(backend, 'articles.applyToneStyle', { style: 'new', dryRun: true })).toMatchObject({ code: 'invalid_argument' });
  });
});

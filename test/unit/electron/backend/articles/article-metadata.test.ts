import { describe, expect, it } from 'vitest';
import { backendFixture, call, callError, fakeClock, paragraphs } from '../backend-fixture';

const minutes = (count: number) => count * 60_000;

describe('article metadata: Ngày, Nơi viết, Từ khóa', () => {
  const fixture = backendFixture();

  async function newArticle() {
    const clock = fakeClock('2024-03-29T08:00:00.000Z');
    const backend = fixture.open({ now: clock.now });
    const created = await call(backend, 'articles.create', { fields: { headline: 'Quận 3', body: paragraphs('Đoạn đầu.') } });
    let version = created.version;
    const save = async (kind: 'autosave' | 'explicit', fields: Record<string, unknown>) => {
      const saved = await call(backend, 'articles.save', { id: created.id, expectedVersion: version, kind, fields });
      version = saved.version;
      return saved;
    };
    return { backend, clock, id: created.id, created, save, version: () => version };
  }

  it('a new article has no date, no place and no tags; create takes them', async () => {
    const { backend, created } = await newArticle();
    expect(created).toMatchObject({ date: null, datelinePlace: '', tags: [] });
    const dated = await call(backend, 'articles.create', { fields: { date: '2024-03-29', datelinePlace: ' TP.HCM ', tags: ['Quận 3', 'quan 3'] } });
    expect(dated).toMatchObject({ date: '2024-03-29', datelinePlace: 'TP.HCM', tags: ['Quận 3'] });
  });

  it('saves the date, the place and the tags, and articles.get returns them', async () => {
    const { backend, id, save } = await newArticle();
    await save('autosave', { date: '2024-02-29', datelinePlace: '  TP.HCM  ', tags: ['  Quận 3 ', 'hội quần chúng', 'QUẬN 3', 'Hoi Quan Chung', 'Mặt trận'] });
    expect(await call(backend, 'articles.get', { id })).toMatchObject({
      date: '2024-02-29',
      datelinePlace: 'TP.HCM',
      // Trimmed; duplicates ignoring case and accents dropped, the first kept, order kept.
      tags: ['Quận 3', 'hội quần chúng', 'Mặt trận'],
    });
    // Absent fields keep their value; null clears the date; [] clears the tags.
    await save('autosave', { headline: 'Khác' });
    expect(await call(backend, 'articles.get', { id })).toMatchObject({ date: '2024-02-29', datelinePlace: 'TP.HCM', tags: ['Quận 3', 'hội quần chúng', 'Mặt trận'] });
    await save('explicit', { date: null, tags: [] });
    expect(await call(backend, 'articles.get', { id })).toMatchObject({ headline: 'Khác', date: null, datelinePlace: 'TP.HCM', tags: [] });
  });

  it('versions them: each revision keeps its metadata, a pending autosave reads the article\'s, a restore brings them back', async () => {
    const { backend, clock, id, save, version } = await newArticle();
    clock.advance(1000);
    await save('explicit', { date: '2024-03-29', datelinePlace: 'TP.HCM', tags: ['Quận 3'] });
    clock.advance(1000);
    await save('autosave', { date: '2024-04-01', datelinePlace: 'Hà Nội', tags: ['Thủ đô', 'Hà Nội'] });
    const revisions = await call(backend, 'revisions.list', { articleId: id });
    expect(revisions.map((revision) => revision.kind)).toEqual(['autosave', 'explicit', 'create']);
    const [pending, explicit, creation] = await Promise.all(revisions.map((revision) => call(backend, 'revisions.get', { id: revision.id })));
    expect(creation!.metadata).toEqual({ date: null, datelinePlace: '', tags: [], categoryId: null, related: [] });
    expect(explicit!.metadata).toEqual({ date: '2024-03-29', datelinePlace: 'TP.HCM', tags: ['Quận 3'], categoryId: null, related: [] });
    expect(pending!.metadata).toEqual({ date: '2024-04-01', datelinePlace: 'Hà Nội', tags: ['Thủ đô', 'Hà Nội'], categoryId: null, related: [] });

    // A later save in another session settles the pending snapshot with the metadata it had.
    clock.advance(minutes(11));
    await save('autosave', { tags: ['Sau'] });
    expect((await call(backend, 'revisions.get', { id: pending!.id })).metadata).toEqual({ date: '2024-04-01', datelinePlace: 'Hà Nội', tags: ['Thủ đô', 'Hà Nội'], categoryId: null, related: [] });

    await call(backend, 'revisions.restore', { id: explicit!.id, expectedVersion: version() });
    expect(await call(backend, 'articles.get', { id })).toMatchObject({ date: '2024-03-29', datelinePlace: 'TP.HCM', tags: ['Quận 3'] });
  });

  it('a snapshot from before the metadata was versioned (NULL) keeps the article\'s metadata on restore', async () => {
    const { backend, id, save, version } = await newArticle();
    await save('explicit', { date: '2024-03-29', datelinePlace: 'TP.HCM', tags: ['Quận 3'] });
    backend.database.prepare("UPDATE article_revisions SET metadata_json = NULL WHERE kind = 'create'").run();
    expect((await call(backend, 'revisions.get', { id: 1 })).metadata).toBeNull();
    await call(backend, 'revisions.restore', { id: 1, expectedVersion: version() });
    expect(await call(backend, 'articles.get', { id })).toMatchObject({ headline: 'Quận 3', date: '2024-03-29', datelinePlace: 'TP.HCM', tags: ['Quận 3'] });
  });

  it('refuses a bad date, place or tags, naming the field, and changes nothing', async () => {
    const { backend, id, version } = await newArticle();
    const saveError = (fields: unknown) => callError(backend, 'articles.save', { id, expectedVersion: version(), kind: 'autosave', fields });
    for (const date of ['2023-02-29', '2024-13-01', '29/03/2024', '2024-3-29', '', 20240329]) {
      expect(await saveError({ date })).toMatchObject({ code: 'invalid_argument', where: 'fields.date' });
    }
    expect(await saveError({ datelinePlace: 'x'.repeat(201) })).toMatchObject({ code: 'invalid_argument', where: 'fields.datelinePlace' });
    expect(await saveError({ tags: ['Quận 3', '   '] })).toMatchObject({ code: 'invalid_argument', where: 'fields.tags.1' });
    expect(await saveError({ tags: ['x'.repeat(101)] })).toMatchObject({ code: 'invalid_argument', where: 'fields.tags.0' });
    expect(await saveError({ tags: Array.from({ length: 31 }, (_, index) => `tag ${index}`) })).toMatchObject({ code: 'invalid_argument', where: 'fields.tags' });
    expect(await saveError({ tags: 'Quận 3' })).toMatchObject({ code: 'invalid_argument', where: 'fields.tags' });
    expect(await call(backend, 'articles.get', { id })).toMatchObject({ version: 1, date: null, datelinePlace: '', tags: [] });
    // Thirty tags and a hundred characters are allowed.
    const tags = Array.from({ length: 30 }, (_, index) => `${index}`.padEnd(100, 'x'));
    await call(backend, 'articles.save', { id, expectedVersion: 1, kind: 'autosave', fields: { tags } });
    expect((await call(backend, 'articles.get', { id })).tags).toEqual(tags);
  });

  it('versions the category (Chuyên mục) too; a category deleted since is not brought back', async () => {
    const backend = fixture.open();
    const party = await call(backend, 'categories.create', { name: 'Xây dựng Đảng' });
    const news = await call(backend, 'categories.create', { name: 'Thông báo' });
    const article = await call(backend, 'articles.create', { fields: { headline: 'Tin', categoryId: party.id } });
    const moved = await call(backend, 'articles.save', { id: article.id, expectedVersion: 1, kind: 'explicit', fields: { categoryId: news.id } });
    const [, creation] = await call(backend, 'revisions.list', { articleId: article.id });
    expect((await call(backend, 'revisions.get', { id: creation!.id })).metadata).toMatchObject({ categoryId: party.id });
    const restored = await call(backend, 'revisions.restore', { id: creation!.id, expectedVersion: moved.version });
    expect((await call(backend, 'articles.get', { id: article.id })).categoryId).toBe(party.id);

    await call(backend, 'articles.save', { id: article.id, expectedVersion: restored.version, kind: 'explicit', fields: { categoryId: news.id } });
    await call(backend, 'articles.save', { id: article.id, expectedVersion: restored.version + 1, kind: 'explicit', fields: { categoryId: null, related: [] } });
    await call(backend, 'categories.delete', { id: party.id });
    const current = await call(backend, 'articles.get', { id: article.id });
    await call(backend, 'revisions.restore', { id: creation!.id, expectedVersion: current.version });
    const after = await call(backend, 'articles.get', { id: article.id });
    expect(after.categoryId).toBeNull();
    expect(after.headline).toBe('Tin');
  });

  it('keeps Tin khác: related articles in order, saved, versioned, refusing itself and unknown ones', async () => {
    const backend = fixture.open();
    const first = await call(backend, 'articles.create', { fields: { headline: 'Hội nghị Thành ủy' } });
    const second = await call(backend, 'articles.create', { fields: { headline: 'Đại hội Đảng bộ' } });
    const article = await call(backend, 'articles.create', { fields: { headline: 'Tin chính', related: [second.id, first.id, second.id] } });
    expect((await call(backend, 'articles.get', { id: article.id })).related).toEqual([
      { id: second.id, headline: 'Đại hội Đảng bộ' },
      { id: first.id, headline: 'Hội nghị Thành ủy' },
    ]);
    const saved = await call(backend, 'articles.save', { id: article.id, expectedVersion: 1, kind: 'explicit', fields: { related: [first.id] } });
    expect((await call(backend, 'articles.get', { id: article.id })).related.map((related) => related.id)).toEqual([first.id]);
    expect(await callError(backend, 'articles.save', { id: article.id, expectedVersion: saved.version, kind: 'explicit', fields: { related: [article.id] } })).toMatchObject({ code: 'invalid_argument', where: 'fields.related.0' });
    expect(await callError(backend, 'articles.save', { id: article.id, expectedVersion: saved.version, kind: 'explicit', fields: { related: [first.id, 999] } })).toMatchObject({ code: 'not_found', where: 'fields.related.1' });
    const [, creation] = await call(backend, 'revisions.list', { articleId: article.id });
    await call(backend, 'revisions.restore', { id: creation!.id, expectedVersion: saved.version });
    expect((await call(backend, 'articles.get', { id: article.id })).related.map((related) => related.id)).toEqual([second.id, first.id]);
  });
});

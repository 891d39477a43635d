import { describe, expect, it } from 'vitest';
import { backendFixture, call, callError } from '../backend-fixture';

describe('categories', () => {
  const fixture = backendFixture();

  it('adds categories with slugs and lists them in Vietnamese order with their article counts', async () => {
    const backend = fixture.open();
    const party = await call(backend, 'categories.create', { name: '  Xây dựng Đảng ' });
    expect(party).toEqual({ id: party.id, name: 'Xây dựng Đảng', slug: 'xay-dung-dang', articleCount: 0 });
    await call(backend, 'categories.create', { name: 'Đời sống' });
    await call(backend, 'categories.create', { name: 'Dân vận' });
    await call(backend, 'categories.create', { name: 'Ánh sáng' });
    await call(backend, 'articles.create', { fields: { headline: 'Tin', categoryId: party.id } });
    const listed = await call(backend, 'categories.list', {});
    expect(listed.map((category) => category.name)).toEqual(['Ánh sáng', 'Dân vận', 'Đời sống', 'Xây dựng Đảng']);
    expect(listed.find((category) => category.id === party.id)?.articleCount).toBe(1);
  });

  it('refuses a name another category already has, ignoring case and accents, and an empty one', async () => {
    const backend = fixture.open();
    await call(backend, 'categories.create', { name: 'Thông báo' });
    expect(await callError(backend, 'categories.create', { name: 'THONG BAO' })).toMatchObject({
      code: 'conflict',
      reason: 'category-exists',
      params: { name: 'THONG BAO', existing: 'Thông báo' },
      where: 'name',
    });
    expect(await callError(backend, 'categories.create', { name: '   ' })).toMatchObject({ code: 'invalid_argument', where: 'name' });
    expect(await call(backend, 'categories.list', {})).toHaveLength(1);
  });

  it('renames a category, keeping its articles in it', async () => {
    const backend = fixture.open();
    const category = await call(backend, 'categories.create', { name: 'Tin tuc' });
    const article = await call(backend, 'articles.create', { fields: { categoryId: category.id } });
    expect(await call(backend, 'categories.rename', { id: category.id, name: 'Tin tức' })).toMatchObject({ name: 'Tin tức', slug: 'tin-tuc', articleCount: 1 });
    expect((await call(backend, 'articles.get', { id: article.id })).categoryId).toBe(category.id);
    expect(await callError(backend, 'categories.rename', { id: 999, name: 'X' })).toMatchObject({ reason: 'category-not-found', where: 'id' });
  });

  it('deletes only a category that holds no article', async () => {
    const backend = fixture.open();
    const used = await call(backend, 'categories.create', { name: 'Chính trị' });
    const unused = await call(backend, 'categories.create', { name: 'Thể thao' });
    await call(backend, 'articles.create', { fields: { categoryId: used.id } });
    expect(await callError(backend, 'categories.delete', { id: used.id })).toMatchObject({
      code: 'conflict',
      reason: 'category-in-use',
      params: { name: 'Chính trị', articles: 1 },
    });
    expect(await call(backend, 'categories.delete', { id: unused.id })).toEqual({ deleted: true });
    expect((await call(backend, 'categories.list', {})).map((category) => category.name)).toEqual(['Chính trị']);
  });
});

import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentKey } from '../../../../../electron/backend/import/duplicate-article';
import { backendFixture, call } from '../backend-fixture';

const seedFile = () => ({ name: 'seed-article.txt', data: fs.readFileSync(new URL('../../../../fixtures/import/seed-article.txt', import.meta.url)).toString('base64') });

describe('importing a file that is already an article', () => {
  const fixture = backendFixture();

  it('"ask" leaves it out and names the article it already is; nothing is created', async () => {
    const backend = fixture.open();
    const first = await call(backend, 'import.files', { files: [seedFile()], ifDuplicate: 'ask' });
    expect(first.duplicates).toBeUndefined();
    const [stored] = first.articles;
    const again = await call(backend, 'import.files', { files: [seedFile()], ifDuplicate: 'ask' });
    expect(again).toEqual({ articles: [], duplicates: [{ fileName: 'seed-article.txt', articleId: stored!.id, headline: stored!.headline }] });
    expect(await call(backend, 'articles.list', {})).toHaveLength(1);
  });

  it('imports it anyway by default (the CLI, File › Nhập) with a warning naming the article', async () => {
    const backend = fixture.open();
    const [stored] = (await call(backend, 'import.files', { files: [seedFile()] })).articles;
    const again = await call(backend, 'import.files', { files: [seedFile()] });
    expect(again.duplicates).toBeUndefined();
    expect(again.articles[0]!.warnings).toContainEqual({ code: 'duplicate-of-existing', subject: `#${stored!.id} “${stored!.headline}”` });
    expect(await call(backend, 'articles.list', {})).toHaveLength(2);
  });

  it('an article edited since, or in the trash, is not a duplicate', async () => {
    const backend = fixture.open();
    const [stored] = (await call(backend, 'import.files', { files: [seedFile()] })).articles;
    const article = await call(backend, 'articles.get', { id: stored!.id });
    await call(backend, 'articles.save', { id: stored!.id, expectedVersion: article.version, fields: { headline: `${article.headline} (sửa)` }, kind: 'explicit' });
    expect((await call(backend, 'import.files', { files: [seedFile()], ifDuplicate: 'ask' })).duplicates).toBeUndefined();

    const backendTrash = fixture.open();
    const [trashed] = (await call(backendTrash, 'import.files', { files: [seedFile()] })).articles;
    await call(backendTrash, 'articles.trash', { id: trashed!.id });
    expect((await call(backendTrash, 'import.files', { files: [seedFile()], ifDuplicate: 'ask' })).duplicates).toBeUndefined();
  });

  it('compares headline and text without accents, case, tone placement or spacing', () => {
    expect(contentKey('Hòa  giải ở Thành ủy\n')).toBe(contentKey('HOÀ giải ở   thành uỷ'));
    expect(contentKey('Hòa giải')).not.toBe(contentKey('Hòa giải xong'));
  });
});

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { defaultExportFolder } from '../../../../../electron/backend/export/export-service';
import { renderArticleDocument } from '../../../../../shared/render/article-html';
import { backendFixture, call, callError, fakeClock } from '../backend-fixture';
import { createExportableArticle, putImage, sampleImage } from './export-test-data';

/** Every file under `folder`, relative, sorted. */
function filesUnder(folder: string): string[] {
  return (fs.readdirSync(folder, { recursive: true, withFileTypes: true }) as fs.Dirent[])
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)))
    .sort();
}

describe('export.defaults', () => {
  const fixture = backendFixture();

  it('answers "Newsdesk/Xuất HTML" in the home folder, in NFC', async () => {
    const backend = fixture.open();
    const { folder } = await call(backend, 'export.defaults', {});
    expect(folder).toBe(path.join(os.homedir(), 'Newsdesk', 'Xuất HTML'));
    expect(folder).toBe(folder.normalize('NFC'));
    expect(defaultExportFolder('/home/a')).toBe('/home/a/Newsdesk/Xuất HTML');
  });
});

describe('export.plan', () => {
  const fixture = backendFixture();

  it('takes chosen ids in the order given, a status or all, never trashed ones, with slug and warnings', async () => {
    const backend = fixture.open();
    const first = await call(backend, 'articles.create', { fields: { headline: 'Khánh thành cầu mới', sapo: 'Sáng nay.' } });
    const second = await call(backend, 'articles.create', { fields: { headline: '', status: 'approved' } });
    const trashed = await call(backend, 'articles.create', { fields: { headline: 'Bỏ', status: 'approved' } });
    await call(backend, 'articles.trash', { id: trashed.id });

    const chosen = await call(backend, 'export.plan', { selection: { ids: [second.id, first.id] } });
    expect(chosen.articles.map((entry) => entry.id)).toEqual([second.id, first.id]);
    expect(chosen.articles[0]).toMatchObject({ headline: '', slug: `bai-viet-${second.id}` });
    expect(chosen.articles[0]!.warnings).toContainEqual({ code: 'missing-headline' });
    expect(chosen.articles[1]).toMatchObject({ headline: 'Khánh thành cầu mới', slug: 'khanh-thanh-cau-moi' });

    expect((await call(backend, 'export.plan', { selection: { status: 'approved' } })).articles.map((entry) => entry.id)).toEqual([second.id]);
    expect((await call(backend, 'export.plan', { selection: { all: true } })).articles.map((entry) => entry.id)).toEqual([first.id, second.id]);
  });

  it('refuses an unknown id or a trashed one, naming its place in the selection', async () => {
    const backend = fixture.open();
    const kept = await call(backend, 'articles.create', { fields: { headline: 'Tin' } });
    const trashed = await call(backend, 'articles.create', { fields: { headline: 'Bỏ' } });
    await call(backend, 'articles.trash', { id: trashed.id });
    expect(await callError(backend, 'export.plan', { selection: { ids: [kept.id, 99] } })).toMatchObject({
      reason: 'article-not-found',
      params: { id: 99 },
      where: 'selection.ids.1',
    });
    expect(await callError(backend, 'export.plan', { selection: { ids: [trashed.id] } })).toMatchObject({
      reason: 'export-article-trashed',
      where: 'selection.ids.0',
    });
  });
});

describe('export.article', () => {
  const fixture = backendFixture();

  async function setUp(options: { now?: () => Date } = {}) {
    const backend = fixture.open(options);
    const wide = await putImage(backend, await sampleImage(900, 600, 'jpeg', 1), 'rong.jpg');
    const narrow = await putImage(backend, await sampleImage(200, 100, 'png', 2), 'hep.png');
    const article = await createExportableArticle(backend, [wide, narrow]);
    await call(backend, 'settings.update', { changes: { exportImageMaxWidth: 400 } });
    return { backend, article, wide, narrow, out: fixture.folder() };
  }

  it("'embed' writes one .html with the images as data: URIs, as renderArticleDocument renders it", async () => {
    const { backend, article, wide, narrow, out } = await setUp();
    const result = await call(backend, 'export.article', { id: article.id, folder: out, images: 'embed' });
    const file = path.join(out, 'hoi-nghi-so-ket-quy-i.html');
    expect(result).toMatchObject({ outcome: 'written', path: file, files: [file] });
    expect(filesUnder(out)).toEqual(['hoi-nghi-so-ket-quy-i.html']);
    const html = fs.readFileSync(file, 'utf8');
    const wideData = (await call(backend, 'media.get', { hash: wide })).data;
    const narrowData = (await call(backend, 'media.get', { hash: narrow })).data;
    const images = new Map([
      [wide, { src: `data:image/jpeg;base64,${wideData}`, width: 900, height: 600 }],
      [narrow, { src: `data:image/png;base64,${narrowData}`, width: 200, height: 100 }],
    ]);
    const stored = await call(backend, 'articles.get', { id: article.id });
    expect(html).toBe(renderArticleDocument({ article: stored, categoryName: 'Xây dựng Đảng', image: (hash) => images.get(hash) ?? null, comments: null }));
    expect(html).toContain(`data:image/jpeg;base64,${wideData}`);
  });

  it("'folder' writes index.html, images downscaled to the maximum width (never up), and article.json", async () => {
    const { backend, article, wide, narrow, out } = await setUp();
    const result = await call(backend, 'export.article', { id: article.id, folder: out, images: 'folder', originals: true });
    const slugFolder = path.join(out, 'hoi-nghi-so-ket-quy-i');
    const wideName = `images/1-${wide.slice(0, 12)}.jpg`;
    const narrowName = `images/2-${narrow.slice(0, 12)}.png`;
    expect(result).toMatchObject({ outcome: 'written', path: path.join(slugFolder, 'index.html') });
    if (result.outcome !== 'written') throw new Error('not written');
    expect(result.files).toEqual(
      ['index.html', wideName, narrowName, `images/originals/1-${wide.slice(0, 12)}.jpg`, `images/originals/2-${narrow.slice(0, 12)}.png`, 'article.json'].map((name) =>
        path.join(slugFolder, name),
      ),
    );
    expect(filesUnder(out)).toEqual(result.files.map((file) => path.relative(out, file)).sort());

    const wideMeta = await sharp(path.join(slugFolder, wideName)).metadata();
    expect(wideMeta).toMatchObject({ format: 'jpeg', width: 400, height: 267 });
    const narrowMeta = await sharp(path.join(slugFolder, narrowName)).metadata();
    expect(narrowMeta).toMatchObject({ format: 'png', width: 200, height: 100 });
    expect(fs.readFileSync(path.join(slugFolder, narrowName))).toEqual(Buffer.from((await call(backend, 'media.get', { hash: narrow })).data, 'base64'));

    const html = fs.readFileSync(path.join(slugFolder, 'index.html'), 'utf8');
    expect(html).toContain(`src="${wideName}"`);
    expect(html).toMatch(/width="400" height="267"/);
    expect(html).not.toContain('data:image');

    const json = fs.readFileSync(path.join(slugFolder, 'article.json'), 'utf8');
    expect(json.endsWith('}\n')).toBe(true);
    expect(JSON.stringify(JSON.parse(json), null, 2)).toBe(json.slice(0, -1));
    expect(json).toContain(wideName);
  });

  it('marks the article exported as a new version of kind export, leaving updatedAt as it was', async () => {
    const clock = fakeClock('2024-03-29T08:00:00.000Z');
    const { backend, article, out } = await setUp({ now: clock.now });
    clock.set('2024-04-01T10:00:00.000Z');
    const result = await call(backend, 'export.article', { id: article.id, folder: out });
    expect(result).toMatchObject({ outcome: 'written', exportedAt: '2024-04-01T10:00:00.000Z' });
    const after = await call(backend, 'articles.get', { id: article.id });
    expect(after).toMatchObject({ status: 'exported', exportedAt: '2024-04-01T10:00:00.000Z', updatedAt: article.updatedAt, version: article.version + 1 });
    const revisions = await call(backend, 'revisions.list', { articleId: article.id });
    expect(revisions[0]).toMatchObject({ kind: 'export', articleVersion: article.version + 1, createdAt: '2024-04-01T10:00:00.000Z' });
    const revision = await call(backend, 'revisions.get', { id: revisions[0]!.id });
    expect(revision.status).toBe('exported');
  });

  it('writes the same bytes twice in a row (embed and folder)', async () => {
    const clock = fakeClock('2024-03-29T08:00:00.000Z');
    const { backend, article, out } = await setUp({ now: clock.now });
    const first = await call(backend, 'export.article', { id: article.id, folder: out, images: 'embed' });
    const firstFolder = await call(backend, 'export.article', { id: article.id, folder: out, images: 'folder' });
    clock.advance(60_000);
    const second = await call(backend, 'export.article', { id: article.id, folder: out, images: 'embed', ifExists: 'rename' });
    const secondFolder = await call(backend, 'export.article', { id: article.id, folder: out, images: 'folder', ifExists: 'rename' });
    if (first.outcome !== 'written' || second.outcome !== 'written' || firstFolder.outcome !== 'written' || secondFolder.outcome !== 'written') throw new Error('not written');
    expect(second.path).toBe(path.join(out, 'hoi-nghi-so-ket-quy-i-2.html'));
    expect(fs.readFileSync(second.path)).toEqual(fs.readFileSync(first.path));
    expect(secondFolder.files.map((file) => path.relative(path.dirname(secondFolder.path), file))).toEqual(
      firstFolder.files.map((file) => path.relative(path.dirname(firstFolder.path), file)),
    );
    secondFolder.files.forEach((file, index) => expect(fs.readFileSync(file)).toEqual(fs.readFileSync(firstFolder.files[index]!)));
  });

  it("never overwrites unasked: 'ask' answers exists, 'rename' numbers, 'replace' replaces", async () => {
    const { backend, article, out } = await setUp();
    const file = path.join(out, 'hoi-nghi-so-ket-quy-i.html');
    fs.writeFileSync(file, 'cũ');
    expect(await call(backend, 'export.article', { id: article.id, folder: out })).toEqual({ outcome: 'exists', path: file });
    expect(fs.readFileSync(file, 'utf8')).toBe('cũ');
    expect((await call(backend, 'articles.get', { id: article.id })).status).toBe('draft');

    fs.writeFileSync(path.join(out, 'hoi-nghi-so-ket-quy-i-2.html'), 'cũ 2');
    const renamed = await call(backend, 'export.article', { id: article.id, folder: out, ifExists: 'rename' });
    expect(renamed).toMatchObject({ outcome: 'written', path: path.join(out, 'hoi-nghi-so-ket-quy-i-3.html') });
    expect(fs.readFileSync(file, 'utf8')).toBe('cũ');

    const replaced = await call(backend, 'export.article', { id: article.id, folder: out, ifExists: 'replace' });
    expect(replaced).toMatchObject({ outcome: 'written', path: file });
    expect(fs.readFileSync(file, 'utf8')).toMatch(/^<!doctype html>/i);

    // Folders too.
    const slugFolder = path.join(out, 'hoi-nghi-so-ket-quy-i');
    fs.mkdirSync(slugFolder);
    fs.writeFileSync(path.join(slugFolder, 'ghi-chu.txt'), 'giữ lại');
    expect(await call(backend, 'export.article', { id: article.id, folder: out, images: 'folder' })).toEqual({ outcome: 'exists', path: slugFolder });
    const folderRenamed = await call(backend, 'export.article', { id: article.id, folder: out, images: 'folder', ifExists: 'rename' });
    expect(folderRenamed).toMatchObject({ outcome: 'written', path: path.join(out, 'hoi-nghi-so-ket-quy-i-2', 'index.html') });
    expect(fs.readFileSync(path.join(slugFolder, 'ghi-chu.txt'), 'utf8')).toBe('giữ lại');
    const folderReplaced = await call(backend, 'export.article', { id: article.id, folder: out, images: 'folder', ifExists: 'replace' });
    expect(folderReplaced).toMatchObject({ outcome: 'written', path: path.join(slugFolder, 'index.html') });
    expect(fs.existsSync(path.join(slugFolder, 'ghi-chu.txt'))).toBe(false);
    expect(fs.readdirSync(out).filter((name) => name.startsWith('.'))).toEqual([]);
  });

  it('creates a missing folder, refuses a relative one, and names the path it cannot write', async () => {
    const { backend, article, out } = await setUp();
    const nested = path.join(out, 'Xuất', 'hôm nay');
    expect(await call(backend, 'export.article', { id: article.id, folder: nested })).toMatchObject({ outcome: 'written' });
    expect(fs.readdirSync(nested)).toEqual(['hoi-nghi-so-ket-quy-i.html']);

    expect(await callError(backend, 'export.article', { id: article.id, folder: 'xuat' })).toMatchObject({ reason: 'export-folder-not-absolute', where: 'folder' });
    const notAFolder = path.join(out, 'tep.txt');
    fs.writeFileSync(notAFolder, '');
    expect(await callError(backend, 'export.article', { id: article.id, folder: notAFolder })).toMatchObject({
      reason: 'export-folder-invalid',
      params: { folder: notAFolder },
      where: 'folder',
    });
    expect(await callError(backend, 'export.article', { id: 99, folder: out })).toMatchObject({ reason: 'article-not-found' });
  });

  it('leaves no temporary file behind, and writes nothing, when a write fails', async () => {
    const { backend, article, out } = await setUp();
    const readOnly = path.join(out, 'chi-doc');
    fs.mkdirSync(readOnly);
    fs.chmodSync(readOnly, 0o555);
    try {
      if (process.getuid?.() !== 0) {
        expect(await callError(backend, 'export.article', { id: article.id, folder: readOnly })).toMatchObject({
          reason: 'export-permission-denied',
          where: 'folder',
        });
        expect(fs.readdirSync(readOnly)).toEqual([]);
      }
    } finally {
      fs.chmodSync(readOnly, 0o755);
    }
    // A replace that cannot take the name (a folder has it) fails naming the path, and removes its temporary file.
    const file = path.join(out, 'hoi-nghi-so-ket-quy-i.html');
    fs.mkdirSync(file);
    fs.writeFileSync(path.join(file, 'giu.txt'), 'giữ');
    expect(await callError(backend, 'export.article', { id: article.id, folder: out, ifExists: 'replace' })).toMatchObject({
      reason: 'export-write-failed',
      params: { path: file },
    });
    expect(fs.readdirSync(out).sort()).toEqual(['chi-doc', 'hoi-nghi-so-ket-quy-i.html']);
    expect((await call(backend, 'articles.get', { id: article.id })).status).toBe('draft');
    fs.rmSync(file, { recursive: true });
    // A folder export whose image cannot be decoded fails before anything takes a name.
    const broken = Buffer.concat([await sampleImage(900, 600, 'jpeg', 3)]);
    broken.fill(0, 200, broken.length - 2);
    const brokenHash = await putImage(backend, broken, 'hong.jpg');
    const brokenArticle = await createExportableArticle(backend, [brokenHash], 'Ảnh hỏng');
    expect(await callError(backend, 'export.article', { id: brokenArticle.id, folder: out, images: 'folder' })).toMatchObject({ reason: 'export-image-unreadable' });
    await call(backend, 'export.article', { id: article.id, folder: out, images: 'folder' });
    await call(backend, 'export.article', { id: article.id, folder: out, images: 'embed' });
    expect(fs.readdirSync(out).sort()).toEqual(['chi-doc', 'hoi-nghi-so-ket-quy-i', 'hoi-nghi-so-ket-quy-i.html']);
    expect((await call(backend, 'articles.get', { id: brokenArticle.id })).status).toBe('draft');
  });

  it('caches downscaled images: a warm export resizes nothing', async () => {
    const { backend, article, wide, out } = await setUp();
    const count = () => (backend.database.prepare('SELECT count(*) AS count FROM media_renditions').get() as { count: number }).count;
    expect(count()).toBe(0);
    await call(backend, 'export.article', { id: article.id, folder: out, images: 'folder' });
    expect(count()).toBe(1);
    // Change the cached copy: the warm export must use it instead of resizing again.
    const marker = await sampleImage(400, 267, 'jpeg', 9);
    backend.database.prepare('UPDATE media_renditions SET bytes = ? WHERE hash = ?').run(marker, wide);
    const warm = await call(backend, 'export.article', { id: article.id, folder: out, images: 'folder', ifExists: 'replace' });
    if (warm.outcome !== 'written') throw new Error('not written');
    expect(fs.readFileSync(warm.files[1]!)).toEqual(marker);
    await call(backend, 'settings.update', { changes: { exportImageMaxWidth: 320 } });
    await call(backend, 'export.article', { id: article.id, folder: out, images: 'folder', ifExists: 'replace' });
    expect(count()).toBe(2);
  });

  it('refuses a trashed article', async () => {
    const { backend, article, out } = await setUp();
    await call(backend, 'articles.trash', { id: article.id });
    expect(await callError(backend, 'export.article', { id: article.id, folder: out })).toMatchObject({ reason: 'export-article-trashed', where: 'id' });
    expect(fs.readdirSync(out)).toEqual([]);
  });
});

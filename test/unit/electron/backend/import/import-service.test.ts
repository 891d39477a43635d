import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createImportService } from '../../../../../electron/backend/import/import-service';
import { createArticleService } from '../../../../../electron/backend/articles/article-service';
import { createMediaService } from '../../../../../electron/backend/media/media-service';
import { createSettingsService } from '../../../../../electron/backend/settings/settings-service';
import { ApiError } from '../../../../../shared/api/errors';
import type { DocNode } from '../../../../../shared/model/document';
import { importLimits, type ImportedArticleSummary } from '../../../../../shared/model/import';
import { backendFixture, call, callError } from '../backend-fixture';
import { sampleDocxArticle, tinyPng } from './import-test-files';

const fixtureBytes = (name: string) => fs.readFileSync(new URL(`../../../../fixtures/import/${name}`, import.meta.url));
const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
const pngHash = createHash('sha256').update(tinyPng()).digest('hex');

function figureHashes(body: DocNode): string[] {
  const hashes: string[] = [];
  const visit = (node: DocNode) => {
    if (node.type === 'figure') hashes.push(String(node.attrs?.hash));
    node.content?.forEach(visit);
  };
  visit(body);
  return hashes;
}

function count(backend: ReturnType<ReturnType<typeof backendFixture>['open']>, table: string): number {
  return (backend.database.prepare(`SELECT count(*) AS total FROM ${table}`).get() as { total: number }).total;
}

describe('import.files', () => {
  const fixture = backendFixture();

  it('creates one draft per file, with images in the media store and bylines', async () => {
    const backend = fixture.open();
    const result = await call(backend, 'import.files', {
      files: [
        { name: 'seed-article.txt', data: base64(fixtureBytes('seed-article.txt')) },
        { name: 'saved-article-page.html', data: base64(fixtureBytes('saved-article-page.html')) },
        { name: 'bai-viet.docx', data: base64(await sampleDocxArticle()) },
      ],
    });
    const [seed, page, word] = result.articles;
    expect(seed).toMatchObject({
      headline: 'Cần đầu tư, quan tâm hơn nữa để hỗ trợ các hội quần chúng hoạt động tốt hơn tại địa phương',
      sourcePrefix: '(Thanhuytphcm.vn)',
      bylines: ['Hồng Ngọc'],
      figures: [{ caption: 'Phó Bí thư thường trực Quận ủy Quận 3 Nguyễn Thành Nam phát biểu chỉ đạo tại hội nghị', credit: '' }],
    });
    expect(seed!.warnings.map((warning) => warning.code)).toContain('caption-without-image');
    expect(page!.figures[0]).toEqual({ caption: 'Đại biểu cắt băng ra mắt mô hình “Tổ dân phố xanh” tại khu phố 5.', credit: 'Minh Khang' });
    expect(word!.headline).toBe('Quận 3 khánh thành công viên cây xanh mới');

    const listed = await call(backend, 'articles.list', {});
    expect(listed.map((article) => article.id).sort()).toEqual(result.articles.map((article) => article.id).sort());
    expect(listed.every((article) => article.status === 'draft')).toBe(true);

    const storedSeed = await call(backend, 'articles.get', { id: seed!.id });
    expect(storedSeed.sapo).toBe(seed!.sapo);
    expect(figureHashes(storedSeed.body)).toEqual(['']);
    const storedPage = await call(backend, 'articles.get', { id: page!.id });
    expect(figureHashes(storedPage.body)).toEqual([pngHash, '']);
    const storedWord = await call(backend, 'articles.get', { id: word!.id });
    expect(figureHashes(storedWord.body)).toEqual([pngHash]);

    const media = await call(backend, 'media.get', { hash: pngHash });
    expect(media.mime).toBe('image/png');
    expect(media.data).toBe(base64(tinyPng()));
    expect(count(backend, 'media')).toBe(1);

    expect(count(backend, 'authors')).toBe(1);
    const bylines = backend.database
      .prepare('SELECT article_id, authors.name, position FROM article_bylines JOIN authors ON authors.id = author_id ORDER BY article_id')
      .all();
    expect(bylines).toEqual(result.articles.map((article) => ({ article_id: article.id, name: 'Hồng Ngọc', position: 0 })));
    // articles.get returns them as writers, and the creation revision keeps them.
    expect(storedSeed.bylines).toEqual({ authors: [{ authorId: 1, role: 'writer', name: 'Hồng Ngọc', penName: null }], team: false, source: '' });
    const creation = backend.database.prepare("SELECT bylines_json FROM article_revisions WHERE article_id = ? AND kind = 'create'").get(seed!.id) as {
      bylines_json: string;
    };
    expect(JSON.parse(creation.bylines_json)).toEqual({ authors: [{ authorId: 1, role: 'writer' }], team: false, source: '' });
  });

  it('stores the dateline\'s date as the article\'s date (Ngày), kept by the creation revision', async () => {
    const backend = fixture.open();
    const { articles } = await call(backend, 'import.files', {
      files: [
        { name: 'seed-article.txt', data: base64(fixtureBytes('seed-article.txt')) },
        { name: 'no-dateline.txt', data: base64(new TextEncoder().encode('Tiêu đề không có ngày\n\nĐoạn mở đầu của bài.\n\nĐoạn thân bài.')) },
      ],
    });
    expect(articles[0]!.warnings).toContainEqual({ code: 'dateline-detected', subject: '2024-03-29' });
    const seed = await call(backend, 'articles.get', { id: articles[0]!.id });
    expect(seed).toMatchObject({ date: '2024-03-29', datelinePlace: '', tags: [] });
    const creation = backend.database.prepare("SELECT metadata_json FROM article_revisions WHERE article_id = ? AND kind = 'create'").get(seed.id) as {
      metadata_json: string;
    };
    expect(JSON.parse(creation.metadata_json)).toEqual({ date: '2024-03-29', datelinePlace: '', tags: [], categoryId: null, related: [] });
    expect((await call(backend, 'articles.get', { id: articles[1]!.id })).date).toBeNull();
  });

  it('gives bylines to authors already in the directory, whatever the case', async () => {
    const backend = fixture.open();
    backend.database
      .prepare("INSERT INTO authors (name, pen_name, created_at, updated_at) VALUES ('HỒNG NGỌC', NULL, '2024-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z')")
      .run();
    const { articles } = await call(backend, 'import.files', {
      files: [{ name: 'seed-article.txt', data: base64(fixtureBytes('seed-article.txt')) }],
    });
    expect(count(backend, 'authors')).toBe(1);
    expect(backend.database.prepare('SELECT author_id FROM article_bylines WHERE article_id = ?').get(articles[0]!.id)).toEqual({ author_id: 1 });
  });

  it('creates nothing when one file is bad, and names that file', async () => {
    const backend = fixture.open();
    const error = await callError(backend, 'import.files', {
      files: [
        { name: 'saved-article-page.html', data: base64(fixtureBytes('saved-article-page.html')) },
        { name: 'bai-viet.docx', data: base64(new TextEncoder().encode('Đây là văn bản, không phải tệp Word')) },
      ],
    });
    expect(error).toMatchObject({ code: 'unsupported_media_type', where: 'bai-viet.docx' });
    expect(error.message).toContain('bai-viet.docx: the file is named .docx but its content is plain text');
    expect(await call(backend, 'articles.list', {})).toEqual([]);
    expect(count(backend, 'media') + count(backend, 'authors') + count(backend, 'article_revisions')).toBe(0);
  });

  it.each([
    ['an empty file', 'trong.txt', new Uint8Array(0), 'invalid_argument'],
    ['a .txt that is a PNG', 'anh.txt', tinyPng(), 'unsupported_media_type'],
    ['binary junk', 'rac.html', new Uint8Array(4096).map((_, index) => (index * 7919) % 256), 'unsupported_media_type'],
  ])('refuses %s', async (_, name, data, code) => {
    const backend = fixture.open();
    const error = await callError(backend, 'import.files', { files: [{ name, data: base64(data) }] });
    expect(error).toMatchObject({ code, where: name });
    expect(await call(backend, 'articles.list', {})).toEqual([]);
  });

  it('refuses more than 50 MB of junk and stores nothing', async () => {
    const backend = fixture.open();
    const service = createImportService(backend.context, {
      articles: createArticleService(backend.context),
      media: createMediaService(backend.context),
      settings: createSettingsService(backend.context),
    });
    const junk = new Uint8Array(importLimits.fileBytes + 1).fill(0x2a);
    const error = await service.importFiles([{ name: 'rac.txt', data: junk }]).catch((failure: unknown) => failure);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'too_large', where: 'rac.txt' });
    expect(await call(backend, 'articles.list', {})).toEqual([]);
  });

  it('rolls back the images of earlier files when storing a later one fails', async () => {
    const logged: string[] = [];
    const backend = fixture.open({ logError: (message) => logged.push(message) });
    backend.database.exec("CREATE TRIGGER refuse_second_article BEFORE INSERT ON articles WHEN (SELECT count(*) FROM articles) >= 1 BEGIN SELECT RAISE(ABORT, 'disk full'); END");
    const error = await callError(backend, 'import.files', {
      files: [
        { name: 'saved-article-page.html', data: base64(fixtureBytes('saved-article-page.html')) },
        { name: 'bai-viet.docx', data: base64(await sampleDocxArticle()) },
      ],
    });
    expect(error.code).toBe('internal');
    expect(logged.join('\n')).toContain('disk full');
    expect(count(backend, 'articles') + count(backend, 'media') + count(backend, 'authors') + count(backend, 'article_bylines')).toBe(0);
  });

  it('keeps the figure but not an image the media store refuses, and says so', async () => {
    const backend = fixture.open();
    const bitmap = base64(new Uint8Array([0x42, 0x4d, 0x3a, 0, 0, 0, 0, 0, 0, 0, 0x36, 0, 0, 0]));
    const html = `<h1>Ảnh BMP</h1><figure><img src="data:image/bmp;base64,${bitmap}"><figcaption>Bản đồ Quận 3. Ảnh: Minh Khang</figcaption></figure><p>Nội dung.</p>`;
    const { articles } = await call(backend, 'import.files', {
      files: [{ name: 'bmp.html', data: base64(new TextEncoder().encode(html)) }],
    });
    expect(articles[0]!.figures).toEqual([{ caption: 'Bản đồ Quận 3.', credit: 'Minh Khang' }]);
    expect(articles[0]!.warnings).toContainEqual({ code: 'image-type-unsupported', subject: 'Bản đồ Quận 3.' });
    expect(figureHashes((await call(backend, 'articles.get', { id: articles[0]!.id })).body)).toEqual(['']);
    expect(count(backend, 'media')).toBe(0);
  });

  it('sends warnings as codes with what was found and refusals as reasons, never worded in two languages', async () => {
    const backend = fixture.open();
    const imported = await backend.callFromTransport('import.files', {
      files: [
        { name: 'seed-article.txt', data: base64(fixtureBytes('seed-article.txt')) },
        { name: 'saved-article-page.html', data: base64(fixtureBytes('saved-article-page.html')) },
      ],
    });
    if (!imported.ok) throw new Error(imported.error.message);
    const warnings = (imported.value as { articles: ImportedArticleSummary[] }).articles.flatMap((article) => article.warnings);
    expect(warnings.length).toBeGreaterThan(5);
    for (const warning of warnings) expect(Object.keys(warning).every((key) => key === 'code' || key === 'subject'), JSON.stringify(warning)).toBe(true);
    expect(warnings).toContainEqual({ code: 'byline-guessed', subject: 'Hồng Ngọc' });

    const refused = await backend.callFromTransport('import.files', { files: [{ name: 'bai-viet.docx', data: base64(new TextEncoder().encode('Đây là văn bản thường.')) }] });
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error).toMatchObject({ reason: 'import-content-mismatch', params: { fileName: 'bai-viet.docx', format: 'docx', content: 'text' } });
    expect(refused.error.message).not.toMatch(/[àáảãạăâđèéẻẽẹêìíòóỏõọôơùúủũụưỳý]/iu);
  });

  it('validates its arguments: at least one file, at most 50, names and base64', async () => {
    const backend = fixture.open();
    expect((await callError(backend, 'import.files', { files: [] })).code).toBe('invalid_argument');
    const many = Array.from({ length: importLimits.files + 1 }, (_, index) => ({ name: `${index}.txt`, data: base64(new TextEncoder().encode('Tin')) }));
    expect((await callError(backend, 'import.files', { files: many })).where).toBe('files');
    expect((await callError(backend, 'import.files', { files: [{ name: '', data: '' }] })).where).toBe('files.0.name');
    expect((await callError(backend, 'import.files', { files: [{ name: 'a.txt', data: 'không phải base64' }] })).where).toBe('files.0.data');
  });

  it('writes imported text in the tone style of Cài đặt: headline, sapo, body, captions and credits', async () => {
    const backend = fixture.open();
    const png = base64(tinyPng());
    const html = `<h1>Thành ủy khen thưởng đội thủy lợi</h1><p><strong>(Thanhuytphcm.vn) - Sáng nay, Quận ủy Quận 3 tổ chức hòa giải.</strong></p>
      <figure><img src="data:image/png;base64,${png}" alt="Đội thủy lợi"><figcaption>Lễ ra mắt tổ hòa giải. Ảnh: Thủy Tiên</figcaption></figure>
      <p>Đội thủy lợi <em>khỏe</em> mạnh; quý hoàng toán vẫn như cũ.</p>`;
    const importHtml = async () =>
      (await call(backend, 'import.files', { files: [{ name: 'tin.html', data: base64(new TextEncoder().encode(html)) }] })).articles[0]!;

    await call(backend, 'settings.update', { changes: { toneStyle: 'new' } });
    const imported = await importHtml();
    expect(imported).toMatchObject({
      headline: 'Thành uỷ khen thưởng đội thuỷ lợi',
      sapo: 'Sáng nay, Quận uỷ Quận 3 tổ chức hoà giải.',
      figures: [{ caption: 'Lễ ra mắt tổ hoà giải.', credit: 'Thuỷ Tiên' }],
    });
    const stored = await call(backend, 'articles.get', { id: imported.id });
    expect(stored.headline).toBe('Thành uỷ khen thưởng đội thuỷ lợi');
    expect(stored.sapo).toBe('Sáng nay, Quận uỷ Quận 3 tổ chức hoà giải.');
    const figure = stored.body.content!.find((node) => node.type === 'figure')!;
    expect(figure.attrs).toMatchObject({ caption: 'Lễ ra mắt tổ hoà giải.', credit: 'Thuỷ Tiên', alt: 'Đội thuỷ lợi' });
    const paragraph = stored.body.content!.at(-1)!;
    expect(paragraph.content).toEqual([
      { type: 'text', text: 'Đội thuỷ lợi ' },
      { type: 'text', text: 'khoẻ', marks: [{ type: 'italic' }] },
      { type: 'text', text: ' mạnh; quý hoàng toán vẫn như cũ.' },
    ]);

    await call(backend, 'settings.update', { changes: { toneStyle: 'old' } });
    const inOldStyle = await importHtml();
    expect(inOldStyle).toMatchObject({ headline: 'Thành ủy khen thưởng đội thủy lợi', figures: [{ caption: 'Lễ ra mắt tổ hòa giải.', credit: 'Thủy Tiên' }] });
  });
});

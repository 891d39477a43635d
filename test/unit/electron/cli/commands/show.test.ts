import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBackend } from '../../../../../electron/backend/backend';
import { tinyPng } from '../../backend/import/import-test-files';
import { runNewsdesk } from '../cli-in-process';
import { temporaryFolder } from '../cli-process';

let folder: string;
let databasePath: string;
let articleId: number;
let emptyId: number;
let hash: string;

beforeAll(async () => {
  folder = temporaryFolder();
  databasePath = path.join(folder, 'newsdesk.sqlite');
  const backend = openBackend({ databasePath });
  try {
    const category = await backend.call('categories.create', { name: 'Xây dựng Đảng' });
    const writer = await backend.call('authors.create', { name: 'Nguyễn Hồng Ngọc', penName: 'Hồng Ngọc' });
    const photographer = await backend.call('authors.create', { name: 'Quốc Huy' });
    hash = (await backend.call('media.put', { data: Buffer.from(tinyPng()).toString('base64'), fileName: 'anh.png' })).hash;
    const body = {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'Chiều 3/6, Quận ủy Quận 3 tổ chức hội nghị.' }] },
        { type: 'figure', attrs: { hash: '', caption: 'Ảnh chưa có', credit: '', alt: '' } },
        { type: 'figure', attrs: { hash, caption: 'Quang cảnh hội nghị', credit: 'Quốc Huy', alt: 'Hội trường' } },
      ],
    };
    const article = await backend.call('articles.create', {
      fields: {
        headline: 'Hội nghị sơ kết',
        sapo: 'Quận ủy triển khai nhiệm vụ.',
        sourcePrefix: '(Thanhuytphcm.vn)',
        body,
        categoryId: category.id,
        date: '2024-03-29',
        datelinePlace: 'TP.HCM',
        tags: ['Quận 3', 'hội nghị'],
        bylines: { authors: [{ authorId: writer.id, role: 'writer' }, { authorId: photographer.id, role: 'photographer' }], team: false, source: '' },
      },
    });
    articleId = article.id;
    emptyId = (await backend.call('articles.create', { fields: { headline: 'Tin ngắn' } })).id;
  } finally {
    backend.close();
  }
});

afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

describe('newsdesk show', () => {
  it('prints the article as JSON with its category, bylines, figures and their sizes', async () => {
    const run = await runNewsdesk(['show', String(articleId), '--json', '--db', databasePath], { cwd: folder });
    expect(run.code, run.stderr).toBe(0);
    const shown = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(shown).toMatchObject({
      id: articleId,
      headline: 'Hội nghị sơ kết',
      sapo: 'Quận ủy triển khai nhiệm vụ.',
      sourcePrefix: '(Thanhuytphcm.vn)',
      status: 'draft',
      date: '2024-03-29',
      datelinePlace: 'TP.HCM',
      category: 'Xây dựng Đảng',
      tags: ['Quận 3', 'hội nghị'],
      bylines: [
        { name: 'Nguyễn Hồng Ngọc', penName: 'Hồng Ngọc', role: 'writer' },
        { name: 'Quốc Huy', penName: null, role: 'photographer' },
      ],
      figures: [
        { mediaHash: null, caption: 'Ảnh chưa có', credit: '', alt: '', width: null, height: null },
        { mediaHash: hash, caption: 'Quang cảnh hội nghị', credit: 'Quốc Huy', alt: 'Hội trường', width: 4, height: 3 },
      ],
      featuredFigure: 0,
      related: [],
    });
    expect(shown.wordCount).toBeGreaterThan(10);
    expect(new Date(shown.updatedAt as string).toISOString()).toBe(shown.updatedAt);
  });

  it('prints a readable article by default, with its byline line', async () => {
    const run = await runNewsdesk(['show', String(articleId), '--db', databasePath], { cwd: folder });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(`#${articleId}  Hội nghị sơ kết`);
    expect(run.stdout).toContain('Byline: Hồng Ngọc - Ảnh: Quốc Huy');
    expect(run.stdout).toContain('Date: Thứ Sáu, ngày 29 tháng 3 năm 2024 · TP.HCM');
    expect(run.stdout).toContain('Tags: Quận 3, hội nghị');
    expect(run.stdout).toContain('(Thanhuytphcm.vn) - Quận ủy triển khai nhiệm vụ.');
    expect(run.stdout).toContain('[Figure 2] Quang cảnh hội nghị (Ảnh: Quốc Huy)');
  });

  it('has no featured figure for an article without figures', async () => {
    const run = await runNewsdesk(['show', String(emptyId), '--json', '--db', databasePath], { cwd: folder });
    expect(JSON.parse(run.stdout)).toMatchObject({ figures: [], featuredFigure: null, category: null, bylines: [], date: null, datelinePlace: '', tags: [] });

  });

  it('exits with 1 naming an article that does not exist, and 2 for an id that is not one', async () => {
    const missing = await runNewsdesk(['show', '999', '--db', databasePath], { cwd: folder });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('999');
    const bad = await runNewsdesk(['show', 'abc', '--db', databasePath], { cwd: folder });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('ID must be an article id');
  });
});

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBackend } from '../../../../../electron/backend/backend';
import { importLimits } from '../../../../../shared/model/import';
import { runNewsdesk } from '../cli-in-process';
import { temporaryFolder } from '../cli-process';

const seedFixture = fileURLToPath(new URL('../../../../fixtures/import/seed-article.txt', import.meta.url));
const pageFixture = fileURLToPath(new URL('../../../../fixtures/import/saved-article-page.html', import.meta.url));

let folder: string;

beforeAll(() => {
  folder = temporaryFolder();
});

afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

/** What articles.list shows in the database (none when the file was never created). */
async function listedArticles(databasePath: string): Promise<unknown[]> {
  if (!fs.existsSync(databasePath)) return [];
  const backend = openBackend({ databasePath });
  try {
    return await backend.call('articles.list', {});
  } finally {
    backend.close();
  }
}

describe('newsdesk import', () => {
  it('imports the seed article into a new database and prints exactly the JSON of the issue', async () => {
    const databasePath = path.join(folder, 'seed.sqlite');
    const run = await runNewsdesk(['import', seedFixture, '--json', '--db', databasePath], { cwd: folder });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const output = JSON.parse(run.stdout) as { articles: Array<Record<string, unknown>> };
    expect(Object.keys(output)).toEqual(['articles']);
    expect(output.articles).toHaveLength(1);
    const [article] = output.articles;
    expect(Object.keys(article!).sort()).toEqual(['bylines', 'figures', 'headline', 'id', 'sapo', 'sourcePrefix', 'warnings']);
    expect(article).toMatchObject({
      id: 1,
      headline: 'Cần đầu tư, quan tâm hơn nữa để hỗ trợ các hội quần chúng hoạt động tốt hơn tại địa phương',
      sourcePrefix: '(Thanhuytphcm.vn)',
      bylines: ['Hồng Ngọc'],
      figures: [{ caption: 'Phó Bí thư thường trực Quận ủy Quận 3 Nguyễn Thành Nam phát biểu chỉ đạo tại hội nghị', credit: '' }],
    });
    expect(article!.sapo).toMatch(/^Chiều 3\/6, Quận ủy Quận 3/u);
    const warnings = article!.warnings as Array<Record<string, unknown>>;
    // Codes and what was found, never words: the interface words them in its language, the CLI in English.
    expect(warnings.every((warning) => Object.keys(warning).every((key) => key === 'code' || key === 'subject'))).toBe(true);
    expect(warnings).toContainEqual({ code: 'byline-guessed', subject: 'Hồng Ngọc' });
    expect(warnings.map((warning) => warning.code)).toEqual(expect.arrayContaining(['headline-guessed', 'byline-guessed', 'chrome-removed']));
    expect(await listedArticles(databasePath)).toEqual([expect.objectContaining({ id: 1, status: 'draft' })]);
  });

  it('prints a readable summary by default', async () => {
    const databasePath = path.join(folder, 'summary.sqlite');
    const run = await runNewsdesk(['import', seedFixture, pageFixture, '--db', databasePath], { cwd: folder });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Imported 2 articles into ${databasePath}:`);
    expect(run.stdout).not.toMatch(/đã nhập|chưa có tiêu đề|Nguồn:|Tác giả:|Ảnh:/u);
    expect(run.stdout).toContain('    Source: (Thanhuytphcm.vn) · Bylines: Hồng Ngọc');
    expect(run.stdout).toContain('    - byline-guessed: byline guessed from the last line: Hồng Ngọc');
    expect(run.stdout).toMatch(/#1 {2}Cần đầu tư, quan tâm hơn nữa/u);
    expect(run.stdout).toMatch(/#2 {2}Phường Võ Thị Sáu ra mắt mô hình/u);
    expect(run.stdout).toContain('- image-not-embedded:');
  });

  it('imports the good files, names a bad one on stderr, lists it under failed, and exits 1', async () => {
    const databasePath = path.join(folder, 'bad.sqlite');
    const fakeWord = path.join(folder, 'bai-viet.docx');
    fs.writeFileSync(fakeWord, 'Đây là văn bản thường, không phải tệp Word.');
    const run = await runNewsdesk(['import', seedFixture, fakeWord, '--json', '--db', databasePath], { cwd: folder });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('bai-viet.docx: the file is named .docx but its content is plain text');
    expect(run.stderr).toContain('1 of 2 files not imported');
    const output = JSON.parse(run.stdout) as { articles: Array<{ id: number; headline: string }>; failed: unknown[] };
    expect(Object.keys(output)).toEqual(['articles', 'failed']);
    expect(output.articles).toEqual([expect.objectContaining({ id: 1, headline: expect.stringMatching(/^Cần đầu tư/u) })]);
    expect(output.failed).toEqual([
      { fileName: 'bai-viet.docx', code: 'unsupported_media_type', message: expect.stringMatching(/^bai-viet\.docx: the file is named \.docx but its content is plain text.*Nothing was imported\.$/u) },
    ]);
    expect(await listedArticles(databasePath)).toEqual([expect.objectContaining({ id: 1 })]);
  });

  it('exits 1 naming a file over 50 MB, without reading it, and prints no empty summary', async () => {
    const databasePath = path.join(folder, 'large.sqlite');
    const junk = path.join(folder, 'rac.txt');
    fs.writeFileSync(junk, '');
    fs.truncateSync(junk, importLimits.fileBytes + 1);
    const run = await runNewsdesk(['import', junk, '--db', databasePath], { cwd: folder });
    fs.rmSync(junk);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('rac.txt: the file is 50.0 MB; the limit is 50.0 MB per file');
    expect(await listedArticles(databasePath)).toEqual([]);
  });

  it('prints the articles imported, then names each file that was not (missing, a folder), and exits 1', async () => {
    fs.mkdirSync(path.join(folder, 'thu-muc'), { recursive: true });
    const run = await runNewsdesk(['import', 'khong-co.txt', 'thu-muc', seedFixture, '--db', path.join(folder, 'mixed.sqlite')], { cwd: folder });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('Imported 1 article');
    expect(run.stdout).toMatch(/#1 {2}Cần đầu tư/u);
    expect(run.stderr).toContain('newsdesk import: khong-co.txt: Newsdesk could not read the file (ENOENT');
    expect(run.stderr).toContain('newsdesk import: thu-muc: not a file. Give the path of a .txt, .html or .docx file.');
    expect(run.stderr).toContain('2 of 3 files not imported');
  });

  it('exits 2 when no file is given', async () => {
    const run = await runNewsdesk(['import', '--db', path.join(folder, 'none.sqlite')], { cwd: folder });
    expect(run.code).toBe(2);
  });
});

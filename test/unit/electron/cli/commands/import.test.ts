import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBackend } from '../../../../../electron/backend/backend';
import { importLimits } from '../../../../../shared/model/import';
import { runNewsdesk, temporaryFolder } from '../cli-process';

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
    const outcome = await backend.callFromTransport('articles.list', {});
    if (!outcome.ok) throw new Error(outcome.error.message);
    return outcome.value as unknown[];
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

  it('exits 1 naming a bad file, and creates nothing', async () => {
    const databasePath = path.join(folder, 'bad.sqlite');
    const fakeWord = path.join(folder, 'bai-viet.docx');
    fs.writeFileSync(fakeWord, 'Đây là văn bản thường, không phải tệp Word.');
    const run = await runNewsdesk(['import', seedFixture, fakeWord, '--json', '--db', databasePath], { cwd: folder });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('bai-viet.docx: the file is named .docx but its content is plain text');
    expect(await listedArticles(databasePath)).toEqual([]);
  });

  it('exits 1 naming a file over 50 MB, without reading it, and creates nothing', async () => {
    const databasePath = path.join(folder, 'large.sqlite');
    const junk = path.join(folder, 'rac.txt');
    fs.writeFileSync(junk, Buffer.alloc(importLimits.fileBytes + 1, 0x2a));
    const run = await runNewsdesk(['import', junk, '--db', databasePath], { cwd: folder });
    fs.rmSync(junk);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('rac.txt: the file is 50.0 MB; the limit is 50.0 MB per file');
    expect(await listedArticles(databasePath)).toEqual([]);
  });

  it('exits 1 naming a file that does not exist', async () => {
    const run = await runNewsdesk(['import', 'khong-co.txt', '--db', path.join(folder, 'missing.sqlite')], { cwd: folder });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('khong-co.txt: cannot read the file');
  });

  it('exits 2 when no file is given', async () => {
    const run = await runNewsdesk(['import', '--db', path.join(folder, 'none.sqlite')], { cwd: folder });
    expect(run.code).toBe(2);
  });
});

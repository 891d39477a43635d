import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runNewsdesk } from '../cli-in-process';
import { seedDatabase, temporaryFolder } from '../cli-process';

let folder: string;
let databasePath: string;
let ids: number[];

beforeAll(async () => {
  folder = temporaryFolder();
  databasePath = path.join(folder, 'newsdesk.sqlite');
  ids = await seedDatabase(databasePath, [
    { headline: 'Khánh thành cầu mới ở Thủ Đức' },
    { headline: 'Đã duyệt: lịch cắt điện', status: 'approved' },
    { headline: 'Bài bị bỏ', trashed: true },
    { headline: 'Tin chờ duyệt', status: 'submitted' },
  ]);
});

afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

describe('newsdesk list', () => {
  it('prints a JSON array of {id, headline, status, updatedAt}, newest first, without trashed articles', async () => {
    const run = await runNewsdesk(['list', '--json', '--db', databasePath], { cwd: folder });
    expect(run.code).toBe(0);
    const articles = JSON.parse(run.stdout) as Array<Record<string, unknown>>;
    expect(articles.map((article) => article.id)).toEqual([ids[3], ids[1], ids[0]]);
    for (const article of articles) {
      expect(Object.keys(article).sort()).toEqual(['headline', 'id', 'status', 'updatedAt']);
      expect(new Date(article.updatedAt as string).toISOString()).toBe(article.updatedAt);
    }
    expect(articles[0]).toMatchObject({ headline: 'Tin chờ duyệt', status: 'submitted' });
  });

  it('filters by --status', async () => {
    const run = await runNewsdesk(['list', '--status', 'approved', '--json', '--db', databasePath], { cwd: folder });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual([expect.objectContaining({ id: ids[1], headline: 'Đã duyệt: lịch cắt điện', status: 'approved' })]);
  });

  it('lists the trash with --trashed', async () => {
    const run = await runNewsdesk(['list', '--trashed', '--json', '--db', databasePath], { cwd: folder });
    expect(JSON.parse(run.stdout)).toEqual([expect.objectContaining({ id: ids[2], headline: 'Bài bị bỏ' })]);
  });

  it('prints a table by default', async () => {
    const run = await runNewsdesk(['list', '--db', databasePath], { cwd: folder });
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^ID\s+STATUS\s+UPDATED\s+HEADLINE$/);
    expect(lines).toHaveLength(4);
    expect(lines[3]).toMatch(new RegExp(`^${ids[0]}\\s+draft\\s+\\S+\\s+Khánh thành cầu mới ở Thủ Đức$`));
  });

  it('exits with 2 naming --status when the status is unknown', async () => {
    const run = await runNewsdesk(['list', '--status', 'published', '--db', databasePath], { cwd: folder });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--status must be one of draft, submitted, approved, exported, not "published"');
  });

  it('exits with 1 naming a missing database, without creating it', async () => {
    const missing = path.join(folder, 'missing.sqlite');
    const run = await runNewsdesk(['list', '--db', missing], { cwd: folder });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(missing);
    expect(fs.existsSync(missing)).toBe(false);
  });

  it('exits with 1 naming a file that is not a database', async () => {
    const junk = path.join(folder, 'junk.sqlite');
    fs.writeFileSync(junk, 'this is not SQLite at all, just some text in a file\n'.repeat(100));
    const run = await runNewsdesk(['list', '--db', junk], { cwd: folder });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(junk);
    expect(run.stdout).toBe('');
  });
});

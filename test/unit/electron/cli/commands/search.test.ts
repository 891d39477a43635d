import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBackend } from '../../../../../electron/backend/backend';
import type { ArticleFields } from '../../../../../shared/model/article';
import { runNewsdesk } from '../cli-in-process';
import { temporaryFolder } from '../cli-process';

let folder: string;
let databasePath: string;
const ids: Record<string, number> = {};

async function createArticle(backend: ReturnType<typeof openBackend>, fields: ArticleFields): Promise<number> {
  return (await backend.call('articles.create', { fields })).id;
}

const body = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

beforeAll(async () => {
  folder = temporaryFolder();
  databasePath = path.join(folder, 'newsdesk.sqlite');
  const backend = openBackend({ databasePath });
  try {
    ids.seed = await createArticle(backend, {
      headline: 'Cần đầu tư, quan tâm hơn nữa để hỗ trợ các hội quần chúng hoạt động tốt hơn tại địa phương',
      sapo: 'Chiều 3/6, Quận ủy Quận 3 tổ chức hội nghị tổng kết.',
      status: 'approved',
    });
    ids.body = await createArticle(backend, { headline: 'Tin phường', body: body('Đảng ủy phường họp bàn về các hội quần chúng.') });
    ids.other = await createArticle(backend, { headline: 'Thời tiết', body: body('Nắng ráo.') });
  } finally {
    backend.close();
  }
});

afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

describe('newsdesk search', () => {
  it('prints a JSON array of {id, headline, snippet}, best match first, matches between « and »', async () => {
    const run = await runNewsdesk(['search', '--json', '--db', databasePath, 'hoi quan chung'], { cwd: folder });
    expect(run.code, run.stderr).toBe(0);
    const hits = JSON.parse(run.stdout) as Array<Record<string, unknown>>;
    expect(hits.map((hit) => hit.id)).toEqual([ids.seed, ids.body]);
    for (const hit of hits) expect(Object.keys(hit).sort()).toEqual(['headline', 'id', 'snippet']);
    expect(hits[1]).toEqual({ id: ids.body, headline: 'Tin phường', snippet: 'Đảng ủy phường họp bàn về các «hội quần chúng».' });
  });

  it('joins several arguments into one query and filters by --status', async () => {
    const run = await runNewsdesk(['search', '--json', '--status', 'approved', '--db', databasePath, 'hội', 'quần', 'chúng'], { cwd: folder });
    expect(run.code, run.stderr).toBe(0);
    expect((JSON.parse(run.stdout) as Array<{ id: number }>).map((hit) => hit.id)).toEqual([ids.seed]);
  });

  it('prints readable text with matches in [brackets] and a count', async () => {
    const run = await runNewsdesk(['search', '--db', databasePath, 'dang uy'], { cwd: folder });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe(`${ids.body}  draft  Tin phường\n    [Đảng ủy] phường họp bàn về các hội quần chúng.\n1 article matches.\n`);
  });

  it('limits the results with --limit', async () => {
    const run = await runNewsdesk(['search', '--json', '--limit', '1', '--db', databasePath, 'hoi'], { cwd: folder });
    expect((JSON.parse(run.stdout) as unknown[]).length).toBe(1);
  });

  it.each([['tp.hcm'], ['"'], ['*'], ['NEAR('], ['-']])('accepts %j and prints an empty array', async (query) => {
    const run = await runNewsdesk(['search', '--json', '--db', databasePath, '--', query], { cwd: folder });
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual([]);
  });

  it('says so when nothing matches', async () => {
    const run = await runNewsdesk(['search', '--db', databasePath, 'xyz'], { cwd: folder });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('No article matches "xyz".\n');
  });

  it('exits with 2 naming the flag for a bad --limit or --status, and without a query', async () => {
    const badLimit = await runNewsdesk(['search', '--limit', '0', '--db', databasePath, 'hoi'], { cwd: folder });
    expect(badLimit.code).toBe(2);
    expect(badLimit.stderr).toContain('--limit must be a whole number from 1 to 100, not "0"');
    const badStatus = await runNewsdesk(['search', '--status', 'published', '--db', databasePath, 'hoi'], { cwd: folder });
    expect(badStatus.code).toBe(2);
    expect(badStatus.stderr).toContain('--status must be one of');
    const noQuery = await runNewsdesk(['search', '--db', databasePath], { cwd: folder });
    expect(noQuery.code).toBe(2);
    expect(noQuery.stderr).toContain('needs QUERY');
  });
  it('filters by day (--from, --to, in Vietnam time), --author and --category', async () => {
    const vietnamDay = (offsetDays: number) => new Date(Date.now() + 7 * 3_600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10);
    const hitIds = async (...flags: string[]) => {
      const run = await runNewsdesk(['search', '--json', ...flags, '--db', databasePath, 'hoi quan chung'], { cwd: folder });
      expect(run.code, run.stderr).toBe(0);
      return (JSON.parse(run.stdout) as Array<{ id: number }>).map((hit) => hit.id);
    };
    expect(await hitIds('--from', vietnamDay(0), '--to', vietnamDay(0))).toEqual([ids.seed, ids.body]);
    expect(await hitIds('--from', vietnamDay(1))).toEqual([]);
    expect(await hitIds('--to', vietnamDay(-1))).toEqual([]);
    expect(await hitIds('--author', '999999')).toEqual([]);
    expect(await hitIds('--category', '999999')).toEqual([]);
  });

  it('exits with 2 naming the flag for a bad day or id', async () => {
    const badDay = await runNewsdesk(['search', '--from', '2024-02-30', '--db', databasePath, 'hoi'], { cwd: folder });
    expect(badDay.code).toBe(2);
    expect(badDay.stderr).toContain('--from must be a date written YYYY-MM-DD');
    const badId = await runNewsdesk(['search', '--author', 'Hồng Ngọc', '--db', databasePath, 'hoi'], { cwd: folder });
    expect(badId.code).toBe(2);
    expect(badId.stderr).toContain('--author must be a positive whole number');
  });
});

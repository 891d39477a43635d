import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBackend } from '../../../../../electron/backend/backend';
import { runNewsdesk } from '../cli-in-process';
import { temporaryFolder } from '../cli-process';

const fixtures = path.resolve(import.meta.dirname, '../../../../fixtures/comments');
let folder: string;
let databasePath: string;

beforeAll(() => {
  folder = temporaryFolder();
  databasePath = path.join(folder, 'newsdesk.sqlite');
});

afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

const run = (...args: string[]) => runNewsdesk([...args, '--db', databasePath], { cwd: folder });

describe('newsdesk comments', () => {
  it('imports files (creating the database), idempotently, and reports each file', async () => {
    const first = await run('comments', 'import', path.join(fixtures, 'portal.json'), path.join(fixtures, 'portal.csv'));
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toBe(
      [
        'portal.json (json): 2 new, 0 updated, 0 unchanged, 0 matched to articles.',
        'portal.csv (csv): 3 new, 0 updated, 0 unchanged, 0 matched to articles.',
        '  warning: line 3 (id c-2): HTML kept as text',
        '',
      ].join('\n'),
    );
    const again = await run('comments', 'import', path.join(fixtures, 'portal.json'), '--json');
    expect(again.code, again.stderr).toBe(0);
    expect(JSON.parse(again.stdout)).toEqual([{ file: 'portal.json', format: 'json', created: 0, updated: 0, unchanged: 2, keptDecisions: 0, matchedToArticles: 0, warnings: [] }]);
  });

  it('refuses a bad file, naming it with the line, and imports nothing of the call', async () => {
    const bad = await run('comments', 'import', path.join(fixtures, 'wordpress.wxr.xml'), path.join(fixtures, 'portal-bad-quote.csv'));
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('portal-bad-quote.csv, line 3: text after the closing quote of a field');
    const listed = await run('comments', 'list', '--json');
    expect((JSON.parse(listed.stdout) as unknown[]).length).toBe(5);
    expect((await run('comments', 'import')).code).toBe(2);
  });

  it('lists comments as JSON with exactly the documented keys, by status', async () => {
    const listed = await run('comments', 'list', '--json');
    expect(listed.code, listed.stderr).toBe(0);
    const comments = JSON.parse(listed.stdout) as Array<Record<string, unknown>>;
    const first = comments.find((comment) => comment.externalId === 'j-1')!;
    expect(Object.keys(first)).toEqual(['id', 'externalId', 'source', 'articleId', 'articleTitle', 'articleUrl', 'author', 'email', 'body', 'createdAt', 'parentExternalId', 'status', 'flags', 'reports', 'decidedAt', 'moderator', 'note']);
    expect(first).toMatchObject({ source: 'portal', articleId: null, author: 'Hoàng Nam', status: 'pending', reports: 0, decidedAt: null });
    expect(first.flags).toEqual(expect.arrayContaining([{ kind: 'link', entry: null, match: 'www.example.com' }]));
    const approved = await run('comments', 'list', '--status', 'approved', '--json');
    expect((JSON.parse(approved.stdout) as Array<{ externalId: string }>).map((comment) => comment.externalId).sort()).toEqual(['2', 'c-2']);
    const table = await run('comments', 'list', '--status', 'rejected');
    expect(table.stdout).toMatch(/^ID\s+STATUS\s+CREATED\s+AUTHOR\s+FLAGS\s+BODY\n\d+\s+rejected\s+2024-03-03T03:00:00.000Z\s+Ẩn danh\s+Nội dung bị từ chối\n$/u);
    expect((await run('comments', 'list', '--status', 'later')).code).toBe(2);
    expect((await run('comments', 'list', '--article', 'x')).code).toBe(2);
  });

  it('exports the decisions as JSON or CSV, since a time, atomically', async () => {
    const backend = openBackend({ databasePath });
    try {
      const pending = await backend.call('comments.list', { status: 'pending' });
      const c1 = pending.find((comment) => comment.externalId === 'c-1')!;
      await backend.call('settings.update', { changes: { moderatorName: 'Lan' } });
      await backend.call('comments.decide', { ids: [c1.id], decision: 'rejected', note: 'Xúc phạm, "nặng"' });
    } finally {
      backend.close();
    }
    const json = await run('comments', 'export', '--out', 'quyet-dinh.json');
    expect(json.code, json.stderr).toBe(0);
    expect(json.stdout).toBe(`Wrote 1 decision to ${path.join(folder, 'quyet-dinh.json')}.\n`);
    const decisions = JSON.parse(fs.readFileSync(path.join(folder, 'quyet-dinh.json'), 'utf8')) as Array<Record<string, string>>;
    expect(decisions).toEqual([{ externalId: 'c-1', source: 'portal', status: 'rejected', decidedAt: expect.any(String), moderator: 'Lan', note: 'Xúc phạm, "nặng"' }]);
    const csv = await run('comments', 'export', '--out', 'quyet-dinh.csv', '--format', 'csv');
    expect(csv.code, csv.stderr).toBe(0);
    expect(fs.readFileSync(path.join(folder, 'quyet-dinh.csv'), 'utf8')).toBe(
      `externalId,source,status,decidedAt,moderator,note\r\nc-1,portal,rejected,${decisions[0]!.decidedAt},Lan,"Xúc phạm, ""nặng"""\r\n`,
    );
    const later = await run('comments', 'export', '--out', 'quyet-dinh.json', '--since', '2999-01-01');
    expect(later.stdout).toMatch(/^Wrote 0 decisions/u);
    expect(fs.readFileSync(path.join(folder, 'quyet-dinh.json'), 'utf8')).toBe('[]\n');
    expect(fs.readdirSync(folder).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    expect((await run('comments', 'export')).code).toBe(2);
    expect((await run('comments', 'export', '--out', 'x', '--format', 'xml')).code).toBe(2);
    expect((await run('comments', 'export', '--out', 'x', '--since', 'hôm qua')).code).toBe(2);
  });

  it('imports a word list from a text file and lists the lists', async () => {
    fs.writeFileSync(path.join(folder, 'tu-cam.txt'), '# Từ cấm của tòa soạn\nlừa đảo\nđồ ngu\n');
    const imported = await run('comments', 'words', 'import', 'tu-cam.txt', '--list', 'banned', '--replace');
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout).toMatch(/^Replaced the banned list \(2 entries in all\); \d+ comments flagged again\.\n$/u);
    const listed = await run('comments', 'words', 'list', '--json');
    expect(JSON.parse(listed.stdout)).toMatchObject({ banned: ['lừa đảo', 'đồ ngu'] });
    const text = await run('comments', 'words', 'list');
    expect(text.stdout).toContain('Từ cấm (banned): 2 entries\n  lừa đảo\n  đồ ngu\n');
    expect((await run('comments', 'words', 'import', 'tu-cam.txt')).code).toBe(2);
    expect((await run('comments', 'words', 'import', 'khong-co.txt', '--list', 'suspect')).code).toBe(1);
    expect((await run('comments', 'words', 'remove')).code).toBe(2);
  });
});

import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBackend } from '../../../../../electron/backend/backend';
import { runNewsdesk } from '../cli-in-process';
import { seedDatabase, temporaryFolder } from '../cli-process';

let folder: string;
let databasePath: string;

beforeAll(async () => {
  folder = temporaryFolder();
  databasePath = path.join(folder, 'newsdesk.sqlite');
  await seedDatabase(databasePath, [{ headline: 'Bài để kiểm tra' }]);
});

afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

describe('newsdesk check', () => {
  it('reports pragmas, schema version and quick_check, and exits with 0 on a sound database', async () => {
    const run = await runNewsdesk(['check', '--db', databasePath], { cwd: folder });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Database: ${databasePath}`);
    expect(run.stdout).toMatch(/^Schema version: [1-9]\d*$/m);
    expect(run.stdout).toMatch(/^quick_check: ok$/m);
    expect(run.stdout).toMatch(/^ {2}journal_mode = wal$/m);
    expect(run.stdout).toMatch(/^ {2}foreign_keys = 1$/m);
    expect(run.stdout).toMatch(/^Result: ok$/m);
    expect(run.stderr).toBe('');
  });

  it('prints the report as JSON with --json', async () => {
    const run = await runNewsdesk(['check', '--json', '--db', databasePath], { cwd: folder });
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(report).toMatchObject({ databasePath, ok: true, problems: [], quickCheck: 'ok', pragmas: { journal_mode: 'wal', synchronous: 2 } });
    expect(report.schemaVersion).toBeGreaterThan(0);
  });

  it('exits with 1 naming a file that is not a database', async () => {
    const junk = path.join(folder, 'junk.sqlite');
    fs.writeFileSync(junk, Buffer.alloc(8192, 0x5a));
    const run = await runNewsdesk(['check', '--db', junk], { cwd: folder });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(junk);
    expect(run.stdout).toMatch(/^Result: 1 problem/m);
  });

  it('exits with 1 naming a missing file, and does not create it', async () => {
    const missing = path.join(folder, 'nowhere', 'missing.sqlite');
    const run = await runNewsdesk(['check', '--json', '--db', missing], { cwd: folder });
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toMatchObject({ databasePath: missing, ok: false });
    expect(run.stderr).toContain(missing);
    expect(fs.existsSync(missing)).toBe(false);
  });

  it('opens the file read-only and changes nothing: same bytes, same mtime, no -wal or -shm', async () => {
    const listing = () => fs.readdirSync(folder).filter((file) => file.startsWith('newsdesk.sqlite')).sort();
    expect(listing()).toEqual(['newsdesk.sqlite']);
    const bytes = fs.readFileSync(databasePath);
    const mtime = fs.statSync(databasePath).mtimeMs;
    const run = await runNewsdesk(['check', '--db', databasePath], { cwd: folder });
    expect(run.code).toBe(0);
    expect(listing()).toEqual(['newsdesk.sqlite']);
    expect(fs.statSync(databasePath).mtimeMs).toBe(mtime);
    expect(fs.readFileSync(databasePath).equals(bytes)).toBe(true);
  });

  it('reports a zero-byte file as damaged, and leaves it empty', async () => {
    const empty = path.join(folder, 'empty.sqlite');
    fs.writeFileSync(empty, '');
    const run = await runNewsdesk(['check', '--db', empty], { cwd: folder });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`The database file ${empty} is damaged (the file is empty (0 bytes))`);
    expect(run.stdout).toContain('newsdesk restore --from FILE');
    expect(fs.statSync(empty).size).toBe(0);
  });

  it('checks a database that is in use (its -wal read too) without taking it over', async () => {
    const inUsePath = path.join(folder, 'in-use.sqlite');
    const backend = openBackend({ databasePath: inUsePath });
    try {
      await backend.call('articles.create', { fields: { headline: 'Chưa ghi vào tệp chính' } });
      expect(fs.existsSync(`${inUsePath}-wal`)).toBe(true);
      const run = await runNewsdesk(['check', '--json', '--db', inUsePath], { cwd: folder });
      expect(run.code, run.stderr).toBe(0);
      expect(JSON.parse(run.stdout)).toMatchObject({ ok: true, pragmas: { journal_mode: 'wal' } });
      expect((await backend.call('articles.list', {})).length).toBe(1);
    } finally {
      backend.close();
    }
  });
});

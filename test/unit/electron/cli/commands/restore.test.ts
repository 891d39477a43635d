import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runNewsdesk } from '../cli-in-process';
import { seedDatabase, temporaryFolder } from '../cli-process';

let folder: string;
let backupPath: string;

beforeAll(async () => {
  folder = temporaryFolder();
  const source = path.join(folder, 'source.sqlite');
  await seedDatabase(source, [{ headline: 'Bài trong bản sao lưu' }]);
  backupPath = path.join(folder, 'backup.sqlite');
  const run = await runNewsdesk(['backup', '--out', backupPath, '--db', source], { cwd: folder });
  expect(run.code, run.stderr).toBe(0);
});

afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

const headlines = async (databasePath: string) =>
  (JSON.parse((await runNewsdesk(['list', '--json', '--db', databasePath], { cwd: folder })).stdout) as Array<{ headline: string }>).map((article) => article.headline);

describe('newsdesk restore', () => {
  it('replaces a database with the checked backup and keeps the previous file aside', async () => {
    const databasePath = path.join(folder, 'work', 'newsdesk.sqlite');
    await seedDatabase(databasePath, [{ headline: 'Bài hiện tại' }]);
    const before = fs.readFileSync(databasePath);
    const run = await runNewsdesk(['restore', '--from', backupPath, '--json', '--db', databasePath], { cwd: folder });
    expect(run.code, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout) as { movedAsideTo: string; restoredFrom: string; databasePath: string };
    expect(result).toMatchObject({ databasePath, restoredFrom: backupPath });
    expect(result.movedAsideTo).toMatch(/newsdesk\.sqlite\.before-restore-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}Z$/);
    expect(fs.readFileSync(result.movedAsideTo).equals(before)).toBe(true);
    expect(await headlines(databasePath)).toEqual(['Bài trong bản sao lưu']);
  });

  it('restores over a damaged (empty) file, and into a missing one', async () => {
    const damaged = path.join(folder, 'damaged', 'newsdesk.sqlite');
    fs.mkdirSync(path.dirname(damaged));
    fs.writeFileSync(damaged, '');
    const run = await runNewsdesk(['restore', '--from', backupPath, '--db', damaged], { cwd: folder });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(`Restored ${damaged} from ${backupPath}`);
    expect(run.stdout).toMatch(/The previous file was kept as .*before-restore-/);
    expect(await headlines(damaged)).toEqual(['Bài trong bản sao lưu']);

    const missing = path.join(folder, 'new', 'newsdesk.sqlite');
    const created = await runNewsdesk(['restore', '--from', backupPath, '--json', '--db', missing], { cwd: folder });
    expect(created.code, created.stderr).toBe(0);
    expect(JSON.parse(created.stdout)).toMatchObject({ movedAsideTo: null });
    expect(await headlines(missing)).toEqual(['Bài trong bản sao lưu']);
  });

  it('refuses a damaged backup, changing nothing', async () => {
    const databasePath = path.join(folder, 'kept', 'newsdesk.sqlite');
    await seedDatabase(databasePath, [{ headline: 'Giữ nguyên' }]);
    const junk = path.join(folder, 'junk-backup.sqlite');
    const bytes = fs.readFileSync(backupPath);
    bytes.fill(0x5a, 4096, Math.min(bytes.length, 4096 * 8));
    fs.writeFileSync(junk, bytes);
    const run = await runNewsdesk(['restore', '--from', junk, '--db', databasePath], { cwd: folder });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`The backup ${junk} cannot be restored`);
    expect(run.stderr).toContain('Nothing was changed');
    expect(fs.readdirSync(path.dirname(databasePath))).toEqual(['newsdesk.sqlite']);
    expect(await headlines(databasePath)).toEqual(['Giữ nguyên']);
  });

  it('exits with 2 without --from, and with 1 naming a missing backup', async () => {
    const databasePath = path.join(folder, 'kept', 'newsdesk.sqlite');
    const usage = await runNewsdesk(['restore', '--db', databasePath], { cwd: folder });
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('--from FILE is required');
    const missing = await runNewsdesk(['restore', '--from', 'nowhere.sqlite', '--db', databasePath], { cwd: folder });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain(`There is no backup file ${path.join(folder, 'nowhere.sqlite')}`);
  });
});

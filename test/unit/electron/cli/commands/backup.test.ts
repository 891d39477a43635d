import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runNewsdesk, startNewsdesk } from '../cli-in-process';
import { seedDatabase, temporaryFolder } from '../cli-process';

let folder: string;
let databasePath: string;

beforeAll(async () => {
  folder = temporaryFolder();
  databasePath = path.join(folder, 'newsdesk.sqlite');
  await seedDatabase(databasePath, [{ headline: 'Bài cần sao lưu' }, { headline: 'Bài thứ hai', status: 'approved' }]);
});

afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

describe('newsdesk backup', () => {
  it('writes a copy that passes check and holds the same articles', async () => {
    const run = await runNewsdesk(['backup', '--out', 'copies/backup-1.sqlite', '--json', '--db', databasePath], { cwd: folder });
    expect(run.code).toBe(0);
    const outPath = path.join(folder, 'copies', 'backup-1.sqlite');
    expect(JSON.parse(run.stdout)).toEqual({ outPath, bytes: fs.statSync(outPath).size, integrity: 'ok' });

    const check = await runNewsdesk(['check', '--db', outPath], { cwd: folder });
    expect(check.code).toBe(0);
    const original = await runNewsdesk(['list', '--json', '--db', databasePath], { cwd: folder });
    const copy = await runNewsdesk(['list', '--json', '--db', outPath], { cwd: folder });
    expect(JSON.parse(copy.stdout)).toEqual(JSON.parse(original.stdout));
    expect(JSON.parse(copy.stdout)).toHaveLength(2);
  });

  it('says what it did in text by default', async () => {
    const run = await runNewsdesk(['backup', '--out', 'backup-text.sqlite', '--db', databasePath], { cwd: folder });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      `Backed up ${databasePath} to ${path.join(folder, 'backup-text.sqlite')} (${fs.statSync(path.join(folder, 'backup-text.sqlite')).size} bytes, integrity_check ok).\n`,
    );
  });

  it('exits with 1 naming an output file that exists, and leaves it alone', async () => {
    const existing = path.join(folder, 'existing.sqlite');
    fs.writeFileSync(existing, 'keep me');
    const run = await runNewsdesk(['backup', '--out', existing, '--db', databasePath], { cwd: folder });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`The backup file ${existing} already exists`);
    expect(fs.readFileSync(existing, 'utf8')).toBe('keep me');
  });

  it('exits with 2 without --out', async () => {
    const run = await runNewsdesk(['backup', '--db', databasePath], { cwd: folder });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--out FILE is required');
  });

  it('exits with 1 naming a missing database, and writes nothing', async () => {
    const missing = path.join(folder, 'missing.sqlite');
    const run = await runNewsdesk(['backup', '--out', 'never.sqlite', '--db', missing], { cwd: folder });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(missing);
    expect(fs.existsSync(path.join(folder, 'never.sqlite'))).toBe(false);
    expect(fs.existsSync(missing)).toBe(false);
  });

  it('shows its progress on stderr as percentages, and --json keeps stdout to the JSON alone', async () => {
    const run = await runNewsdesk(['backup', '--out', 'progress.sqlite', '--json', '--db', databasePath], { cwd: folder });
    expect(run.code).toBe(0);
    const percents = [...run.stderr.matchAll(/^newsdesk backup: (\d+)% \(\d+ of \d+ pages\)$/gm)].map((match) => Number(match[1]));
    expect(percents.length).toBeGreaterThan(2);
    expect(percents.at(-1)).toBe(100);
    expect(JSON.parse(run.stdout)).toMatchObject({ integrity: 'ok' });
  });

  it('exits with 2 for a --timeout that is not a whole number of seconds', async () => {
    for (const timeout of ['0', '-5', '1.5', 'soon', '100000']) {
      const run = await runNewsdesk(['backup', '--out', 'never.sqlite', '--timeout', timeout, '--db', databasePath], { cwd: folder });
      expect(run.code, timeout).toBe(2);
      expect(run.stderr).toContain('--timeout');
    }
    expect(fs.existsSync(path.join(folder, 'never.sqlite'))).toBe(false);
  });

  it('stops on Ctrl+C mid-copy and leaves no file, partial or final', async () => {
    const outFolder = path.join(folder, 'interrupted');
    const stopController = new AbortController();
    const run = startNewsdesk(['backup', '--out', path.join(outFolder, 'copy.sqlite'), '--db', databasePath], { cwd: folder, stopSignal: stopController.signal });
    const watch = () => {
      if (run.output.stderr.includes('%')) stopController.abort();
      else setImmediate(watch);
    };
    watch();
    expect(await run.exit).toBe(1);
    expect(run.output.stderr).toContain('was cancelled; no file was left');
    expect(fs.readdirSync(outFolder)).toEqual([]);
  });
});

import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runNewsdesk } from './cli-in-process';
import { seedDatabase, temporaryFolder } from './cli-process';

let folder: string;

beforeEach(() => {
  folder = temporaryFolder();
});

afterEach(() => {
  fs.rmSync(folder, { recursive: true, force: true });
});

describe('newsdesk', () => {
  it('lists every command with --help', async () => {
    const run = await runNewsdesk(['--help'], { cwd: folder });
    expect(run.code).toBe(0);
    for (const command of ['serve', 'list', 'check', 'backup']) expect(run.stdout).toMatch(new RegExp(`^  ${command} `, 'm'));
    expect(run.stdout).toContain('--db FILE');
  });

  it.each(['serve', 'list', 'check', 'backup'])('shows the help of %s with --help and with `help`', async (command) => {
    const run = await runNewsdesk([command, '--help'], { cwd: folder });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`^Usage: newsdesk ${command}`));
    expect(run.stdout).toContain('--db FILE');
    expect(run.stderr).toBe('');
    expect((await runNewsdesk(['help', command], { cwd: folder })).stdout).toBe(run.stdout);
  });

  it('exits with 2 and the help on stderr when no command is given', async () => {
    const run = await runNewsdesk([], { cwd: folder });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('no command given');
    expect(run.stdout).toBe('');
  });

  it('exits with 2 naming an unknown command', async () => {
    const run = await runNewsdesk(['frobnicate'], { cwd: folder });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('unknown command "frobnicate"');
  });

  it('exits with 2 naming an unknown flag', async () => {
    const run = await runNewsdesk(['list', '--colour', 'red'], { cwd: folder });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Unknown option --colour');
    expect(run.stdout).toBe('');
  });

  it('exits with 2 naming a flag whose value is missing', async () => {
    for (const args of [['list', '--db'], ['list', '--db', '--json'], ['backup', '--out']]) {
      const run = await runNewsdesk(args, { cwd: folder });
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr, args.join(' ')).toMatch(/The option --(db|out) needs a value/);
    }
  });

  it('exits with 2 on an argument the command does not take', async () => {
    const run = await runNewsdesk(['check', 'extra.sqlite'], { cwd: folder });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('extra.sqlite');
  });

  it('uses env NEWSDESK_DB, and --db over it, relative to the working directory', async () => {
    await seedDatabase(path.join(folder, 'from-env.sqlite'), [{ headline: 'Từ biến môi trường' }]);
    await seedDatabase(path.join(folder, 'from-flag.sqlite'), [{ headline: 'Từ cờ --db' }]);
    const fromEnv = await runNewsdesk(['list', '--json'], { cwd: folder, env: { NEWSDESK_DB: 'from-env.sqlite' } });
    expect(fromEnv.code).toBe(0);
    expect((JSON.parse(fromEnv.stdout) as Array<{ headline: string }>).map((article) => article.headline)).toEqual(['Từ biến môi trường']);

    const fromFlag = await runNewsdesk(['list', '--json', '--db', 'from-flag.sqlite'], { cwd: folder, env: { NEWSDESK_DB: 'from-env.sqlite' } });
    expect((JSON.parse(fromFlag.stdout) as Array<{ headline: string }>).map((article) => article.headline)).toEqual(['Từ cờ --db']);

    const flagFirst = await runNewsdesk(['--db=from-flag.sqlite', 'list', '--json'], { cwd: folder });
    expect((JSON.parse(flagFirst.stdout) as Array<{ headline: string }>).map((article) => article.headline)).toEqual(['Từ cờ --db']);
  });

  it("uses the desktop app's database by default ($XDG_CONFIG_HOME/Newsdesk/newsdesk.sqlite)", async () => {
    const defaultPath = path.join(folder, 'config', 'Newsdesk', 'newsdesk.sqlite');
    const missing = await runNewsdesk(['list'], { cwd: folder });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain(defaultPath);
    expect(fs.existsSync(defaultPath)).toBe(false);

    await seedDatabase(defaultPath, [{ headline: 'Bài trong thư mục của ứng dụng' }]);
    const found = await runNewsdesk(['list', '--json'], { cwd: folder });
    expect(found.code).toBe(0);
    expect(JSON.parse(found.stdout)).toMatchObject([{ headline: 'Bài trong thư mục của ứng dụng' }]);
  });
});

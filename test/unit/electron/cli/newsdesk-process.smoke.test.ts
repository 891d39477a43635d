import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { encodeTcvn3, latin1Bytes } from '../../shared/text/legacy/legacy-test-encoders';
import { runNewsdesk, seedDatabase, spawnNewsdesk, temporaryFolder, type CliRun } from './cli-process';

/**
 * One run of the real program (`node electron/cli/newsdesk.mjs`) per command, with a
 * representative case: the tsx loader, the real streams, standard input, the exit code and the
 * signals. Everything else about the commands is tested in-process (cli-in-process.ts), where a
 * run costs no process start-up.
 */

const seedFixture = fileURLToPath(new URL('../../../fixtures/import/seed-article.txt', import.meta.url));

let folder: string;
let databasePath: string;
let ids: number[];
const children: Array<ReturnType<typeof spawnNewsdesk>> = [];

beforeAll(async () => {
  folder = temporaryFolder();
  databasePath = path.join(folder, 'newsdesk.sqlite');
  ids = await seedDatabase(databasePath, [{ headline: 'Khánh thành cầu mới ở Thủ Đức' }, { headline: 'Tin chờ duyệt', status: 'submitted' }]);
});

afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

/** Runs the real `newsdesk ...args` with `input` on its standard input. */
function runWithInput(args: readonly string[], input: Uint8Array | string): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawnNewsdesk(args, { cwd: folder });
    children.push(child);
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (text: string) => (stdout += text));
    child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

// Each case starts a real process; a busy machine needs more than the default timeout.
describe('newsdesk as a real process', { timeout: 60_000 }, () => {
  it('--help lists every command', async () => {
    const run = await runNewsdesk(['--help'], { cwd: folder });
    expect(run.code).toBe(0);
    for (const command of ['serve', 'list', 'search', 'import', 'export', 'comments', 'convert', 'check', 'backup', 'restore']) expect(run.stdout).toMatch(new RegExp(`^  ${command} `, 'm'));
  });

  it('serve prints its address, answers, and closes cleanly on SIGTERM', async () => {
    const rendererDir = path.join(folder, 'renderer');
    fs.mkdirSync(rendererDir);
    fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Newsdesk test page</title>');
    const child = spawnNewsdesk(['serve', '--db', path.join(folder, 'served.sqlite'), '--renderer-dir', rendererDir], { cwd: folder });
    children.push(child);
    const output = { stdout: '', stderr: '' };
    child.stderr.setEncoding('utf8').on('data', (text: string) => (output.stderr += text));
    const exit = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    const line = await new Promise<string>((resolve, reject) => {
      child.stdout.setEncoding('utf8').on('data', (text: string) => {
        output.stdout += text;
        const end = output.stdout.indexOf('\n');
        if (end >= 0) resolve(output.stdout.slice(0, end));
      });
      child.on('close', () => reject(new Error(`serve ended before printing its address: ${output.stderr}`)));
    });
    const match = /^Newsdesk: (http:\/\/127\.0\.0\.1:\d+\/)#token=[A-Za-z0-9_-]{43}$/.exec(line);
    expect(match, line).not.toBeNull();
    const page = await fetch(match![1]!);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Newsdesk test page');

    child.kill('SIGTERM');
    expect(await exit).toBe(0);
    expect(output.stdout).toBe(`${line}\n`);
    expect(output.stderr).toContain('stopped; the database is closed');
  });

  it('list prints the articles as JSON', async () => {
    const run = await runNewsdesk(['list', '--json', '--db', databasePath], { cwd: folder });
    expect(run.code, run.stderr).toBe(0);
    expect((JSON.parse(run.stdout) as Array<{ id: number }>).map((article) => article.id)).toEqual([ids[1], ids[0]]);
  });

  it('show prints one article as JSON', async () => {
    const run = await runNewsdesk(['show', String(ids[0]), '--json', '--db', databasePath], { cwd: folder });
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ id: ids[0], headline: 'Khánh thành cầu mới ở Thủ Đức', figures: [], featuredFigure: null });
  });

  it('authors adds an author and lists it', async () => {
    const added = await runNewsdesk(['authors', 'add', 'Hồng Ngọc', '--pen-name', 'H.N', '--db', 'authors.sqlite'], { cwd: folder });
    expect(added.code, added.stderr).toBe(0);
    const listed = await runNewsdesk(['authors', 'list', '--json', '--db', 'authors.sqlite'], { cwd: folder });
    expect(listed.code, listed.stderr).toBe(0);
    expect(JSON.parse(listed.stdout)).toEqual([{ id: 1, name: 'Hồng Ngọc', penName: 'H.N', role: 'reporter', active: true }]);
  });

  it('search prints the matches', async () => {
    const run = await runNewsdesk(['search', '--db', databasePath, 'cau moi'], { cwd: folder });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe(`${ids[0]}  draft  Khánh thành [cầu mới] ở Thủ Đức\n1 article matches.\n`);
  });

  it('import imports a file into a new database', async () => {
    const run = await runNewsdesk(['import', seedFixture, '--json', '--db', 'imported.sqlite'], { cwd: folder });
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({
      articles: [{ id: 1, headline: 'Cần đầu tư, quan tâm hơn nữa để hỗ trợ các hội quần chúng hoạt động tốt hơn tại địa phương' }],
    });
  });

  it('export writes one .html per article and prints JSON', async () => {
    const run = await runNewsdesk(['export', String(ids[0]), '--out', 'exported', '--json', '--db', databasePath], { cwd: folder });
    expect(run.code, run.stderr).toBe(0);
    const written = path.join(folder, 'exported', 'khanh-thanh-cau-moi-o-thu-duc.html');
    expect(JSON.parse(run.stdout)).toMatchObject({ written: [{ id: ids[0], path: written }], failed: [] });
    expect(fs.readFileSync(written, 'utf8')).toMatch(/^<!doctype html>/i);
  });

  it('comments imports a comment file into a new database and prints the report', async () => {
    const wxr = fileURLToPath(new URL('../../../fixtures/comments/wordpress.wxr.xml', import.meta.url));
    const run = await runNewsdesk(['comments', 'import', wxr, '--json', '--db', 'comments.sqlite'], { cwd: folder });
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject([{ file: 'wordpress.wxr.xml', format: 'wxr', created: 4, updated: 0 }]);
  });

  it('convert reads standard input and writes UTF-8', async () => {
    const run = await runWithInput(['convert'], latin1Bytes(encodeTcvn3('Quận ủy Quận 3 tổ chức hội nghị\n')));
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('Quận ủy Quận 3 tổ chức hội nghị\n');
    expect(run.stderr).toContain('Detected encoding: TCVN3 (ABC)');
  });

  it('check exits with 0 on a sound database', async () => {
    const run = await runNewsdesk(['check', '--db', databasePath], { cwd: folder });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Result: ok$/m);
    expect(run.stderr).toBe('');
  });

  it('backup writes a checked copy', async () => {
    const run = await runNewsdesk(['backup', '--out', 'backup.sqlite', '--db', databasePath], { cwd: folder });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^Backed up .* \(\d+ bytes, integrity_check ok\)\.\n$/);
    expect(fs.existsSync(path.join(folder, 'backup.sqlite'))).toBe(true);
  });

  it('restore puts a backup in place and keeps the previous file aside', async () => {
    const target = path.join(folder, 'restored', 'newsdesk.sqlite');
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, '');
    const run = await runNewsdesk(['restore', '--from', 'backup.sqlite', '--db', target], { cwd: folder });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(`Restored ${target}`);
    expect(fs.readdirSync(path.dirname(target)).some((file) => file.startsWith('newsdesk.sqlite.before-restore-'))).toBe(true);
  });
});

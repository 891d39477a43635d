import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runNewsdesk, spawnNewsdesk, temporaryFolder } from '../cli-process';

let folder: string;
let rendererDir: string;
const children: ChildProcessWithoutNullStreams[] = [];

beforeAll(() => {
  folder = temporaryFolder();
  rendererDir = path.join(folder, 'renderer');
  fs.mkdirSync(rendererDir);
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Newsdesk test page</title>');
});

afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

interface ServeRun {
  child: ChildProcessWithoutNullStreams;
  firstLine: Promise<string>;
  output: { stdout: string; stderr: string };
  exit: Promise<number | null>;
}

function startServe(args: string[]): ServeRun {
  const child = spawnNewsdesk(['serve', ...args], { cwd: folder });
  children.push(child);
  const output = { stdout: '', stderr: '' };
  child.stderr.setEncoding('utf8').on('data', (text: string) => (output.stderr += text));
  const firstLine = new Promise<string>((resolve, reject) => {
    child.stdout.setEncoding('utf8').on('data', (text: string) => {
      output.stdout += text;
      const end = output.stdout.indexOf('\n');
      if (end >= 0) resolve(output.stdout.slice(0, end));
    });
    child.on('close', () => reject(new Error(`serve ended before printing its address: ${output.stderr}`)));
  });
  const exit = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  return { child, firstLine, output, exit };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

// Each case starts real processes; a busy machine needs more than the default timeout.
describe('newsdesk serve', { timeout: 60_000 }, () => {
  it('prints one line with the address and token, requires the token, and closes cleanly on SIGTERM', async () => {
    const databasePath = path.join(folder, 'served.sqlite');
    const port = await freePort();
    const serve = startServe(['--db', databasePath, '--port', String(port), '--renderer-dir', rendererDir]);
    const line = await serve.firstLine;
    const match = /^Newsdesk: (http:\/\/127\.0\.0\.1:(\d+)\/)#token=([A-Za-z0-9_-]{43})$/.exec(line);
    expect(match, line).not.toBeNull();
    const [, baseUrl, printedPort, token] = match!;
    expect(Number(printedPort)).toBe(port);

    const page = await fetch(baseUrl!);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Newsdesk test page');

    const call = (headers: Record<string, string>) =>
      fetch(`${baseUrl}api/app.info`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: '{}' });
    const refused = await call({});
    expect(refused.status).toBe(401);
    expect(await refused.json()).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    const answered = await call({ 'x-newsdesk-token': token! });
    expect(answered.status).toBe(200);
    expect(await answered.json()).toMatchObject({ ok: true, value: { databasePath } });

    serve.child.kill('SIGTERM');
    expect(await serve.exit).toBe(0);
    expect(serve.output.stdout).toBe(`${line}\n`);
    expect(serve.output.stderr).toContain('stopped; the database is closed');

    const check = await runNewsdesk(['check', '--db', databasePath], { cwd: folder });
    expect(check.code, check.stderr).toBe(0);
  });

  it('stops on SIGINT too', async () => {
    const serve = startServe(['--db', path.join(folder, 'interrupted.sqlite'), '--renderer-dir', rendererDir]);
    await serve.firstLine;
    serve.child.kill('SIGINT');
    expect(await serve.exit).toBe(0);
  });

  it('exits with 2 naming --port when it is not a port number', async () => {
    for (const port of ['http', '70000', '-1']) {
      const run = await runNewsdesk(['serve', '--port', port, '--db', path.join(folder, 'unused.sqlite'), '--renderer-dir', rendererDir], { cwd: folder });
      expect(run.code, port).toBe(2);
      expect(run.stderr, port).toContain('--port');
      expect(run.stdout, port).toBe('');
    }
  });

  it('exits with 1 naming a renderer folder without index.html', async () => {
    const run = await runNewsdesk(['serve', '--db', path.join(folder, 'unused.sqlite'), '--renderer-dir', folder], { cwd: folder });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`--renderer-dir ${folder} has no index.html`);
  });

  it('exits with 1 naming a database that is not SQLite', async () => {
    const junk = path.join(folder, 'junk.sqlite');
    fs.writeFileSync(junk, Buffer.alloc(4096, 0x41));
    const run = await runNewsdesk(['serve', '--db', junk, '--renderer-dir', rendererDir], { cwd: folder });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(junk);
    expect(run.stdout).toBe('');
  });
});

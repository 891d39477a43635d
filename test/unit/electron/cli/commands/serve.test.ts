import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
// newsdesk.js, not newsdesk: without an extension Vite would pick the bin, newsdesk.mjs, over newsdesk.ts.
import { stopSignalOnTermination } from '../../../../../electron/cli/newsdesk.js';
import { runNewsdesk, startNewsdesk, type InProcessNewsdesk } from '../cli-in-process';
import { temporaryFolder } from '../cli-process';

let folder: string;
let rendererDir: string;
const running: InProcessNewsdesk[] = [];

beforeAll(() => {
  folder = temporaryFolder();
  rendererDir = path.join(folder, 'renderer');
  fs.mkdirSync(rendererDir);
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Newsdesk test page</title>');
});

afterEach(async () => {
  for (const serve of running.splice(0)) {
    serve.stop();
    await serve.exit;
  }
});

afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

/**
 * Starts `newsdesk serve ...args` in this process, its stop signal aborted by SIGINT or SIGTERM
 * emitted on the returned `signals`, as runCliInProcess wires the real process's signals.
 */
function startServe(args: string[]): InProcessNewsdesk & { signals: EventEmitter } {
  const signals = new EventEmitter();
  const stop = stopSignalOnTermination(signals);
  const serve = startNewsdesk(['serve', ...args], { cwd: folder, stopSignal: stop.signal });
  const exit = serve.exit.finally(() => stop.dispose());
  const run = { ...serve, exit, stop: () => signals.emit('SIGTERM'), signals };
  running.push(run);
  return run;
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

describe('newsdesk serve', () => {
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

    serve.signals.emit('SIGTERM');
    expect(await serve.exit).toBe(0);
    expect(serve.output.stdout).toBe(`${line}\n`);
    expect(serve.output.stderr).toContain('stopped; the database is closed');
    expect(serve.signals.listenerCount('SIGINT') + serve.signals.listenerCount('SIGTERM')).toBe(0);

    const check = await runNewsdesk(['check', '--db', databasePath], { cwd: folder });
    expect(check.code, check.stderr).toBe(0);
  });

  it('stops on SIGINT too', async () => {
    const serve = startServe(['--db', path.join(folder, 'interrupted.sqlite'), '--renderer-dir', rendererDir]);
    await serve.firstLine;
    serve.signals.emit('SIGINT');
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

  it('serves a database that is not SQLite in the damaged mode: the message names it and offers the restore; the file is untouched', async () => {
    const junk = path.join(folder, 'junk.sqlite');
    const bytes = Buffer.alloc(4096, 0x41);
    fs.writeFileSync(junk, bytes);
    const serve = startServe(['--db', junk, '--renderer-dir', rendererDir]);
    expect(await serve.firstLine).toMatch(/^Newsdesk: http:\/\/127\.0\.0\.1:\d+\/#token=/);
    expect(serve.output.stderr).toContain(junk);
    expect(serve.output.stderr).toContain('Khôi phục từ bản sao lưu');
    expect(serve.output.stderr).toContain('newsdesk restore --from FILE');
    serve.stop();
    expect(await serve.exit).toBe(0);
    expect(fs.readFileSync(junk).equals(bytes)).toBe(true);
  });
});

// Regression test: the bundled main process (electron/dist/main.mjs) once failed at load because a
// bundled package (jsdom) read its own files through __dirname. Electron cannot run here, so the
// bundle is started under plain Node with a stub in place of `electron`.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Script } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventNames } from '../../../../shared/api/contract';

const repositoryRoot = path.resolve(import.meta.dirname, '../../../..');
const bundle = path.join(repositoryRoot, 'electron', 'dist', 'main.mjs');
let temporaryFolder = '';

beforeAll(() => {
  temporaryFolder = mkdtempSync(path.join(tmpdir(), 'newsdesk-main-bundle-'));
  const built = spawnSync(process.execPath, [path.join(repositoryRoot, 'electron', 'tools', 'build-electron.mjs')], {
    cwd: repositoryRoot,
    encoding: 'utf8',
  });
  if (built.status !== 0) throw new Error(`build-electron.mjs failed:\n${built.stdout}\n${built.stderr}`);
});

afterAll(() => {
  if (temporaryFolder) rmSync(temporaryFolder, { recursive: true, force: true });
});

describe('electron/dist/main.mjs', () => {
  it('loads, opens the database, serves the renderer and quits', () => {
    const appPath = path.join(temporaryFolder, 'app');
    mkdirSync(path.join(appPath, 'renderer', 'dist'), { recursive: true });
    writeFileSync(path.join(appPath, 'renderer', 'dist', 'index.html'), '<!doctype html><title>Newsdesk</title>');
    const userData = path.join(temporaryFolder, 'user-data');

    const environment: NodeJS.ProcessEnv = { ...process.env, STUB_APP_PATH: appPath, STUB_USER_DATA: userData };
    delete environment.NEWSDESK_DB;
    delete environment.NEWSDESK_USER_DATA;
    const started = spawnSync(process.execPath, [path.join(import.meta.dirname, 'main-bundle', 'start-main-bundle.mjs'), bundle], {
      cwd: repositoryRoot,
      env: environment,
      encoding: 'utf8',
      timeout: 60_000,
    });
    const lastLine = started.stdout.trim().split('\n').at(-1) ?? '';
    expect(started.status, started.stderr).toBe(0);
    const result = JSON.parse(lastLine) as Record<string, unknown>;

    expect(result.loadError).toBeUndefined();
    expect(result.errors).toEqual([]);
    expect(result).toMatchObject({
      started: true,
      windowUrl: 'app://newsdesk/index.html',
      appInfo: { ok: true, value: { version: '0.0.0-bundle-check', databasePath: path.join(userData, 'newsdesk.sqlite') } },
      page: { status: 200, contentSecurityPolicy: expect.stringContaining("script-src 'self'") },
      quit: true,
    });
  });
});

type Relay = (event: unknown, eventName: unknown, payload: unknown) => void;
type Subscribe = (name: string, listener: (payload: unknown) => void) => () => void;

describe('electron/dist/preload.cjs', () => {
  // The preload holds the contract's event names from build time: a name missing there makes the
  // page's subscription throw (as 'import.completed' would, with a preload built before it).
  it('relays every contract event to its listeners, and refuses unknown names', () => {
    const relays = new Set<Relay>();
    let bridge: { on: Subscribe } | null = null;
    const electron = {
      contextBridge: {
        exposeInMainWorld: (_name: string, exposed: { on: Subscribe }) => {
          bridge = exposed;
        },
      },
      ipcRenderer: {
        on: (channel: string, relay: Relay) => channel === 'newsdesk:event' && relays.add(relay),
        removeListener: (_channel: string, relay: Relay) => relays.delete(relay),
        invoke: () => Promise.resolve(null),
      },
    };
    const module = { exports: {} };
    const requireElectronOnly = (id: string) => {
      if (id === 'electron') return electron;
      throw new Error(`the preload requires ${id}`);
    };
    new Script(readFileSync(path.join(repositoryRoot, 'electron', 'dist', 'preload.cjs'), 'utf8')).runInNewContext({
      require: requireElectronOnly,
      module,
      exports: module.exports,
    });
    expect(bridge).not.toBeNull();
    const on = bridge!.on;

    expect(eventNames).toContain('import.completed');
    for (const name of eventNames) {
      const received: unknown[] = [];
      const stop = on(name, (payload) => received.push(payload));
      for (const relay of relays) {
        relay({ sender: 'hidden' }, name, { about: name });
        relay({ sender: 'hidden' }, 'another.event', { about: 'another' });
      }
      expect(received, name).toEqual([{ about: name }]);
      stop();
      expect(relays.size, name).toBe(0);
    }
    expect(() => on('no.such.event', () => {})).toThrow('Newsdesk has no event named no.such.event.');
  });
});

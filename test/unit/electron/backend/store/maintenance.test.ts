import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../../../shared/api/errors';
import { openBackend } from '../../../../../electron/backend/backend';
import { latestSchemaVersion } from '../../../../../electron/backend/store/migrations/runner';
import { backupDatabase, nextBackupStep } from '../../../../../electron/backend/store/maintenance';
import { backendFixture, call } from '../backend-fixture';

async function rejection(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(ApiError);
    return error as ApiError;
  }
  throw new Error('expected the promise to reject');
}

/** `database.check` of the file as it is, as `newsdesk check` runs it: no migration, no new file. */
async function checkFile(databasePath: string) {
  const backend = openBackend({ databasePath, mustExist: true, migrate: false });
  try {
    return await backend.call('database.check', {});
  } finally {
    backend.close();
  }
}

describe('database.check', () => {
  const fixture = backendFixture();

  it('reports a healthy database: pragmas, schema version, quick_check', async () => {
    const backend = fixture.open();
    const report = await call(backend, 'database.check', {});
    expect(report).toMatchObject({
      ok: true,
      problems: [],
      schemaVersion: latestSchemaVersion(),
      quickCheck: 'ok',
      pragmas: { journal_mode: 'wal', synchronous: 2, foreign_keys: 1, busy_timeout: 5000, trusted_schema: 0 },
    });
  });

  it('refuses to open a missing file for checking, and does not create it', async () => {
    const databasePath = path.join(fixture.folder(), 'missing', 'newsdesk.sqlite');
    const error = await rejection(checkFile(databasePath));
    expect(error).toMatchObject({ code: 'storage', message: `The database file ${databasePath} does not exist. Check the path (--db or NEWSDESK_DB).` });
    expect(fs.existsSync(path.dirname(databasePath))).toBe(false);
  });

  it('refuses to open a file that is not SQLite, naming it', async () => {
    const databasePath = path.join(fixture.folder(), 'photo.sqlite');
    fs.writeFileSync(databasePath, Buffer.alloc(8192, 0x41));
    const error = await rejection(checkFile(databasePath));
    expect(error.code).toBe('storage');
    expect(error.message).toContain(databasePath);
  });

  it('reports a database from a newer Newsdesk', async () => {
    const backend = fixture.open();
    const databasePath = backend.databasePath;
    backend.close();
    const raw = new BetterSqlite3(databasePath);
    raw.pragma(`user_version = ${latestSchemaVersion() + 10}`);
    raw.close();
    const report = await checkFile(databasePath);
    expect(report.ok).toBe(false);
    expect(report.schemaVersion).toBe(latestSchemaVersion() + 10);
    expect(report.problems.join('\n')).toMatch(/newer than this Newsdesk knows/);
  });

  it('reports rows that refer to missing rows', async () => {
    const backend = fixture.open();
    const databasePath = backend.databasePath;
    backend.close();
    const raw = new BetterSqlite3(databasePath);
    raw.pragma('foreign_keys = OFF');
    raw.prepare("INSERT INTO articles (headline, body_json, category_id, created_at, updated_at) VALUES ('x', '{}', 99, 'now', 'now')").run();
    raw.close();
    const report = await checkFile(databasePath);
    expect(report.ok).toBe(false);
    expect(report.problems).toEqual(['A row of articles (rowid 1) refers to a missing row of categories.']);
  });
});

describe('database.backup', () => {
  const fixture = backendFixture();

  it('copies a database in use, checks the copy, and the copy holds the data', async () => {
    const backend = fixture.open();
    await call(backend, 'articles.create', { fields: { headline: 'Hội nghị Thành ủy' } });
    const outPath = path.join(fixture.folder(), 'backups', 'newsdesk-backup.sqlite');
    const result = await call(backend, 'database.backup', { outPath });
    expect(result).toEqual({ outPath, bytes: fs.statSync(outPath).size, integrity: 'ok' });
    expect(result.bytes).toBeGreaterThan(0);
    expect(fs.readdirSync(path.dirname(outPath))).toEqual(['newsdesk-backup.sqlite']);
    const copy = new BetterSqlite3(outPath, { readonly: true });
    try {
      expect(copy.prepare('SELECT headline FROM articles').all()).toEqual([{ headline: 'Hội nghị Thành ủy' }]);
      expect(copy.pragma('journal_mode', { simple: true })).toBe('wal');
    } finally {
      copy.close();
    }
    expect((await checkFile(outPath)).ok).toBe(true);
  });

  it('refuses to overwrite an existing file unless asked', async () => {
    const backend = fixture.open();
    const outPath = path.join(fixture.folder(), 'existing.sqlite');
    fs.writeFileSync(outPath, 'keep me');
    const error = await rejection(call(backend, 'database.backup', { outPath }));
    expect(error.code).toBe('conflict');
    expect(error.message).toContain(outPath);
    expect(fs.readFileSync(outPath, 'utf8')).toBe('keep me');

    await call(backend, 'articles.create', {});
    const result = await call(backend, 'database.backup', { outPath, overwrite: true });
    expect(result.integrity).toBe('ok');
    const copy = new BetterSqlite3(outPath, { readonly: true });
    expect(copy.prepare('SELECT count(*) AS count FROM articles').get()).toEqual({ count: 1 });
    copy.close();
  });

  it('refuses to back a database up onto itself', async () => {
    const backend = fixture.open();
    const error = await rejection(call(backend, 'database.backup', { outPath: backend.databasePath, overwrite: true }));
    expect(error.code).toBe('invalid_argument');
  });

  it('never replaces a file that appeared at outPath while the copy was made', async () => {
    const backend = fixture.open();
    const outPath = path.join(fixture.folder(), 'late.sqlite');
    const pending = call(backend, 'database.backup', { outPath });
    fs.writeFileSync(outPath, 'keep me');
    expect(await rejection(pending)).toMatchObject({ code: 'conflict', reason: 'backup-exists' });
    expect(fs.readFileSync(outPath, 'utf8')).toBe('keep me');
    expect(fs.readdirSync(path.dirname(outPath))).toEqual(['late.sqlite']);
  });

  it('refuses a relative path', async () => {
    const backend = fixture.open();
    const error = await rejection(call(backend, 'database.backup', { outPath: 'copy.sqlite' }));
    expect(error).toMatchObject({ code: 'invalid_argument', where: 'outPath' });
  });

  it('is not offered to transports: the page cannot write files', async () => {
    const backend = fixture.open();
    const outPath = path.join(fixture.folder(), 'copy.sqlite');
    const outcome = await backend.callFromTransport('database.backup', { outPath });
    expect(outcome).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    expect(fs.existsSync(outPath)).toBe(false);
  });
});

describe('backupDatabase: progress, writers, time limit, cancel', () => {
  const fixture = backendFixture();

  /** A database of some hundred pages, so that a backup takes several steps. */
  async function biggerBackend() {
    const backend = fixture.open();
    for (let index = 0; index < 40; index += 1) {
      await call(backend, 'articles.create', { fields: { headline: `Bài ${index}`, sapo: 'Sa pô '.repeat(300) } });
    }
    return backend;
  }

  const filesIn = (folder: string) => (fs.existsSync(folder) ? fs.readdirSync(folder) : []);

  it('reports progress in steps of about 5% and ends at all pages', async () => {
    const backend = await biggerBackend();
    const steps: Array<{ copiedPages: number; totalPages: number }> = [];
    const outPath = path.join(fixture.folder(), 'copy.sqlite');
    await backupDatabase(backend.database, outPath, { onProgress: (progress) => steps.push(progress) });
    expect(steps.length).toBeGreaterThanOrEqual(10);
    const last = steps.at(-1)!;
    expect(last.copiedPages).toBe(last.totalPages);
    expect(steps.map((step) => step.copiedPages)).toEqual([...steps.map((step) => step.copiedPages)].sort((a, b) => a - b));
  });

  it('finishes while another connection writes between every two steps (small steps alone would restart forever)', async () => {
    const backend = await biggerBackend();
    const writer = new BetterSqlite3(backend.databasePath);
    writer.pragma('busy_timeout = 5000');
    let writes = 0;
    const outPath = path.join(fixture.folder(), 'busy.sqlite');
    try {
      await backupDatabase(backend.database, outPath, {
        onProgress: () => {
          writer.prepare("INSERT INTO settings (key, value) VALUES (?, '1')").run(`busy-${writes}`);
          writes += 1;
          if (writes > 200) throw new Error('the backup does not finish under a writer');
        },
      });
    } finally {
      writer.close();
    }
    expect(writes).toBeLessThan(30);
    expect((await checkFile(outPath)).ok).toBe(true);
  });

  it('chooses 5% steps, then every remaining page once a restart is seen', () => {
    const state = { previousRemaining: Number.POSITIVE_INFINITY, restarted: false };
    expect(nextBackupStep({ totalPages: 1000, remainingPages: 1000 }, state)).toBe(50);
    expect(nextBackupStep({ totalPages: 1000, remainingPages: 950 }, state)).toBe(50);
    expect(nextBackupStep({ totalPages: 1000, remainingPages: 950 }, state)).toBe(0x7fffffff);
    expect(nextBackupStep({ totalPages: 1001, remainingPages: 10 }, state)).toBe(0x7fffffff);
  });

  it('stops at the time limit and leaves no file, partial or final', async () => {
    const backend = await biggerBackend();
    const folder = fixture.folder();
    const outPath = path.join(folder, 'slow.sqlite');
    let clock = 0;
    const error = await rejection(
      backupDatabase(backend.database, outPath, {
        timeoutSeconds: 5,
        nowMilliseconds: () => clock,
        onProgress: () => {
          clock += 2000;
        },
      }),
    );
    expect(error).toMatchObject({ reason: 'backup-timed-out', params: { outPath, seconds: 5 } });
    expect(error.message).toContain('no file was left');
    expect(filesIn(folder)).toEqual([]);
  });

  it('stops when the backend closes mid-copy (Ctrl+C in newsdesk backup) and leaves no file', async () => {
    const backend = await biggerBackend();
    const folder = fixture.folder();
    const outPath = path.join(folder, 'interrupted.sqlite');
    let closedOnce = false;
    const pending = backupDatabase(backend.database, outPath, {
      signal: AbortSignal.abort(),
    });
    expect(await rejection(pending)).toMatchObject({ reason: 'backup-cancelled' });
    const viaBackend = call(backend, 'database.backup', { outPath });
    setImmediate(() => {
      closedOnce = true;
      backend.close();
    });
    expect(await rejection(viaBackend)).toMatchObject({ reason: 'backup-cancelled' });
    expect(closedOnce).toBe(true);
    expect(filesIn(folder)).toEqual([]);
  });
});

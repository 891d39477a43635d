import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../../../shared/api/errors';
import { backupDatabase, checkDatabase } from '../../../../../electron/backend/store/maintenance';
import { latestSchemaVersion } from '../../../../../electron/backend/store/migrations/runner';
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

describe('checkDatabase', () => {
  const fixture = backendFixture();

  it('reports a healthy database: pragmas, schema version, quick_check', () => {
    const backend = fixture.open();
    const report = checkDatabase(backend.databasePath);
    expect(report).toMatchObject({
      ok: true,
      problems: [],
      schemaVersion: latestSchemaVersion(),
      quickCheck: 'ok',
      pragmas: { journal_mode: 'wal', synchronous: 2, foreign_keys: 1, busy_timeout: 5000, trusted_schema: 0 },
    });
  });

  it('reports a missing file as a problem and does not create it', () => {
    const databasePath = path.join(fixture.folder(), 'missing', 'newsdesk.sqlite');
    const report = checkDatabase(databasePath);
    expect(report.ok).toBe(false);
    expect(report.problems).toEqual([`The database file ${databasePath} does not exist.`]);
    expect(fs.existsSync(path.dirname(databasePath))).toBe(false);
  });

  it('reports a file that is not SQLite', () => {
    const databasePath = path.join(fixture.folder(), 'photo.sqlite');
    fs.writeFileSync(databasePath, Buffer.alloc(8192, 0x41));
    const report = checkDatabase(databasePath);
    expect(report.ok).toBe(false);
    expect(report.problems[0]).toContain(databasePath);
  });

  it('reports a database from a newer Newsdesk', () => {
    const backend = fixture.open();
    const databasePath = backend.databasePath;
    backend.close();
    const raw = new BetterSqlite3(databasePath);
    raw.pragma(`user_version = ${latestSchemaVersion() + 10}`);
    raw.close();
    const report = checkDatabase(databasePath);
    expect(report.ok).toBe(false);
    expect(report.schemaVersion).toBe(latestSchemaVersion() + 10);
    expect(report.problems.join('\n')).toMatch(/newer than this Newsdesk knows/);
  });

  it('reports rows that refer to missing rows', () => {
    const backend = fixture.open();
    const databasePath = backend.databasePath;
    backend.close();
    const raw = new BetterSqlite3(databasePath);
    raw.pragma('foreign_keys = OFF');
    raw.prepare("INSERT INTO articles (headline, body_json, category_id, created_at, updated_at) VALUES ('x', '{}', 99, 'now', 'now')").run();
    raw.close();
    const report = checkDatabase(databasePath);
    expect(report.ok).toBe(false);
    expect(report.problems).toEqual(['A row of articles (rowid 1) refers to a missing row of categories.']);
  });
});

describe('backupDatabase', () => {
  const fixture = backendFixture();

  it('copies a database in use, checks the copy, and the copy holds the data', async () => {
    const backend = fixture.open();
    await call(backend, 'articles.create', { fields: { headline: 'Hội nghị Thành ủy' } });
    const outPath = path.join(fixture.folder(), 'backups', 'newsdesk-backup.sqlite');
    const result = await backupDatabase(backend.databasePath, outPath);
    expect(result).toEqual({ outPath, bytes: fs.statSync(outPath).size, integrity: 'ok' });
    expect(result.bytes).toBeGreaterThan(0);
    expect(fs.readdirSync(path.dirname(outPath))).toEqual(['newsdesk-backup.sqlite']);
    const copy = new BetterSqlite3(outPath, { readonly: true });
    try {
      expect(copy.prepare('SELECT headline FROM articles').all()).toEqual([{ headline: 'Hội nghị Thành ủy' }]);
      expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
    } finally {
      copy.close();
    }
    expect(checkDatabase(outPath).ok).toBe(true);
  });

  it('refuses to overwrite an existing file unless asked', async () => {
    const backend = fixture.open();
    const outPath = path.join(fixture.folder(), 'existing.sqlite');
    fs.writeFileSync(outPath, 'keep me');
    const error = await rejection(backupDatabase(backend.databasePath, outPath));
    expect(error.code).toBe('conflict');
    expect(error.message).toContain(outPath);
    expect(fs.readFileSync(outPath, 'utf8')).toBe('keep me');

    await call(backend, 'articles.create', {});
    const result = await backupDatabase(backend.databasePath, outPath, { overwrite: true });
    expect(result.integrity).toBe('ok');
    const copy = new BetterSqlite3(outPath, { readonly: true });
    expect(copy.prepare('SELECT count(*) AS count FROM articles').get()).toEqual({ count: 1 });
    copy.close();
  });

  it('refuses to back a database up onto itself', async () => {
    const backend = fixture.open();
    const error = await rejection(backupDatabase(backend.databasePath, backend.databasePath, { overwrite: true }));
    expect(error.code).toBe('invalid_argument');
  });

  it('refuses a missing source without creating it', async () => {
    const folder = fixture.folder();
    const sourcePath = path.join(folder, 'missing.sqlite');
    const error = await rejection(backupDatabase(sourcePath, path.join(folder, 'out.sqlite')));
    expect(error.code).toBe('storage');
    expect(error.message).toContain(sourcePath);
    expect(fs.readdirSync(folder)).toEqual([]);
  });
});

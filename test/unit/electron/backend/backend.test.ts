import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../../shared/api/errors';
import { openBackend } from '../../../../electron/backend/backend';
import { latestSchemaVersion } from '../../../../electron/backend/store/migrations/runner';
import { backendFixture, call } from './backend-fixture';

function openError(databasePath: string): ApiError {
  try {
    openBackend({ databasePath }).close();
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected openBackend to refuse the file');
}

describe('openBackend', () => {
  const fixture = backendFixture();

  it('creates the database and its folder, migrated to the latest schema', async () => {
    const databasePath = path.join(fixture.folder(), 'User Data', 'Newsdesk', 'newsdesk.sqlite');
    const backend = fixture.open({ databasePath });
    expect(backend.databasePath).toBe(databasePath);
    expect(fs.existsSync(databasePath)).toBe(true);
    expect(await call(backend, 'app.info', {})).toMatchObject({ schemaVersion: latestSchemaVersion() });
  });

  it('resolves a relative path', () => {
    const folder = fixture.folder();
    const previous = process.cwd();
    process.chdir(folder);
    try {
      const backend = fixture.open({ databasePath: 'relative.sqlite' });
      expect(backend.databasePath).toBe(path.join(fs.realpathSync(folder), 'relative.sqlite'));
    } finally {
      process.chdir(previous);
    }
  });

  it('keeps what was saved across close and reopen', async () => {
    const first = fixture.open();
    await call(first, 'articles.create', { fields: { headline: 'Giữ lại' } });
    first.close();
    const second = fixture.open({ databasePath: first.databasePath });
    expect(await call(second, 'articles.get', { id: 1 })).toMatchObject({ headline: 'Giữ lại', version: 1 });
  });

  it('refuses a database from a newer Newsdesk and leaves it as it is', () => {
    const databasePath = path.join(fixture.folder(), 'future.sqlite');
    const raw = new BetterSqlite3(databasePath);
    raw.pragma(`user_version = ${latestSchemaVersion() + 100}`);
    raw.close();
    const error = openError(databasePath);
    expect(error.code).toBe('storage');
    expect(error.message).toContain(databasePath);
    expect(error.message).toMatch(/newer Newsdesk/);
    const after = new BetterSqlite3(databasePath, { readonly: true });
    expect(after.pragma('user_version', { simple: true })).toBe(latestSchemaVersion() + 100);
    expect(after.prepare("SELECT count(*) AS count FROM sqlite_schema").get()).toEqual({ count: 0 });
    after.close();
  });

  it('refuses a file that is not a database, naming it', () => {
    const databasePath = path.join(fixture.folder(), 'ghi-chu.txt');
    fs.writeFileSync(databasePath, 'Đây là ghi chú, không phải cơ sở dữ liệu.\n'.repeat(100));
    const error = openError(databasePath);
    expect(error.code).toBe('storage');
    expect(error.where).toBe(databasePath);
  });

  it('refuses a folder where the file should be', () => {
    const databasePath = fixture.folder();
    expect(openError(databasePath).code).toBe('storage');
  });
});

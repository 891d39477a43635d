import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openRestorableBackend, type RestorableBackend } from '../../../../electron/backend/restorable-backend';
import { backupFileName, backupFolderFor } from '../../../../electron/backend/store/backup-files';
import { backendFixture } from './backend-fixture';

describe('the restorable backend (serve, the desktop app)', () => {
  const fixture = backendFixture();
  const opened: RestorableBackend[] = [];
  afterEach(() => {
    for (const backend of opened.splice(0)) backend.close();
  });
  const open = (databasePath: string) => {
    const backend = openRestorableBackend({ databasePath, checkResults: true, now: () => new Date('2026-12-02T10:00:00Z'), logError: () => {} });
    opened.push(backend);
    return backend;
  };

  /** An open database with one article and a backup of it in the backup folder; then a second article. */
  async function databaseWithBackup() {
    const databasePath = path.join(fixture.folder(), 'newsdesk.sqlite');
    const backend = open(databasePath);
    await backend.call('articles.create', { fields: { headline: 'Có trong bản sao lưu' } });
    const name = backupFileName(databasePath, new Date('2026-12-02T09:00:00Z'));
    fs.mkdirSync(backupFolderFor(databasePath), { recursive: true });
    await backend.call('database.backup', { outPath: path.join(backupFolderFor(databasePath), name) });
    await backend.call('articles.create', { fields: { headline: 'Viết sau bản sao lưu' } });
    return { databasePath, backend, name };
  }

  it('lists the backups with date and size, newest first, ignoring other files', async () => {
    const { databasePath, backend, name } = await databaseWithBackup();
    fs.writeFileSync(path.join(backupFolderFor(databasePath), 'notes.txt'), 'x');
    const listed = await backend.callFromTransport('database.backups', {});
    expect(listed).toEqual({
      ok: true,
      value: {
        folder: backupFolderFor(databasePath),
        backups: [{ name, createdAt: '2026-12-02T09:00:00.000Z', bytes: fs.statSync(path.join(backupFolderFor(databasePath), name)).size }],
      },
    });
  });

  it('restores a named backup while open: the file is renamed aside, the database reopened with the backup', async () => {
    const { databasePath, backend, name } = await databaseWithBackup();
    const outcome = await backend.callFromTransport('database.restore', { name });
    expect(outcome.ok).toBe(true);
    const result = (outcome as { ok: true; value: { movedAsideTo: string; restoredFrom: string } }).value;
    expect(result.movedAsideTo).toBe(`${databasePath}.before-restore-2026-12-02T10-00-00Z`);
    expect(result.restoredFrom).toBe(path.join(backupFolderFor(databasePath), name));
    const headlines = (await backend.call('articles.list', {})).map((article) => article.headline);
    expect(headlines).toEqual(['Có trong bản sao lưu']);
    // The previous file, aside, still holds what was written after the backup (its -wal was folded in on close).
    expect(fs.existsSync(`${result.movedAsideTo}-wal`)).toBe(false);
    const aside = new BetterSqlite3(result.movedAsideTo, { readonly: true });
    try {
      expect(aside.prepare('SELECT count(*) AS count FROM articles').get()).toEqual({ count: 2 });
    } finally {
      aside.close();
    }
  });

  it('refuses a name that is not a backup of this database, and a damaged backup, changing nothing', async () => {
    const { databasePath, backend } = await databaseWithBackup();
    for (const name of ['../newsdesk.sqlite', 'other-2026-12-02T09-00-00Z.sqlite', 'newsdesk.sqlite']) {
      expect(await backend.callFromTransport('database.restore', { name }), name).toMatchObject({ ok: false, error: { reason: 'backup-name-invalid' } });
    }
    const damagedName = backupFileName(databasePath, new Date('2026-12-02T09:30:00Z'));
    fs.writeFileSync(path.join(backupFolderFor(databasePath), damagedName), Buffer.alloc(8192, 0x41));
    const refused = await backend.callFromTransport('database.restore', { name: damagedName });
    expect(refused).toMatchObject({ ok: false, error: { reason: 'restore-backup-unusable' } });
    expect((refused as { ok: false; error: { message: string } }).error.message).toContain('Nothing was changed');
    expect((await backend.call('articles.list', {})).length).toBe(2);
    expect(fs.readdirSync(path.dirname(databasePath)).filter((file) => file.includes('before-restore') || file.endsWith('.partial'))).toEqual([]);
  });

  it('refuses while another program has the database open, and stays open itself', async () => {
    const { databasePath, backend, name } = await databaseWithBackup();
    const other = new BetterSqlite3(databasePath);
    other.prepare('SELECT count(*) FROM articles').get();
    try {
      const refused = await backend.callFromTransport('database.restore', { name });
      expect(refused).toMatchObject({ ok: false, error: { reason: 'restore-database-in-use' } });
    } finally {
      other.close();
    }
    expect((await backend.call('articles.list', {})).length).toBe(2);
    expect(await backend.call('database.status', {})).toMatchObject({ state: 'open' });
  });

  it('refuses a backup from a newer Newsdesk, changing nothing', async () => {
    const { databasePath, backend } = await databaseWithBackup();
    const newer = path.join(fixture.folder(), 'newer.sqlite');
    await backend.call('database.backup', { outPath: newer });
    const raw = new BetterSqlite3(newer);
    raw.pragma('user_version = 100000');
    raw.close();
    const refused = await backend.call('database.restoreFile', { fromPath: newer }).catch((error: unknown) => error);
    expect(refused).toMatchObject({ reason: 'restore-backup-unusable' });
    expect((refused as Error).message).toContain('written by a newer Newsdesk');
    expect((await backend.call('articles.list', {})).length).toBe(2);
    expect(fs.readdirSync(path.dirname(databasePath)).some((file) => file.includes('before-restore'))).toBe(false);
  });

  it('restoreFile is for trusted callers only', async () => {
    const { backend } = await databaseWithBackup();
    expect(await backend.callFromTransport('database.restoreFile', { fromPath: '/etc/passwd' })).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
  });
});

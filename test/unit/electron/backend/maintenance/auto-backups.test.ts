import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openBackend, type OpenedBackend } from '../../../../../electron/backend/backend';
import { backupFolderFor, backupsBeyond, listBackups, type BackupFile } from '../../../../../electron/backend/store/backup-files';
import { runIntegrityCheck } from '../../../../../electron/backend/store/database';
import BetterSqlite3 from 'better-sqlite3';
import { backendFixture, fakeClock } from '../backend-fixture';

describe('automatic backups', () => {
  const fixture = backendFixture();
  const opened: OpenedBackend[] = [];
  afterEach(() => {
    for (const backend of opened.splice(0)) backend.close();
  });

  function openWithAutoBackups() {
    const clock = fakeClock('2026-12-02T08:00:00.000Z');
    const databasePath = path.join(fixture.folder(), 'newsdesk.sqlite');
    const backend = openBackend({ databasePath, autoBackups: true, now: clock.now, checkResults: true });
    opened.push(backend);
    return { backend, clock, databasePath, names: () => listBackups(databasePath).map((backup) => backup.name) };
  }

  it('writes one beside the database when in use, checked and with a sortable time in its name; not again within the hour', async () => {
    const { backend, clock, databasePath, names } = openWithAutoBackups();
    expect(await backend.autoBackups!.runIfDue()).toBeNull();
    await backend.call('articles.create', { fields: { headline: 'Tin sáng' } });
    const written = await backend.autoBackups!.runIfDue();
    expect(written).toBe(path.join(path.dirname(databasePath), 'newsdesk-backups', 'newsdesk-2026-12-02T08-00-00Z.sqlite'));
    const copy = new BetterSqlite3(written!, { readonly: true });
    try {
      expect(runIntegrityCheck(copy)).toBe('ok');
      expect(copy.prepare('SELECT headline FROM articles').all()).toEqual([{ headline: 'Tin sáng' }]);
    } finally {
      copy.close();
    }

    clock.advance(30 * 60 * 1000);
    await backend.call('articles.create', { fields: { headline: 'Tin trưa' } });
    expect(await backend.autoBackups!.runIfDue()).toBeNull();
    clock.advance(31 * 60 * 1000);
    expect(await backend.autoBackups!.runIfDue()).not.toBeNull();
    // Not in use since: none due, however long.
    clock.advance(5 * 60 * 60 * 1000);
    expect(await backend.autoBackups!.runIfDue()).toBeNull();
    expect(names()).toEqual(['newsdesk-2026-12-02T09-01-00Z.sqlite', 'newsdesk-2026-12-02T08-00-00Z.sqlite']);
    expect(fs.readdirSync(backupFolderFor(databasePath)).filter((file) => file.endsWith('.partial'))).toEqual([]);
  });

  it('keeps the newest N (the setting) once the new one is written', async () => {
    const { backend, clock, names } = openWithAutoBackups();
    await backend.call('settings.update', { changes: { backupKeep: 2 } });
    for (let hour = 0; hour < 4; hour += 1) {
      await backend.call('articles.create', { fields: { headline: `Tin ${hour}` } });
      expect(await backend.autoBackups!.runIfDue()).not.toBeNull();
      clock.advance(60 * 60 * 1000);
    }
    expect(names()).toEqual(['newsdesk-2026-12-02T11-00-00Z.sqlite', 'newsdesk-2026-12-02T10-00-00Z.sqlite']);
  });

  it('writes none when "Tự động sao lưu" is off', async () => {
    const { backend, names } = openWithAutoBackups();
    await backend.call('settings.update', { changes: { autoBackup: false } });
    await backend.call('articles.create', {});
    expect(await backend.autoBackups!.runIfDue()).toBeNull();
    expect(names()).toEqual([]);
  });

  it('keeps the newest of each of the last days beyond N', () => {
    const backup = (createdAt: string): BackupFile => ({ name: `newsdesk-${createdAt.replace(/:/g, '-').replace('.000', '')}.sqlite`, path: '', createdAt, bytes: 1 });
    const backups = [
      backup('2026-12-03T10:00:00.000Z'),
      backup('2026-12-03T09:00:00.000Z'),
      backup('2026-12-03T08:00:00.000Z'),
      backup('2026-12-02T17:00:00.000Z'),
      backup('2026-12-02T16:00:00.000Z'),
      backup('2026-12-01T12:00:00.000Z'),
    ];
    expect(backupsBeyond(backups, 2, 7).map((old) => old.createdAt)).toEqual(['2026-12-03T08:00:00.000Z', '2026-12-02T16:00:00.000Z']);
    expect(backupsBeyond(backups, 1, 2).map((old) => old.createdAt)).toEqual([
      '2026-12-03T09:00:00.000Z',
      '2026-12-03T08:00:00.000Z',
      '2026-12-02T16:00:00.000Z',
      '2026-12-01T12:00:00.000Z',
    ]);
  });

  it('removes at start the partial copy a killed process left in the backup folder, and nothing else', () => {
    const databasePath = path.join(fixture.folder(), 'newsdesk.sqlite');
    const folder = backupFolderFor(databasePath);
    fs.mkdirSync(folder, { recursive: true });
    fs.writeFileSync(path.join(folder, '.newsdesk-2026-12-02T08-00-00Z.sqlite.a1b2c3.partial'), 'half');
    fs.writeFileSync(path.join(folder, 'newsdesk-2026-12-01T08-00-00Z.sqlite'), 'kept');
    fs.writeFileSync(path.join(folder, 'notes.partial'), 'kept');
    opened.push(openBackend({ databasePath, autoBackups: true }));
    expect(fs.readdirSync(folder).sort()).toEqual(['newsdesk-2026-12-01T08-00-00Z.sqlite', 'notes.partial']);
  });
});

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { test, expect } from './fixtures';
import { openBackend } from '../../electron/backend/backend';
import { openRestorableBackend } from '../../electron/backend/restorable-backend';
import { backupFileName, backupFolderFor } from '../../electron/backend/store/backup-files';
import { startServer } from '../../electron/serve/server';

/** A backup of the database as the automatic ones are named, written at `when` by SQLite's online backup. */
async function writeBackup(databasePath: string, when: string): Promise<string> {
  const outPath = path.join(backupFolderFor(databasePath), backupFileName(databasePath, new Date(when)));
  fs.mkdirSync(path.dirname(outPath), { recursive: true });
  // Read-write: a read-only connection would leave -wal and -shm files behind.
  const source = new BetterSqlite3(databasePath);
  try {
    await source.backup(outPath);
  } finally {
    source.close();
  }
  return outPath;
}

function rendererDir(): string {
  return process.env.NEWSDESK_E2E_RENDERER_DIR ?? path.join(import.meta.dirname, '../../renderer/dist');
}

test('Cài đặt › "Khôi phục từ bản sao lưu" lists the backups, asks first, restores the chosen one and reloads; the old file is kept', async ({ page, openApp, newsdesk }) => {
  await newsdesk.call('articles.create', { fields: { headline: 'Bài có trong bản sao lưu' } });
  await writeBackup(newsdesk.databasePath, '2026-12-01T08:00:00Z');
  await newsdesk.call('articles.create', { fields: { headline: 'Bài viết sau khi sao lưu' } });
  await openApp();
  await expect(page.getByRole('button', { name: 'Bài viết sau khi sao lưu', exact: true })).toBeVisible();

  await page.getByRole('button', { name: 'Cài đặt' }).click();
  const settings = page.getByRole('dialog', { name: 'Cài đặt' });
  const list = settings.getByRole('listbox', { name: 'Các bản sao lưu' });
  await expect(list.getByRole('option')).toHaveCount(1);
  await expect(list.getByRole('option').first()).toContainText(/KB|MB/);
  await settings.getByRole('button', { name: 'Khôi phục từ bản sao lưu' }).click();

  const confirm = page.getByRole('dialog', { name: 'Khôi phục từ bản sao lưu?' });
  await expect(confirm).toContainText('không bị xóa');
  await confirm.getByRole('button', { name: 'Hủy' }).click();
  await expect(confirm).toHaveCount(0);
  expect((await newsdesk.call('articles.list', {})).length).toBe(2);

  await settings.getByRole('button', { name: 'Khôi phục từ bản sao lưu' }).click();
  await page.getByRole('dialog', { name: 'Khôi phục từ bản sao lưu?' }).getByRole('button', { name: 'Khôi phục', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Bài có trong bản sao lưu', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Bài viết sau khi sao lưu', exact: true })).toHaveCount(0);
  await expect(page.getByRole('dialog', { name: 'Cài đặt' })).toHaveCount(0);
  expect((await newsdesk.call('articles.list', {})).map((article) => article.headline)).toEqual(['Bài có trong bản sao lưu']);
  const kept = fs.readdirSync(path.dirname(newsdesk.databasePath)).filter((file) => /\.before-restore-[\dTZ-]+$/.test(file));
  expect(kept).toHaveLength(1);
});

test('a database damaged at start: serve shows the problem and "Khôi phục từ bản sao lưu" restores the newest good backup', async ({ page, consoleWatch }) => {
  void consoleWatch;
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'newsdesk-e2e-damaged-'));
  const databasePath = path.join(folder, 'newsdesk.sqlite');
  const seeded = openBackend({ databasePath });
  await seeded.call('articles.create', { fields: { headline: 'Bài được cứu từ bản sao lưu' } });
  seeded.close();
  await writeBackup(databasePath, '2026-12-01T08:00:00Z');
  fs.writeFileSync(databasePath, '');

  const backend = openRestorableBackend({ databasePath, logError: () => {} });
  const server = await startServer({ backend, rendererDir: rendererDir() });
  try {
    await page.goto(server.openUrl);
    await expect(page.getByRole('heading', { name: 'Không mở được cơ sở dữ liệu' })).toBeVisible();
    await expect(page.getByRole('alert').first()).toContainText(databasePath);
    await expect(page.getByRole('alert').first()).toContainText('bị hỏng');
    await page.getByRole('button', { name: 'Khôi phục từ bản sao lưu' }).click();
    await expect(page.getByRole('button', { name: 'Bài được cứu từ bản sao lưu', exact: true })).toBeVisible();
    const kept = fs.readdirSync(folder).filter((file) => file.startsWith('newsdesk.sqlite.before-restore-'));
    expect(kept).toHaveLength(1);
    expect(fs.statSync(path.join(folder, kept[0]!)).size).toBe(0);
  } finally {
    await server.close();
    backend.close();
    fs.rmSync(folder, { recursive: true, force: true });
  }
});

test('damage found by the background check while open: a notice above the app says so and "Khôi phục từ bản sao lưu" restores the newest good backup', async ({ page }) => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'newsdesk-e2e-damaged-open-'));
  const databasePath = path.join(folder, 'newsdesk.sqlite');
  const seeded = openBackend({ databasePath });
  await seeded.call('articles.create', { fields: { headline: 'Bài được cứu từ bản sao lưu' } });
  seeded.close();
  await writeBackup(databasePath, '2026-12-01T08:00:00Z');
  // Pages 2 to 6 (tables' b-tree pages) garbled; the header and the schema stay: the database opens.
  const bytes = fs.readFileSync(databasePath);
  bytes.fill(0x5a, 4096, Math.min(bytes.length, 4096 * 6));
  fs.writeFileSync(databasePath, bytes);

  const backend = openRestorableBackend({ databasePath, backgroundChecks: true, logError: () => {} });
  const server = await startServer({ backend, rendererDir: rendererDir() });
  try {
    // The check the app runs a minute after start, run now: a worker thread, quick_check.
    expect(await backend.current!.integrityChecks!.runIfDue()).toBe('damaged');
    await page.goto(server.openUrl);
    const notice = page.getByRole('region', { name: 'Cơ sở dữ liệu bị hỏng' });
    await expect(notice).toBeVisible();
    await expect(notice.getByRole('alert').first()).toContainText('bị hỏng');
    await expect(notice).toContainText(databasePath);
    // The app stays beside the notice.
    await expect(page.getByRole('button', { name: 'Bài mới' })).toBeVisible();
    await notice.getByRole('button', { name: 'Khôi phục từ bản sao lưu' }).click();
    await expect(page.getByRole('button', { name: 'Bài được cứu từ bản sao lưu', exact: true })).toBeVisible();
    await expect(notice).toHaveCount(0);
    const kept = fs.readdirSync(folder).filter((file) => file.startsWith('newsdesk.sqlite.before-restore-'));
    expect(kept).toHaveLength(1);
    expect(fs.readFileSync(path.join(folder, kept[0]!)).equals(bytes)).toBe(true);
  } finally {
    await server.close();
    backend.close();
    fs.rmSync(folder, { recursive: true, force: true });
  }
});

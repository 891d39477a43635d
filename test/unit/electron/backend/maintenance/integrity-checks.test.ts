import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openBackend, type OpenBackendOptions, type OpenedBackend } from '../../../../../electron/backend/backend';
import { readIntegrityCheckedAt, writeIntegrityCheckedAt } from '../../../../../electron/backend/maintenance/integrity-check-record';
import { createIntegrityChecks, integrityCheckIntervalMilliseconds } from '../../../../../electron/backend/maintenance/integrity-checks';
import { quickCheckFile } from '../../../../../electron/backend/store/database';
import { backendFixture, fakeClock } from '../backend-fixture';

const hour = 60 * 60 * 1000;

const opened: OpenedBackend[] = [];
afterEach(() => {
  for (const backend of opened.splice(0)) backend.close();
});
function open(options: OpenBackendOptions): OpenedBackend {
  const backend = openBackend({ checkResults: true, ...options });
  opened.push(backend);
  return backend;
}

describe('the background integrity check', () => {
  const fixture = backendFixture();

  /** A real database and checks over it: the clock injected, quick_check run on the real file (on this thread, counted). */
  function checksOverADatabase() {
    const clock = fakeClock('2026-12-02T08:00:00.000Z');
    const databasePath = path.join(fixture.folder(), 'newsdesk.sqlite');
    const backend = open({ databasePath, now: clock.now });
    const { queries } = backend.context;
    const logged: string[] = [];
    let runs = 0;
    const checks = createIntegrityChecks({
      databasePath,
      now: clock.now,
      lastPassedAt: () => readIntegrityCheckedAt(queries),
      recordPassed: (at) => writeIntegrityCheckedAt(queries, at),
      quickCheck: () => {
        runs += 1;
        return Promise.resolve(quickCheckFile(databasePath));
      },
      logError: (message) => logged.push(message),
    });
    return { clock, databasePath, backend, queries, checks, logged, runs: () => runs };
  }

  it('runs at most once a day: when never run, then a day after the last pass; records the time of each pass', async () => {
    const { clock, queries, checks, runs } = checksOverADatabase();
    expect(readIntegrityCheckedAt(queries)).toBeNull();
    expect(checks.isDue()).toBe(true);
    expect(await checks.runIfDue()).toBe('ok');
    expect(readIntegrityCheckedAt(queries)?.toISOString()).toBe('2026-12-02T08:00:00.000Z');
    expect(await checks.runIfDue()).toBeNull();
    clock.advance(integrityCheckIntervalMilliseconds - 60_000);
    expect(await checks.runIfDue()).toBeNull();
    clock.advance(60_000);
    expect(await checks.runIfDue()).toBe('ok');
    expect(readIntegrityCheckedAt(queries)?.toISOString()).toBe('2026-12-03T08:00:00.000Z');
    expect(runs()).toBe(2);
    // A clock moved back before the last pass cannot trust it: due.
    clock.set('2026-12-01T08:00:00.000Z');
    expect(checks.isDue()).toBe(true);
    expect(checks.damage()).toBeNull();
  });

  it('a backup whose copy passed integrity_check counts as the day\'s check', async () => {
    const { clock, checks, runs } = checksOverADatabase();
    clock.advance(3 * hour);
    checks.passed();
    expect(checks.isDue()).toBe(false);
    expect(await checks.runIfDue()).toBeNull();
    expect(runs()).toBe(0);
  });

  it('keeps the time of the last pass across restarts (a settings row the user settings ignore)', async () => {
    const { clock, databasePath, backend, checks } = checksOverADatabase();
    await checks.runIfDue();
    backend.close();
    const reopened = open({ databasePath, now: clock.now });
    expect(readIntegrityCheckedAt(reopened.context.queries)?.toISOString()).toBe('2026-12-02T08:00:00.000Z');
    const settings = await reopened.call('settings.get', {});
    expect(Object.keys(settings)).not.toContain('integrityCheckedAt');
  });

  it('damage found is kept for database.status, named with the file and the first problems, and never recorded as a pass', async () => {
    const { clock, databasePath, backend, queries, checks, logged, runs } = checksOverADatabase();
    await backend.call('articles.create', { fields: { headline: 'Bài' } });
    backend.database.pragma('wal_checkpoint(TRUNCATE)');
    const bytes = fs.readFileSync(databasePath);
    const pageSize = bytes.readUInt16BE(16);
    bytes.fill(0x5a, pageSize * 2 + 8, pageSize * 6);
    fs.writeFileSync(databasePath, bytes);

    expect(await checks.runIfDue()).toBe('damaged');
    const damage = checks.damage();
    expect(damage).toMatchObject({ reason: 'database-damaged', params: { databasePath } });
    expect(damage?.message).toContain(databasePath);
    expect(damage?.message).toMatch(/quick_check/);
    expect(logged.join('\n')).toContain('found damage');
    expect(readIntegrityCheckedAt(queries)).toBeNull();
    // Found once: not run again while the database stays open; a pass reported meanwhile does not hide it.
    clock.advance(2 * integrityCheckIntervalMilliseconds);
    expect(await checks.runIfDue()).toBeNull();
    expect(await checks.runNow()).toBe('damaged');
    checks.passed();
    expect(checks.damage()).not.toBeNull();
    expect(runs()).toBe(1);
  });
});

describe('the background check in the backend (app and serve)', () => {
  const fixture = backendFixture();

  it('runs in a worker thread, reports through database.status, and its record does not make an automatic backup due', async () => {
    const clock = fakeClock('2026-12-02T08:00:00.000Z');
    const databasePath = path.join(fixture.folder(), 'newsdesk.sqlite');
    const backend = open({ databasePath, now: clock.now, autoBackups: true, backgroundChecks: true });
    const checks = backend.integrityChecks!;
    expect(checks.isDue()).toBe(true);
    expect(await checks.runIfDue()).toBe('ok');
    expect(await backend.call('database.status', {})).toMatchObject({ state: 'open', damaged: false, error: null });
    // Writing the time of the check is housekeeping, not use: no backup is due for it.
    clock.advance(25 * hour);
    expect(await checks.runIfDue()).toBe('ok');
    expect(await backend.autoBackups!.runIfDue()).toBeNull();

    // A backup (its copy passed integrity_check) counts as the day's check, and its record is not use either.
    clock.advance(25 * hour);
    await backend.call('articles.create', { fields: { headline: 'Tin' } });
    expect(checks.isDue()).toBe(true);
    expect(await backend.autoBackups!.runIfDue()).not.toBeNull();
    expect(checks.isDue()).toBe(false);
    clock.advance(2 * hour);
    expect(await backend.autoBackups!.runIfDue()).toBeNull();
  });

  it('is off unless asked for (the CLI\'s one-shot commands)', () => {
    const databasePath = path.join(fixture.folder(), 'newsdesk.sqlite');
    expect(open({ databasePath }).integrityChecks).toBeNull();
  });
});

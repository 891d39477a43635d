import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../../../../shared/api/errors';
import { type Database, openDatabase, readSchemaVersion } from '../../../../../../electron/backend/store/database';
import { migrations } from '../../../../../../electron/backend/store/migrations/index';
import type { Migration } from '../../../../../../electron/backend/store/migrations/migration';
import { latestSchemaVersion, migrate } from '../../../../../../electron/backend/store/migrations/runner';
import { backendFixture } from '../../backend-fixture';

function schemaOf(database: Database): string[] {
  return (database.prepare("SELECT type, name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name").all() as Array<{ type: string; name: string; sql: string | null }>).map(
    (row) => `${row.type} ${row.name}: ${row.sql ?? ''}`,
  );
}

describe('migrate', () => {
  const fixture = backendFixture();
  const open = () => openDatabase(path.join(fixture.folder(), 'newsdesk.sqlite'));

  it('lists migrations in increasing steps of ten with kebab-case names', () => {
    let previous = 0;
    for (const migration of migrations) {
      expect(migration.version % 10).toBe(0);
      expect(migration.version).toBeGreaterThan(previous);
      expect(migration.name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      previous = migration.version;
    }
    expect(latestSchemaVersion()).toBe(previous);
  });

  it('brings a new database to the latest version and sets user_version', () => {
    const database = open();
    try {
      const result = migrate(database);
      expect(result.fromVersion).toBe(0);
      expect(result.toVersion).toBe(latestSchemaVersion());
      expect(result.applied[0]).toBe('0010-initial');
      expect(readSchemaVersion(database)).toBe(latestSchemaVersion());
      expect(migrate(database).applied).toEqual([]);
    } finally {
      database.close();
    }
  });

  it('gives the same schema one step at a time as all at once', () => {
    const stepwise = open();
    const atOnce = open();
    try {
      for (const migration of migrations) migrate(stepwise, { targetVersion: migration.version });
      migrate(atOnce);
      expect(schemaOf(stepwise)).toEqual(schemaOf(atOnce));
    } finally {
      stepwise.close();
      atOnce.close();
    }
  });

  it('applies pending migrations in one transaction: a failing step leaves nothing behind', () => {
    const database = open();
    const failing: Migration[] = [
      { version: 10, name: 'first', up: (db) => void db.prepare('CREATE TABLE first_step (id INTEGER PRIMARY KEY) STRICT').run() },
      { version: 20, name: 'broken', up: (db) => void db.prepare('CREATE TABLE first_step (id INTEGER PRIMARY KEY) STRICT').run() },
    ];
    try {
      expect(() => migrate(database, { migrations: failing })).toThrow(/already exists/);
      expect(readSchemaVersion(database)).toBe(0);
      expect(schemaOf(database)).toEqual([]);
    } finally {
      database.close();
    }
  });

  it('refuses a database from a newer Newsdesk, naming the versions and the file', () => {
    const database = open();
    try {
      database.pragma(`user_version = ${latestSchemaVersion() + 10}`);
      let caught: unknown;
      try {
        migrate(database);
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(ApiError);
      const error = caught as ApiError;
      expect(error.code).toBe('storage');
      expect(error.message).toContain(`schema version ${latestSchemaVersion() + 10}`);
      expect(error.message).toContain(database.name);
      expect(error.message).toMatch(/Update Newsdesk/);
      expect(readSchemaVersion(database)).toBe(latestSchemaVersion() + 10);
    } finally {
      database.close();
    }
  });

  it('refuses a migration list out of order', () => {
    const database = open();
    const unordered: Migration[] = [
      { version: 20, name: 'second', up: () => undefined },
      { version: 10, name: 'first', up: () => undefined },
    ];
    try {
      expect(() => migrate(database, { migrations: unordered })).toThrow(/increasing version order/);
    } finally {
      database.close();
    }
  });
});

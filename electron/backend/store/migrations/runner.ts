import { ApiError } from '../../../../shared/api/errors';
import type { Database } from '../database';
import { readSchemaVersion } from '../database';
import type { Migration } from './migration';
import { migrations as allMigrations } from './index';

export interface MigrateOptions {
  /** Stop after this version (tests migrate to N-10, seed rows, then migrate to N). */
  targetVersion?: number;
  /** The migration list; the project's list by default. */
  migrations?: readonly Migration[];
}

export interface MigrateResult {
  fromVersion: number;
  toVersion: number;
  applied: string[];
}

/** The newest schema version this build knows. */
export function latestSchemaVersion(migrations: readonly Migration[] = allMigrations): number {
  return migrations.reduce((latest, migration) => Math.max(latest, migration.version), 0);
}

/**
 * Applies the pending migrations in one transaction and sets `user_version`. Refuses (ApiError
 * 'storage') a database written by a newer Newsdesk, whose schema this build does not know.
 */
export function migrate(database: Database, options: MigrateOptions = {}): MigrateResult {
  const migrations = options.migrations ?? allMigrations;
  assertOrdered(migrations);
  const latest = latestSchemaVersion(migrations);
  const target = options.targetVersion ?? latest;
  const fromVersion = readSchemaVersion(database);
  if (fromVersion > latest) {
    throw new ApiError('database-too-new', { databasePath: database.name, schemaVersion: fromVersion, supportedVersion: latest }, { where: database.name });
  }
  const pending = migrations.filter((migration) => migration.version > fromVersion && migration.version <= target);
  if (pending.length === 0) return { fromVersion, toVersion: fromVersion, applied: [] };

  database.transaction(() => {
    for (const migration of pending) {
      migration.up(database);
      setSchemaVersion(database, migration.version);
    }
  }).immediate();
  const toVersion = readSchemaVersion(database);
  return { fromVersion, toVersion, applied: pending.map((migration) => `${String(migration.version).padStart(4, '0')}-${migration.name}`) };
}

function setSchemaVersion(database: Database, version: number): void {
  if (!Number.isSafeInteger(version) || version < 0) throw new Error(`invalid schema version ${version}`);
  database.pragma(`user_version = ${version}`);
}

function assertOrdered(migrations: readonly Migration[]): void {
  let previous = 0;
  for (const migration of migrations) {
    if (!Number.isSafeInteger(migration.version) || migration.version <= previous) {
      throw new Error(`Migrations must be listed in increasing version order; ${migration.version}-${migration.name} comes after ${previous}.`);
    }
    previous = migration.version;
  }
}

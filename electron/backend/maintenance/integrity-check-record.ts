import type { Queries } from '../store/sql';
import { sql } from '../store/sql';
import type { SettingRow } from '../settings/setting-row';

/**
 * The `settings` row that holds when the database last passed an integrity check (the background
 * check's quick_check, or a backup's integrity_check): `integrityCheckedAt`, an ISO time as JSON.
 * Not a user setting: the settings service reads only the keys of `defaultSettings`.
 */
export const integrityCheckedAtKey = 'integrityCheckedAt';

export function readIntegrityCheckedAt(queries: Queries): Date | null {
  const row = queries.get<SettingRow>(sql`SELECT key, value FROM settings WHERE key = ${integrityCheckedAtKey}`);
  if (!row) return null;
  try {
    const value: unknown = JSON.parse(row.value);
    const at = typeof value === 'string' ? new Date(value) : null;
    return at && !Number.isNaN(at.getTime()) ? at : null;
  } catch {
    return null;
  }
}

export function writeIntegrityCheckedAt(queries: Queries, at: Date): void {
  queries.run(sql`INSERT INTO settings (key, value) VALUES (${integrityCheckedAtKey}, ${JSON.stringify(at.toISOString())})
    ON CONFLICT (key) DO UPDATE SET value = excluded.value`);
}

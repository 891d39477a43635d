import os from 'node:os';
import { settingsSchema } from '../../../shared/model/settings';
import type { BackendContext } from '../backend-context';
import { sql } from '../store/sql';
import type { SettingRow } from './setting-row';

/** This computer's user name, or 'newsdesk' where the system has none. */
export function systemUserName(): string {
  try {
    return os.userInfo().username || 'newsdesk';
  } catch {
    return 'newsdesk';
  }
}

/**
 * The name recorded with what this user does (comment decisions, article versions): "Tên người
 * duyệt" from Cài đặt (`moderatorName`), else this computer's user name. Reads one settings row.
 */
export function currentUserName(context: BackendContext): string {
  const row = context.queries.get<SettingRow>(sql`SELECT key, value FROM settings WHERE key = 'moderatorName'`);
  if (!row) return systemUserName();
  const parsed = settingsSchema.shape.moderatorName.safeParse(JSON.parse(row.value));
  return (parsed.success ? parsed.data.trim() : '') || systemUserName();
}

import os from 'node:os';
import { settingsSchema } from '../../../shared/model/settings';
import type { BackendContext } from '../backend-context';
import { sql } from '../store/sql';
import type { SettingRow } from './setting-row';

let systemUserNameRead: string | undefined;

/** This computer's user name, or 'newsdesk' where the system has none (asked of the system once). */
export function systemUserName(): string {
  if (systemUserNameRead !== undefined) return systemUserNameRead;
  try {
    systemUserNameRead = os.userInfo().username || 'newsdesk';
  } catch {
    systemUserNameRead = 'newsdesk';
  }
  return systemUserNameRead;
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

import { defaultSettings, settingsSchema, type Settings } from '../../../shared/model/settings';
import type { BackendContext } from '../backend-context';
import { sql } from '../store/sql';
import type { SettingRow } from './setting-row';

/** The user settings, one JSON value per key in `settings`; unknown or damaged values fall back to the defaults. */
export interface SettingsService {
  get(): Settings;
  update(changes: Partial<Settings>): Settings;
}

const settingKeys = Object.keys(defaultSettings) as Array<keyof Settings>;

export function createSettingsService(context: BackendContext): SettingsService {
  const { queries } = context;

  const get = (): Settings => {
    const settings: Record<string, unknown> = { ...defaultSettings };
    for (const row of queries.all<SettingRow>(sql`SELECT key, value FROM settings`)) {
      if (!(settingKeys as string[]).includes(row.key)) continue;
      const candidate = { ...settings, [row.key]: JSON.parse(row.value) as unknown };
      if (settingsSchema.safeParse(candidate).success) settings[row.key] = candidate[row.key];
    }
    return settingsSchema.parse(settings);
  };

  return {
    get,
    update(changes) {
      queries.transaction(() => {
        for (const key of settingKeys) {
          const value = changes[key];
          if (value === undefined) continue;
          queries.run(sql`INSERT INTO settings (key, value) VALUES (${key}, ${JSON.stringify(value)}) ON CONFLICT (key) DO UPDATE SET value = excluded.value`);
        }
      });
      return get();
    },
  };
}

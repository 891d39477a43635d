/** A row of `settings` as SQLite returns it: the value is JSON text. */
export interface SettingRow {
  key: string;
  value: string;
}

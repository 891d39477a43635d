import packageJson from '../../../package.json' with { type: 'json' };
import type { ResultOf } from '../../../shared/api/contract';
import type { BackendContext } from '../backend-context';
import { sql } from '../store/sql';

/** The version in package.json, shown by app.info unless the caller names another. */
export const packageVersion: string = packageJson.version;

/** Version of Newsdesk, where its database is, and the schema and SQLite versions. */
export function appInfo(context: BackendContext): ResultOf<'app.info'> {
  return {
    version: context.appVersion,
    databasePath: context.databasePath,
    schemaVersion: context.queries.get<{ user_version: number }>(sql`PRAGMA user_version`)!.user_version,
    sqliteVersion: context.queries.get<{ version: string }>(sql`SELECT sqlite_version() AS version`)!.version,
  };
}

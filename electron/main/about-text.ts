import type { ResultOf } from '../../shared/api/contract';
import type { MenuLabels } from './menu-labels';

/** The body of the About box: version, where the database is, and its schema version. */
export function aboutDetail(info: ResultOf<'app.info'>, labels: MenuLabels): string {
  return [
    `${labels.aboutVersion}: ${info.version}`,
    `${labels.aboutDatabase}: ${info.databasePath}`,
    `${labels.aboutSchemaVersion}: ${info.schemaVersion} (SQLite ${info.sqliteVersion})`,
  ].join('\n');
}

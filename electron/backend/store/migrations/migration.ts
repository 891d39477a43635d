import type BetterSqlite3 from 'better-sqlite3';

/** The open database a migration runs on (the store's `Database`; named here so that the list of migrations, which the store's open check reads, does not import the store). */
type Database = BetterSqlite3.Database;

/** One step of the schema: a pure function of the database, applied once, never edited after shipping. */
export interface Migration {
  /** The `user_version` the database has after this step: 10, 20, 30... */
  version: number;
  name: string;
  up(database: Database): void;
}

/** Runs each DDL statement in turn (prepared statements only; there are no values to bind in DDL). */
export function runStatements(database: Database, statements: readonly string[]): void {
  for (const statement of statements) database.prepare(statement).run();
}

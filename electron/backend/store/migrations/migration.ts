import type { Database } from '../database';

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

import type BetterSqlite3 from 'better-sqlite3';
import type { Database } from './database';

/** A value SQLite can bind. */
export type SqlValue = string | number | bigint | Buffer | Uint8Array | null;

/** A query and its parameters, kept apart so that values are never spliced into SQL. */
export type SqlQuery = readonly [query: string, parameters: readonly SqlValue[]];

/**
 * Builds a query from a template: every `${value}` becomes a `?` parameter.
 * `sql\`SELECT * FROM articles WHERE id = ${id}\`` is `['SELECT * FROM articles WHERE id = ?', [id]]`.
 */
export function sql(strings: TemplateStringsArray, ...values: SqlValue[]): SqlQuery {
  return [strings.join('?'), values];
}

/** Runs `sql` queries through prepared statements, prepared once per query text. */
export class Queries {
  private readonly statements = new Map<string, BetterSqlite3.Statement>();

  constructor(readonly database: Database) {}

  /** The prepared statement for a query text (prepared on first use, then reused). */
  statement(query: string): BetterSqlite3.Statement {
    let statement = this.statements.get(query);
    if (!statement) {
      statement = this.database.prepare(query);
      this.statements.set(query, statement);
    }
    return statement;
  }

  get<Row>([query, parameters]: SqlQuery): Row | undefined {
    return this.statement(query).get(...parameters) as Row | undefined;
  }

  all<Row>([query, parameters]: SqlQuery): Row[] {
    return this.statement(query).all(...parameters) as Row[];
  }

  run([query, parameters]: SqlQuery): BetterSqlite3.RunResult {
    return this.statement(query).run(...parameters);
  }

  /**
   * Runs `work` in one write transaction, taking the write lock at BEGIN (IMMEDIATE) so that a
   * concurrent writer makes it wait for busy_timeout rather than fail midway. Nested calls become
   * savepoints.
   */
  transaction<T>(work: () => T): T {
    return this.database.transaction(work).immediate();
  }
}

import type BetterSqlite3 from 'better-sqlite3';
import type { Database } from './database';

/** A value SQLite can bind. */
export type SqlValue = string | number | bigint | Buffer | Uint8Array | null;

/** What `sql`, `sqlFragment` and `sqlJoin` take in a `${}`: a value to bind, or a fragment to splice in. */
export type SqlPart = SqlValue | SqlFragment;

/**
 * A piece of a statement and its parameters, built only by `sqlFragment` and `sqlJoin`. Put in a
 * `${}` of `sql` or `sqlFragment`, its text goes in place and its parameters go with it, in order.
 */
class SqlFragment {
  declare private readonly fragmentBrand: never;

  constructor(
    /** The text, with a `?` for each parameter. */
    readonly text: string,
    readonly parameters: readonly SqlValue[],
  ) {}
}

/**
 * A whole statement and its parameters, built only by `sql`: the one thing `Queries` runs. A
 * string, a `[text, parameters]` tuple or a fragment is refused by the type checker.
 */
class SqlQuery {
  declare private readonly queryBrand: never;

  constructor(
    /** The text, with a `?` for each parameter; the statement cache's key. */
    readonly text: string,
    readonly parameters: readonly SqlValue[],
  ) {}
}

export type { SqlFragment, SqlQuery };

/** The text of each template without fragments, joined once per call site (template arrays are unique per site). */
const plainTexts = new WeakMap<TemplateStringsArray, string>();

function compose(strings: TemplateStringsArray, values: readonly SqlPart[]): { text: string; parameters: readonly SqlValue[] } {
  let hasFragment = false;
  for (const value of values) {
    if (value instanceof SqlFragment) {
      hasFragment = true;
      break;
    }
  }
  if (!hasFragment) {
    let text = plainTexts.get(strings);
    if (text === undefined) {
      text = strings.join('?');
      plainTexts.set(strings, text);
    }
    return { text, parameters: values as readonly SqlValue[] };
  }
  let text = strings[0]!;
  const parameters: SqlValue[] = [];
  for (let index = 0; index < values.length; index += 1) {
    const value = values[index]!;
    if (value instanceof SqlFragment) {
      text += value.text;
      for (const parameter of value.parameters) parameters.push(parameter);
    } else {
      text += '?';
      parameters.push(value);
    }
    text += strings[index + 1]!;
  }
  return { text, parameters };
}

/**
 * Builds a statement from a template: every `${value}` becomes a `?` parameter, every
 * `${fragment}` (from `sqlFragment` or `sqlJoin`) is spliced in with its parameters.
 * `sql\`SELECT * FROM articles WHERE id = ${id}\`` has the text `SELECT * FROM articles WHERE id = ?`
 * and the parameters `[id]`.
 */
export function sql(strings: TemplateStringsArray, ...values: SqlPart[]): SqlQuery {
  const { text, parameters } = compose(strings, values);
  return new SqlQuery(text, parameters);
}

/**
 * A piece of a statement for `sql` to splice in, built like `sql`: a column list, a condition,
 * or a keyword chosen from fixed pieces (`ascending ? sqlFragment\`ASC\` : sqlFragment\`DESC\``).
 */
export function sqlFragment(strings: TemplateStringsArray, ...values: SqlPart[]): SqlFragment {
  const { text, parameters } = compose(strings, values);
  return new SqlFragment(text, parameters);
}

const commaSeparator = new SqlFragment(', ', []);

/**
 * The items one after another with `separator` between them (`, ` by default): values become
 * parameters and fragments are spliced in, as in `sql`. `sql\`... WHERE id IN (${sqlJoin(ids)})\``.
 */
export function sqlJoin(items: readonly SqlPart[], separator: SqlFragment = commaSeparator): SqlFragment {
  let text = '';
  const parameters: SqlValue[] = [];
  for (let index = 0; index < items.length; index += 1) {
    if (index > 0) {
      text += separator.text;
      for (const parameter of separator.parameters) parameters.push(parameter);
    }
    const item = items[index]!;
    if (item instanceof SqlFragment) {
      text += item.text;
      for (const parameter of item.parameters) parameters.push(parameter);
    } else {
      text += '?';
      parameters.push(item);
    }
  }
  return new SqlFragment(text, parameters);
}

/**
 * Runs `sql` queries through prepared statements, prepared once per query text: the only place
 * outside migrations where statements are prepared.
 */
export class Queries {
  private readonly statements = new Map<string, BetterSqlite3.Statement>();

  constructor(private readonly database: Database) {}

  /** The prepared statement for a query text (prepared on first use, then reused). */
  private statement(text: string): BetterSqlite3.Statement {
    let statement = this.statements.get(text);
    if (!statement) {
      statement = this.database.prepare(text);
      this.statements.set(text, statement);
    }
    return statement;
  }

  get<Row>(query: SqlQuery): Row | undefined {
    return this.statement(query.text).get(...query.parameters) as Row | undefined;
  }

  all<Row>(query: SqlQuery): Row[] {
    return this.statement(query.text).all(...query.parameters) as Row[];
  }

  run(query: SqlQuery): BetterSqlite3.RunResult {
    return this.statement(query.text).run(...query.parameters);
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

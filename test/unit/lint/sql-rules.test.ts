import { describe, expect, it } from 'vitest';
import { probeMessages } from './lint-probe';

const prepareRefusal =
  'Only electron/backend/store/ may call .prepare(): run SQL through the store (sql`…` queries), which prepares and caches statements (README, "Architecture").';
const pragmaRefusal =
  'Outside electron/backend/store/, .pragma() takes a fixed string: a pragma built at run time belongs in the store, which checks its value (README, "Architecture").';
const templateRefusal = (shape: string) =>
  `SQL spliced into a template string ("${shape}"): write it as sql\`…\` so that values become parameters, composing dynamic parts from sqlFragment\`…\` pieces (README, "Architecture").`;
const concatenationRefusal = (shape: string) =>
  `SQL built by concatenation ("${shape}"): write one sql\`…\` template, composing dynamic parts from sqlFragment\`…\` pieces (README, "Architecture").`;
const methodRefusal = (method: string, shape: string) =>
  `SQL built with .${method}() ("${shape}"): compose sqlFragment\`…\` pieces inside one sql\`…\` template instead (README, "Architecture").`;

const sqlRules = ['newsdesk/prepare-only-in-store', 'newsdesk/pragma-only-literal', 'newsdesk/no-sql-splicing'];
const header = [
  'declare const database: { prepare(text: string): unknown; pragma(text: string, options?: object): unknown; exec(text: string): void };',
  'declare const id: number;',
  'declare const status: string;',
  '',
].join('\n');

async function sqlMessages(filePath: string, body: string): Promise<string[]> {
  return probeMessages(filePath, `${header}${body}`, sqlRules);
}

describe('SQL rules: only the store prepares, SQL is composed and never spliced (README, "Architecture")', () => {
  describe('.prepare( only in electron/backend/store/', () => {
    it.each([
      ['electron/backend/articles/probe.ts', "export const probe = database.prepare('SELECT 1');\n"],
      ['electron/backend/articles/probe.ts', "export const probe = database['prepare']('SELECT 1');\n"],
      ['electron/backend/articles/probe.ts', 'export const probe = database.prepare.bind(database);\n'],
      ['electron/cli/probe.ts', "export const probe = database?.prepare('SELECT 1');\n"],
      ['bench/probe.bench.ts', "export const probe = database.prepare('SELECT 1');\n"],
    ])('%s: %s is refused', async (filePath, body) => {
      expect(await sqlMessages(filePath, body)).toEqual([prepareRefusal]);
    });

    it.each([
      ['electron/backend/store/probe.ts', "export const probe = database.prepare('SELECT 1');\n"],
      ['electron/backend/store/migrations/probe.ts', "export const probe = database.prepare('SELECT 1');\n"],
      ['test/unit/electron/backend/probe.test.ts', "export const probe = database.prepare('SELECT count(*) AS rows FROM articles');\n"],
    ])('%s: %s passes', async (filePath, body) => {
      expect(await sqlMessages(filePath, body)).toEqual([]);
    });
  });

  describe('.pragma( with a value spliced in only in electron/backend/store/', () => {
    it.each([
      ['bench/probe.bench.ts', 'export const probe = database.pragma(`busy_timeout = ${id}`);\n'],
      ['electron/backend/articles/probe.ts', 'export const probe = database.pragma(status);\n'],
      ['electron/cli/probe.ts', "export const probe = database.pragma('user_version = ' + id);\n"],
    ])('%s: %s is refused', async (filePath, body) => {
      expect(await sqlMessages(filePath, body)).toEqual([pragmaRefusal]);
    });

    it.each([
      ['electron/backend/store/probe.ts', 'export const probe = database.pragma(`busy_timeout = ${id}`);\n'],
      ['bench/probe.bench.ts', "export const probe = [database.pragma('journal_mode = WAL'), database.pragma(`synchronous = OFF`)];\n"],
      ['electron/cli/probe.ts', "export const probe = database.pragma('user_version', { simple: true });\n"],
    ])('%s: %s passes', async (filePath, body) => {
      expect(await sqlMessages(filePath, body)).toEqual([]);
    });
  });

  describe('no SQL spliced into strings', () => {
    it.each([
      ['electron/backend/articles/probe.ts', 'export const probe = `SELECT * FROM articles WHERE id = ${id}`;\n', templateRefusal('SELECT * FROM articles')],
      ['electron/backend/articles/probe.ts', 'export const probe = `select headline from articles where status = ${status}`;\n', templateRefusal('select headline from articles')],
      ['electron/backend/articles/probe.ts', 'export const probe = `UPDATE articles SET status = ${status} WHERE id = ?`;\n', templateRefusal('UPDATE articles SET')],
      ['electron/backend/articles/probe.ts', 'export const probe = `DELETE FROM ${status}`;\n', templateRefusal('DELETE FROM _')],
      ['electron/backend/articles/probe.ts', 'export const probe = `INSERT INTO articles (headline) VALUES (${status})`;\n', templateRefusal('INSERT INTO articles')],
      ['electron/backend/store/probe.ts', 'export const probe = `CREATE TABLE ${status} (id INTEGER PRIMARY KEY)`;\n', templateRefusal('CREATE TABLE _ (')],
      ['electron/backend/store/probe.ts', 'database.exec(`DROP TABLE ${status}`);\n', templateRefusal('DROP TABLE _')],
      ['electron/backend/store/probe.ts', 'database.exec(`ALTER TABLE articles ADD COLUMN ${status} TEXT`);\n', templateRefusal('ALTER TABLE articles ADD')],
      ['electron/backend/store/probe.ts', 'database.exec(`PRAGMA user_version = ${id}`);\n', templateRefusal('PRAGMA user_version =')],
      ['electron/backend/search/probe.ts', 'export const probe = ` WHERE trashed_at ${status} IS NULL AND id IN (${status})`;\n', templateRefusal('AND id IN (_')],
      ['electron/backend/search/probe.ts', 'export const probe = ` ORDER BY updated_at ${status} LIMIT ? OFFSET ?`;\n', templateRefusal('LIMIT ? OFFSET')],
      ['electron/backend/search/probe.ts', 'export const probe = ` JOIN ${status} ON articles.id = x.id`;\n', templateRefusal('JOIN _ ON articles.id =')],
      ['bench/probe.bench.ts', 'export const probe = `SELECT id FROM articles WHERE trashed_at IS NULL AND ${status}`;\n', templateRefusal('SELECT id FROM articles')],
      ['electron/backend/articles/probe.ts', 'export const probe = String.raw`SELECT * FROM articles WHERE id = ${id}`;\n',
        'SQL with ${} in a String.raw`…` template ("SELECT * FROM articles"): only sql`…` and sqlFragment`…` may hold SQL with ${} (README, "Architecture").'],
      ['electron/backend/articles/probe.ts', "export const probe = 'SELECT * FROM articles WHERE id = ' + id;\n", concatenationRefusal('SELECT * FROM articles')],
      ['electron/backend/articles/probe.ts', "export const probe = 'SELECT headline ' + 'FROM articles';\n", concatenationRefusal('SELECT headline FROM articles')],
      ['electron/backend/articles/probe.ts', 'export const probe = `SELECT * FROM articles WHERE status = ${status}` + ` AND id = ?`;\n', concatenationRefusal('SELECT * FROM articles')],
      ['electron/backend/articles/probe.ts', "let query = 'x';\nquery += ' WHERE id = ' + id;\nexport const probe = query;\n", concatenationRefusal('WHERE id =')],
      ['electron/backend/articles/probe.ts', "let query = 'x';\nquery += ' AND status = ?';\nexport const probe = query;\n", concatenationRefusal('AND status = ?')],
      ['electron/backend/articles/probe.ts', "export const probe = ['SELECT *', 'FROM articles', status].join(' ');\n", methodRefusal('join', 'SELECT * FROM articles')],
      ['electron/backend/articles/probe.ts', "export const probe = 'SELECT * FROM articles WHERE id = '.concat(String(id));\n", methodRefusal('concat', 'SELECT * FROM articles')],
    ])('%s: %s is refused', async (filePath, body, expected) => {
      expect(await sqlMessages(filePath, body)).toEqual([expected]);
    });

    it.each([
      ['electron/backend/articles/probe.ts', "declare function sql(strings: TemplateStringsArray, ...values: unknown[]): unknown;\nexport const probe = sql`SELECT * FROM articles WHERE id = ${id} AND status = ${status}`;\n"],
      ['electron/backend/articles/probe.ts', "declare function sqlFragment(strings: TemplateStringsArray, ...values: unknown[]): unknown;\nexport const probe = sqlFragment`AND status = ${status} ORDER BY updated_at DESC LIMIT ${id}`;\n"],
      ['electron/backend/articles/probe.ts', "export const probe = ['SELECT * FROM articles WHERE id = ?', [id]];\n"],
      ['electron/backend/store/probe.ts', 'export const probe = `SELECT * FROM articles WHERE id = ?`;\n'],
      ['electron/backend/store/probe.ts', "export const probe = (strings: TemplateStringsArray) => strings.join('?');\n"],
      ['test/unit/electron/backend/probe.test.ts', 'export const probe = `SELECT * FROM articles WHERE id = ${id}`;\n'],
      // Prose is not SQL, even with an SQL keyword in it.
      ['electron/main/probe.ts', 'export const probe = `Select a file from ${status}.`;\n'],
      ['electron/main/probe.ts', 'export const probe = `Select the articles from the list (${id} chosen).`;\n'],
      ['electron/backend/probe.ts', 'export const probe = `The database was written by a newer Newsdesk (${id}). Update Newsdesk, or open another database and set it up.`;\n'],
      ['electron/cli/probe.ts', "export const probe = 'Delete from the trash: ' + status + '. Insert into the document ' + id + ' images.';\n"],
      ['electron/cli/probe.ts', 'export const probe = `Create a table of ${id} rows; order by ${status}; where it is ${status}.`;\n'],
      ['electron/cli/probe.ts', "export const probe = [`${id} articles selected from ${status}`, 'where to look'].join('; ');\n"],
      ['electron/cli/probe.ts', 'export const probe = `Image ${id}: width = ${id}, height = ${id}; limit ${id}, or less`;\n'],
    ])('%s: %s passes', async (filePath, body) => {
      expect(await sqlMessages(filePath, body)).toEqual([]);
    });
  });
});

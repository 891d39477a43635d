// The start-up bench's baseline: bare Node opening a database with better-sqlite3 and answering one
// query. `node bench/bare-open.mjs FILE`
import BetterSqlite3 from 'better-sqlite3';

const database = new BetterSqlite3(process.argv[2], { fileMustExist: true });
// The baseline is better-sqlite3 alone, without the store that every other statement goes through.
// eslint-disable-next-line newsdesk/prepare-only-in-store
database.prepare('SELECT count(*) AS n FROM articles').get();
database.close();

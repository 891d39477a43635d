import { sql, type Queries } from '../../store/sql';
import type { CommentImportRow } from './comment-import-row';

/**
 * `temp.comment_import_rows`: the rows of the files of one import while they stream in from the
 * worker, a group (a JSON array of CommentImportRow) per statement. A TEMP table belongs to this
 * connection and is never written to the database file or its WAL: staging costs no fsync, and a
 * crash leaves nothing behind. The columns after `position` are CommentImportRow's, in its order.
 */
export function createStagingTable(queries: Queries): void {
  queries.run(sql`CREATE TEMP TABLE IF NOT EXISTS comment_import_rows (
    import_id INTEGER NOT NULL,
    file_index INTEGER NOT NULL,
    position INTEGER NOT NULL,
    source TEXT NOT NULL,
    external_id TEXT NOT NULL,
    article_id INTEGER,
    article_external_id TEXT,
    article_title TEXT NOT NULL,
    article_url TEXT NOT NULL,
    author TEXT NOT NULL,
    author_folded TEXT NOT NULL,
    email TEXT,
    body TEXT NOT NULL,
    body_folded TEXT NOT NULL,
    created_at TEXT NOT NULL,
    parent_external_id TEXT,
    file_status TEXT NOT NULL,
    status TEXT NOT NULL,
    queue TEXT NOT NULL,
    flags_json TEXT NOT NULL,
    reports INTEGER NOT NULL,
    decided_at TEXT,
    moderator TEXT,
    note TEXT,
    PRIMARY KEY (import_id, position)
  )`);
  queries.run(sql`CREATE INDEX IF NOT EXISTS temp.comment_import_rows_by_key ON comment_import_rows (import_id, source, external_id)`);
}

/** Adds a group of rows of file `fileIndex`, numbered from `firstPosition`, in one transaction. */
export function stageRows(queries: Queries, importId: number, fileIndex: number, firstPosition: number, rows: readonly CommentImportRow[]): void {
  queries.transaction(() => {
    rows.forEach((row, index) => {
      queries.run(sql`INSERT INTO temp.comment_import_rows VALUES (${importId}, ${fileIndex}, ${firstPosition + index},
        ${row[0]}, ${row[1]}, ${row[2]}, ${row[3]}, ${row[4]}, ${row[5]}, ${row[6]}, ${row[7]}, ${row[8]}, ${row[9]}, ${row[10]},
        ${row[11]}, ${row[12]}, ${row[13]}, ${row[14]}, ${row[15]}, ${row[16]}, ${row[17]}, ${row[18]}, ${row[19]}, ${row[20]})`);
    });
  });
}

export function dropStagedRows(queries: Queries, importId: number): void {
  queries.run(sql`DELETE FROM temp.comment_import_rows WHERE import_id = ${importId}`);
}

import fs from 'node:fs';
import path from 'node:path';
import { createCommentImportService } from '../../../../../electron/backend/comments/comment-import-service';
import type { OpenedBackend } from '../../../../../electron/backend/backend';
import { createSettingsService } from '../../../../../electron/backend/settings/settings-service';
import { sql } from '../../../../../electron/backend/store/sql';

/** The import service on a backend's store, with word lists the test sets. */
export function importServiceOf(backend: OpenedBackend, lists = { banned: ['đồ ngu'], suspect: ['giá rẻ'] }) {
  const current = { lists };
  const service = createCommentImportService(backend.context, { wordLists: () => current.lists, settings: createSettingsService(backend.context) });
  return { service, current };
}

export interface CommentRow {
  id: number;
  source: string;
  external_id: string;
  article_id: number | null;
  article_title: string;
  article_url: string;
  author: string;
  email: string | null;
  body: string;
  body_folded: string;
  author_folded: string;
  created_at: string;
  parent_external_id: string | null;
  status: string;
  queue: string;
  flags_json: string;
  reports: number;
  decided_at: string | null;
  moderator: string | null;
  note: string | null;
  imported_at: string;
}

export function commentRows(backend: OpenedBackend): CommentRow[] {
  return backend.context.queries.all<CommentRow>(sql`SELECT * FROM comments ORDER BY source, external_id`);
}

/** Rows left in the connection's TEMP staging table (0 when no import has created it yet). */
export function stagingCount(backend: OpenedBackend): number {
  const { queries } = backend.context;
  const exists = queries.get(sql`SELECT 1 AS found FROM sqlite_temp_schema WHERE name = 'comment_import_rows'`);
  return exists ? queries.get<{ count: number }>(sql`SELECT count(*) AS count FROM temp.comment_import_rows`)!.count : 0;
}

export function writeFile(folder: string, name: string, content: string | Uint8Array): string {
  const filePath = path.join(folder, name);
  fs.writeFileSync(filePath, content);
  return filePath;
}

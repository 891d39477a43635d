import type { OpenedBackend } from '../../../../../electron/backend/backend';
import { foldForSearch } from '../../../../../shared/text/fold';

export interface TestComment {
  externalId: string;
  body: string;
  author?: string;
  email?: string | null;
  createdAt?: string;
  status?: 'pending' | 'approved' | 'rejected' | 'spam';
  queue?: 'pending' | 'reported' | 'approved' | 'rejected' | 'spam';
  articleId?: number | null;
  articleTitle?: string;
  articleUrl?: string;
  parentExternalId?: string | null;
  reports?: number;
  flagsJson?: string;
}

/** Puts comments straight into the store, as an import would leave them (the importer has its own tests). */
export function insertComments(backend: OpenedBackend, comments: TestComment[]): number[] {
  const insert = backend.database.prepare(`
    INSERT INTO comments (source, external_id, article_id, article_title, article_url, author, author_folded, email, body, body_folded,
      created_at, parent_external_id, status, queue, flags_json, reports, imported_at)
    VALUES ('portal', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '2024-04-01T00:00:00.000Z')`);
  return comments.map((comment, index) => {
    const author = comment.author ?? 'Bạn đọc';
    const status = comment.status ?? 'pending';
    const result = insert.run(
      comment.externalId,
      comment.articleId ?? null,
      comment.articleTitle ?? 'Tin bài',
      comment.articleUrl ?? '',
      author,
      foldForSearch(author),
      comment.email ?? null,
      comment.body,
      foldForSearch(`${comment.body} ${author} ${comment.articleTitle ?? 'Tin bài'}`),
      comment.createdAt ?? new Date(Date.UTC(2024, 3, 1, 0, index)).toISOString(),
      comment.parentExternalId ?? null,
      status,
      comment.queue ?? status,
      comment.flagsJson ?? '[]',
      comment.reports ?? 0,
    );
    return Number(result.lastInsertRowid);
  });
}

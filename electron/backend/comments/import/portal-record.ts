import { commentStatuses, type CommentStatus } from '../../../../shared/model/comment';
import type { ParsedComment } from '../parsed-comment';
import { commentBody } from './comment-body';
import { isoTime } from './comment-dates';
import { commentFileInvalid } from './comment-file-error';
import type { ImportWarnings } from './import-warnings';

/** One record of the portal's CSV or JSON export, its values as strings (null when absent). */
export interface PortalFields {
  id: string | null;
  article_url: string | null;
  article_title: string | null;
  author: string | null;
  email: string | null;
  created_at: string | null;
  parent_id: string | null;
  status: string | null;
  body: string | null;
  reports: string | null;
}

function isStatus(value: string): value is CommentStatus {
  return (commentStatuses as readonly string[]).includes(value);
}

/**
 * A portal record checked and turned into a ParsedComment. Required: id, body (not empty) and
 * created_at (ISO 8601; without a zone, Vietnam time). Empty status is pending, empty parent_id
 * none, empty email none.
 */
export function portalComment(fields: PortalFields, fileName: string, where: string, warnings: ImportWarnings): ParsedComment {
  const fail = (problem: string) => commentFileInvalid(fileName, where, problem);
  const id = fields.id?.trim() ?? '';
  if (id === '') throw fail('the comment has no id');
  if (fields.body === null || fields.body === '') throw fail(`comment ${id} has no body`);
  const createdText = fields.created_at?.trim() ?? '';
  if (createdText === '') throw fail(`comment ${id} has no created_at`);
  const createdAt = isoTime(createdText, '+07:00');
  if (createdAt === null) throw fail(`comment ${id}: created_at "${createdText}" is not a date and time (ISO 8601, e.g. 2024-03-01T10:15:00+07:00)`);
  const status = fields.status?.trim().toLowerCase() || 'pending';
  if (!isStatus(status)) throw fail(`comment ${id}: unknown status "${fields.status ?? ''}" (pending, approved, rejected or spam)`);
  const reportsText = fields.reports?.trim() ?? '';
  if (reportsText !== '' && !/^\d{1,9}$/u.test(reportsText)) throw fail(`comment ${id}: reports "${reportsText}" is not a whole number`);
  const record = `${where} (id ${id})`;
  return {
    source: 'portal',
    externalId: id,
    article: { externalId: null, url: fields.article_url?.trim() ?? '', title: (fields.article_title ?? '').normalize('NFC') },
    author: (fields.author ?? '').normalize('NFC'),
    email: fields.email?.trim() || null,
    body: commentBody(fields.body, record, warnings),
    createdAt,
    parentExternalId: fields.parent_id?.trim() || null,
    status,
    reports: reportsText === '' ? 0 : Number(reportsText),
    where,
  };
}

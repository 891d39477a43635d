import { fileKinds } from '../model/file-kind';
import { importFormats } from '../model/import';
import type { ErrorCode } from './error-codes';

/** The type of one parameter: a string, a number, a boolean, or one of a list of strings. */
type ParamKind = 'string' | 'number' | 'boolean' | readonly string[];

type ParamValue<Kind> = Kind extends 'string'
  ? string
  : Kind extends 'number'
    ? number
    : Kind extends 'boolean'
      ? boolean
      : Kind extends ReadonlyArray<infer Choice>
        ? Choice
        : never;

interface ReasonDeclaration {
  code: ErrorCode;
  params: Readonly<Record<string, ParamKind>>;
}

/**
 * Every reason an ApiError can have: a specific, stable key, the broad code it travels under, and
 * the type of its parameters. Messages are not here: the renderer words a reason in the interface
 * language (renderer/i18n), and `message` is its English wording (shared/messages/english.ts).
 * `problem` parameters hold a library's or the system's own English text (SQLite, zod, JSZip),
 * shown as a technical detail.
 */
export const errorReasons = {
  // Articles, versions, media.
  'article-not-found': { code: 'not_found', params: { id: 'number' } },
  'category-not-found': { code: 'invalid_argument', params: { categoryId: 'number' } },
  'category-exists': { code: 'conflict', params: { name: 'string', existing: 'string' } },
  'category-in-use': { code: 'conflict', params: { name: 'string', articles: 'number' } },
  'version-conflict': { code: 'conflict', params: { id: 'number', expectedVersion: 'number', currentVersion: 'number', updatedAt: 'string' } },
  'article-body-invalid': { code: 'invalid_argument', params: { problem: 'string' } },
  'heading-level-invalid': { code: 'invalid_argument', params: { level: 'string' } },
  'figure-attribute-not-text': { code: 'invalid_argument', params: { attribute: ['hash', 'caption', 'credit', 'alt'] } },
  'figure-hash-invalid': { code: 'invalid_argument', params: {} },
  'figure-attribute-not-boolean': { code: 'invalid_argument', params: { attribute: ['featured'] } },
  'list-start-invalid': { code: 'invalid_argument', params: {} },
  'table-span-invalid': { code: 'invalid_argument', params: {} },
  'revision-not-found': { code: 'not_found', params: { id: 'number' } },
  // Authors and bylines.
  'author-not-found': { code: 'not_found', params: { id: 'number' } },
  'author-name-taken': { code: 'conflict', params: { name: 'string', id: 'number' } },
  /** `fileName` is empty when the image came without one. */
  'media-too-large': { code: 'too_large', params: { fileName: 'string', sizeBytes: 'number', limitBytes: 'number' } },
  'media-empty': { code: 'unsupported_media_type', params: { fileName: 'string' } },
  /** `looksLike` is empty when the content is not recognised at all. */
  'media-type-unsupported': { code: 'unsupported_media_type', params: { fileName: 'string', looksLike: ['', ...fileKinds] } },
  'media-not-found': { code: 'not_found', params: { hash: 'string' } },
  'comment-not-found': { code: 'not_found', params: { id: 'number' } },

  // The database file: opening, checking, backing up.
  'database-missing': { code: 'storage', params: { databasePath: 'string' } },
  'database-unopenable': { code: 'storage', params: { databasePath: 'string', problem: 'string' } },
  'database-not-sqlite': { code: 'storage', params: { databasePath: 'string', problem: 'string' } },
  'database-damaged': { code: 'storage', params: { databasePath: 'string', problem: 'string' } },
  'database-settings-refused': { code: 'storage', params: { databasePath: 'string', problem: 'string' } },
  'database-too-new': { code: 'storage', params: { databasePath: 'string', schemaVersion: 'number', supportedVersion: 'number' } },
  'database-busy': { code: 'storage', params: { databasePath: 'string' } },
  'database-io-failed': { code: 'storage', params: { databasePath: 'string', problem: 'string' } },
  'database-closed': { code: 'storage', params: { databasePath: 'string' } },
  'backup-path-not-absolute': { code: 'invalid_argument', params: { outPath: 'string' } },
  'backup-same-as-database': { code: 'invalid_argument', params: { outPath: 'string' } },
  'backup-exists': { code: 'conflict', params: { outPath: 'string' } },
  'backup-write-failed': { code: 'storage', params: { outPath: 'string', problem: 'string' } },
  'backup-check-failed': { code: 'storage', params: { outPath: 'string', databasePath: 'string', problem: 'string' } },
  'backup-damaged': { code: 'storage', params: { outPath: 'string', databasePath: 'string', problem: 'string' } },
  /** The file or its folder may not be read or written by this user: not damage. */
  'database-permission-denied': { code: 'storage', params: { databasePath: 'string', problem: 'string' } },
  /** The database could not be opened at start (damaged, permission...): only the database.* recovery methods answer. */
  'database-unavailable': { code: 'storage', params: { databasePath: 'string', problem: 'string' } },
  'backup-timed-out': { code: 'storage', params: { outPath: 'string', seconds: 'number' } },
  'backup-cancelled': { code: 'storage', params: { outPath: 'string' } },
  /** A name of `database.backups` was expected: a file name in the backup folder, no folder part. */
  'backup-name-invalid': { code: 'invalid_argument', params: { name: 'string' } },
  'restore-backup-missing': { code: 'not_found', params: { backupPath: 'string' } },
  /** The backup is not SQLite, fails integrity_check, or is from a newer Newsdesk: nothing was changed. */
  'restore-backup-unusable': { code: 'storage', params: { backupPath: 'string', problem: 'string' } },
  'restore-failed': { code: 'storage', params: { databasePath: 'string', backupPath: 'string', problem: 'string' } },
  'restore-database-in-use': { code: 'conflict', params: { databasePath: 'string' } },

  // Export (export.plan, export.article). `problem` is the system's own text.
  'export-article-trashed': { code: 'invalid_argument', params: { id: 'number' } },
  'export-folder-not-absolute': { code: 'invalid_argument', params: { folder: 'string' } },
  /** The folder exists but is not a folder, or could not be created. */
  'export-folder-invalid': { code: 'invalid_argument', params: { folder: 'string', problem: 'string' } },
  'export-permission-denied': { code: 'storage', params: { path: 'string' } },
  'export-write-failed': { code: 'storage', params: { path: 'string', problem: 'string' } },
  'export-image-unreadable': { code: 'unsupported_media_type', params: { hash: 'string', problem: 'string' } },

  // Calls: the method, its arguments, its result.
  /** `method` is empty when the name was not a string. */
  'unknown-method': { code: 'unknown_method', params: { method: 'string' } },
  'forbidden-key': { code: 'invalid_argument', params: { method: 'string', key: 'string', path: 'string' } },
  'arguments-too-deep': { code: 'invalid_argument', params: { method: 'string', path: 'string' } },
  /** A value the contract refuses; `where` is the dotted path (empty for the whole arguments), `problem` zod's English text. */
  'invalid-argument': { code: 'invalid_argument', params: { method: 'string', where: 'string', problem: 'string' } },
  'invalid-result': { code: 'internal', params: { method: 'string', where: 'string', problem: 'string' } },
  'unexpected-failure': { code: 'internal', params: { method: 'string' } },
  'caller-not-trusted': { code: 'unauthorized', params: { method: 'string' } },

  // Import.
  'import-format-unsupported': { code: 'unsupported_media_type', params: { fileName: 'string' } },
  'import-file-empty': { code: 'invalid_argument', params: { fileName: 'string' } },
  'import-file-blank': { code: 'invalid_argument', params: { fileName: 'string' } },
  'import-file-too-large': { code: 'too_large', params: { fileName: 'string', sizeBytes: 'number', limitBytes: 'number' } },
  'import-content-mismatch': { code: 'unsupported_media_type', params: { fileName: 'string', format: importFormats, content: fileKinds } },
  'import-docx-damaged': { code: 'unsupported_media_type', params: { fileName: 'string', problem: 'string' } },
  'import-docx-without-document': { code: 'unsupported_media_type', params: { fileName: 'string' } },
  'import-docx-expands-too-large': { code: 'too_large', params: { fileName: 'string', expandedBytes: 'number', limitBytes: 'number' } },
  /** The XML parts of a .docx (its text and layout, not its images) would expand beyond `limitBytes`. */
  'import-docx-markup-too-large': { code: 'too_large', params: { fileName: 'string', markupBytes: 'number', limitBytes: 'number' } },
  /** An entry of a .docx unpacks to other than the size its headers declare (`actualBytes` is at least that many when it unpacks to more). */
  'import-docx-size-mismatch': { code: 'unsupported_media_type', params: { fileName: 'string', entry: 'string', declaredBytes: 'number', actualBytes: 'number' } },
  /** A .txt or .html file whose text is longer than `characterLimit`, found while it was decoded. */
  'import-file-text-too-long': { code: 'too_large', params: { fileName: 'string', format: importFormats, characterLimit: 'number' } },
  /** An .html file with more elements, or a .docx or .txt with more paragraphs, than `limit`: found before it was parsed. */
  'import-file-too-many-elements': { code: 'too_large', params: { fileName: 'string', format: importFormats, count: 'number', limit: 'number' } },
  /** Reading the file took more memory or time than an article ever takes, and was stopped. */
  'import-file-stopped': { code: 'too_large', params: { fileName: 'string', stop: ['memory', 'time'], memoryMegabytes: 'number', seconds: 'number' } },
  'import-file-unparsable': { code: 'invalid_argument', params: { fileName: 'string', format: importFormats, problem: 'string' } },
  'import-text-too-long': { code: 'too_large', params: { characters: 'number', nodes: 'number', characterLimit: 'number', nodeLimit: 'number' } },
  /** The desktop edition could not read a chosen file from disk; `problem` is the system's text. */
  'import-file-missing': { code: 'not_found', params: { fileName: 'string', problem: 'string' } },
  'import-file-read-failed': { code: 'invalid_argument', params: { fileName: 'string', problem: 'string' } },
  /** A chosen path that is not a regular file (a folder, a pipe). */
  'import-file-not-regular': { code: 'invalid_argument', params: { fileName: 'string' } },
  'import-failed-unexpectedly': { code: 'internal', params: { fileName: 'string' } },

  // Reader comments: importing a comment file (WordPress WXR, Disqus XML, CSV, JSON).
  /** The file is none of the comment formats; `start` is its first characters, for the message. */
  'comment-file-format-unknown': { code: 'unsupported_media_type', params: { fileName: 'string', start: 'string' } },
  /** A malformed, truncated or incomplete comment file; `where` names the line or record. Nothing of the file was imported. */
  'comment-file-invalid': { code: 'invalid_argument', params: { fileName: 'string', where: 'string', problem: 'string' } },

  // The browser edition's server (`newsdesk serve`).
  'post-required': { code: 'invalid_argument', params: { method: 'string' } },
  'get-required': { code: 'invalid_argument', params: {} },
  'origin-refused': { code: 'unauthorized', params: { origin: 'string' } },
  'api-token-invalid': { code: 'unauthorized', params: { header: 'string' } },
  'media-token-invalid': { code: 'unauthorized', params: {} },
  'host-refused': { code: 'unauthorized', params: { host: 'string', port: 'number' } },
  'json-required': { code: 'unsupported_media_type', params: {} },
  /** The body is declared in a character set other than UTF-8 (`charset` as declared, cut to 40 characters). */
  'json-charset-unsupported': { code: 'unsupported_media_type', params: { charset: 'string' } },
  'media-hash-invalid': { code: 'invalid_argument', params: {} },
  'request-too-large': { code: 'too_large', params: { limitBytes: 'number' } },
  'request-body-empty': { code: 'invalid_argument', params: {} },
  'request-body-not-json': { code: 'invalid_argument', params: { problem: 'string' } },
  'request-body-null': { code: 'invalid_argument', params: {} },
  'server-failed': { code: 'internal', params: {} },

  // The renderer's client, before or after the backend (renderer/api/client.ts).
  'backend-unreachable': { code: 'internal', params: { method: 'string', edition: ['desktop', 'browser'], problem: 'string' } },
  'bad-response': { code: 'internal', params: { method: 'string' } },
  'bad-http-response': { code: 'internal', params: { method: 'string', status: 'number' } },
  'bridge-method-missing': { code: 'internal', params: { method: 'string' } },
  'access-token-missing': { code: 'unauthorized', params: {} },
} as const satisfies Readonly<Record<string, ReasonDeclaration>>;

/** A specific, stable reason for a failure, e.g. 'article-not-found'. */
export type ErrorReason = keyof typeof errorReasons;

/** Every reason, in declaration order. */
export const errorReasonList = Object.keys(errorReasons) as ErrorReason[];

type DeclaredParams<R extends ErrorReason> = (typeof errorReasons)[R]['params'];

/** The parameters of a reason, e.g. `{ id: number }` for 'article-not-found'. */
export type ErrorParamsOf<R extends ErrorReason> = R extends ErrorReason
  ? keyof DeclaredParams<R> extends never
    ? Readonly<Record<string, never>>
    : { readonly [Name in keyof DeclaredParams<R>]: ParamValue<DeclaredParams<R>[Name]> }
  : never;

/** The parameters of any reason: a flat record of strings, numbers and booleans. */
export type ErrorParams = Readonly<Record<string, string | number | boolean>>;

/** How each reason is put into words in one language. */
export type ErrorWording = { readonly [R in ErrorReason]: (params: ErrorParamsOf<R>) => string };

export function isErrorReason(value: unknown): value is ErrorReason {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(errorReasons, value);
}

/** The broad code a reason travels under. */
export function codeOfReason(reason: ErrorReason): ErrorCode {
  return errorReasons[reason].code;
}

/** Whether `params` are exactly the parameters `reason` declares, each of its type. */
export function areErrorParams<R extends ErrorReason>(reason: R, params: unknown): params is ErrorParamsOf<R> {
  if (typeof params !== 'object' || params === null || Array.isArray(params)) return false;
  const declared: Readonly<Record<string, ParamKind>> = errorReasons[reason].params;
  const given = params as Record<string, unknown>;
  const names = Object.keys(declared);
  if (Object.keys(given).length !== names.length) return false;
  return names.every((name) => {
    if (!Object.prototype.hasOwnProperty.call(given, name)) return false;
    const kind = declared[name]!;
    const value = given[name];
    return typeof kind === 'string' ? typeof value === kind : typeof value === 'string' && kind.includes(value);
  });
}

/** The words for `reason` with its `params`, from one language's table. */
export function wordError<R extends ErrorReason>(wording: ErrorWording, reason: R, params: ErrorParamsOf<R>): string {
  return (wording[reason] as (params: ErrorParamsOf<R>) => string)(params);
}

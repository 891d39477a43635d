import type { IdleTasks } from './idle-tasks';
import type { Database } from './store/database';
import type { Queries } from './store/sql';

/** The time source of the services; tests pass a fake clock to simulate time passing. */
export type Clock = () => Date;

/** Why an article was written: a save of some kind, a trash or untrash, or another change (bylines...). */
export type ArticleWriteKind = 'create' | 'autosave' | 'explicit' | 'restore' | 'trash' | 'untrash' | 'other';

/** What an article write passes to the listeners, inside the write's transaction. */
export interface ArticleWrite {
  id: number;
  kind: ArticleWriteKind;
  /** The article's version after the write. */
  version: number;
  headline: string;
  sapo: string;
  sourcePrefix: string;
  /** The body's plain text, built on first call (a listener that defers its work may never need it). */
  plainText(): string;
  status: string;
  trashed: boolean;
}

/**
 * Called inside the transaction of every article create, save, restore, trash and untrash (for
 * example to keep a search index in step). Throwing rolls the write back.
 */
export type ArticleWriteListener = (write: ArticleWrite) => void;

/**
 * What every service is built from: one database connection, its statement cache, a clock.
 * Article rows are written only through electron/backend/articles (create, `updateArticle`, trash,
 * restore): revisions and write listeners depend on it.
 */
export interface BackendContext {
  readonly database: Database;
  readonly queries: Queries;
  readonly now: Clock;
  readonly databasePath: string;
  readonly appVersion: string;
  readonly articleWriteListeners: ArticleWriteListener[];
  /** Work that may run after the current call has answered (see IdleTasks). */
  readonly idleTasks: IdleTasks;
  /** Where unexpected errors that no caller sees are logged. */
  readonly logError: (message: string) => void;
}

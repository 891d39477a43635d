import type { IdleTasks } from './idle-tasks';
import type { Queries } from './store/sql';

/** The time source of the services; tests pass a fake clock to simulate time passing. */
export type Clock = () => Date;

/**
 * Why an article was written: created, saved (autosave or explicit), a revision restored, its tone
 * marks converted (`articles.applyToneStyle`), moved to or taken out of the trash, exported (status "Đã xuất"; the text is unchanged), or
 * another change (bylines...).
 */
export type ArticleWriteKind = 'create' | 'autosave' | 'explicit' | 'restore' | 'tone-style' | 'trash' | 'untrash' | 'discard' | 'export' | 'other';

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

/** The listeners of article writes; backend.ts registers them, the article writer tells them. */
export class ArticleWriteListeners {
  private readonly listeners: ArticleWriteListener[] = [];

  listen(listener: ArticleWriteListener): void {
    this.listeners.push(listener);
  }

  get isEmpty(): boolean {
    return this.listeners.length === 0;
  }

  /** Drops every listener: only for benches that measure what the listeners cost. */
  removeAll(): void {
    this.listeners.length = 0;
  }

  tell(write: ArticleWrite): void {
    for (const listener of this.listeners) listener(write);
  }
}

/**
 * What every service is built from: the database's statements (the one door to SQL), a clock.
 * Article rows are written only through electron/backend/articles (create, `updateArticle`, trash,
 * untrash): revisions and write listeners depend on it.
 */
export interface BackendContext {
  readonly queries: Queries;
  readonly now: Clock;
  readonly databasePath: string;
  readonly appVersion: string;
  readonly articleWrites: ArticleWriteListeners;
  /** Work that may run after the current call has answered (see IdleTasks). */
  readonly idleTasks: IdleTasks;
  /** Where unexpected errors that no caller sees are logged. */
  readonly logError: (message: string) => void;
}

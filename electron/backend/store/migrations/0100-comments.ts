import type { Migration } from './migration';
import { runStatements } from './migration';

/**
 * Reader comments (issue 9).
 *
 * - `comments`: one row per comment, unique by (source, external_id) so that re-importing updates.
 *   `queue` is derived from status, flags and reports (`queueOf` in shared/model/comment.ts) and
 *   stored so that each tab is one index range. `body_folded` is the body, author and article title
 *   folded for search (`foldForSearch`). `decided_at`/`moderator`/`note` are set by decisions made
 *   here; an import never overwrites them unless asked to.
 * - `comment_decisions`: every decision made here, one row per comment, grouped by `batch` (one
 *   keystroke or one bulk action). Undo marks a batch `undone` and records the restoring decision
 *   as a new batch, so history only grows.
 * - `comment_import_staging`: rows of a file being imported, written in small transactions while
 *   the file streams in, moved into `comments` in one transaction at the end (or deleted when the
 *   file turns out bad): a file imports all or nothing without being held in memory.
 * - `word_list_entries`: Từ cấm (banned) and Từ cần xem xét (suspect), in order.
 */
export const migration0100Comments: Migration = {
  version: 100,
  name: 'comments',
  up(database) {
    runStatements(database, [
      `CREATE TABLE comments (
        id INTEGER PRIMARY KEY,
        source TEXT NOT NULL CHECK (source IN ('wordpress', 'disqus', 'portal')),
        external_id TEXT NOT NULL,
        article_id INTEGER REFERENCES articles(id) ON DELETE SET NULL,
        article_external_id TEXT,
        article_title TEXT NOT NULL DEFAULT '',
        article_url TEXT NOT NULL DEFAULT '',
        author TEXT NOT NULL,
        author_folded TEXT NOT NULL,
        email TEXT,
        body TEXT NOT NULL,
        body_folded TEXT NOT NULL,
        created_at TEXT NOT NULL,
        parent_external_id TEXT,
        status TEXT NOT NULL CHECK (status IN ('pending', 'approved', 'rejected', 'spam')),
        queue TEXT NOT NULL CHECK (queue IN ('pending', 'reported', 'approved', 'rejected', 'spam')),
        flags_json TEXT NOT NULL DEFAULT '[]',
        reports INTEGER NOT NULL DEFAULT 0 CHECK (reports >= 0),
        decided_at TEXT,
        moderator TEXT,
        note TEXT,
        imported_at TEXT NOT NULL,
        UNIQUE (source, external_id)
      ) STRICT`,
      'CREATE INDEX comments_by_queue ON comments (queue, created_at, id)',
      'CREATE INDEX comments_by_article ON comments (article_id, queue, created_at)',
      'CREATE INDEX comments_by_author ON comments (author_folded)',
      'CREATE INDEX comments_by_email ON comments (email) WHERE email IS NOT NULL',
      'CREATE INDEX comments_by_decision ON comments (decided_at) WHERE decided_at IS NOT NULL',
      `CREATE TABLE comment_decisions (
        id INTEGER PRIMARY KEY,
        batch INTEGER NOT NULL,
        comment_id INTEGER NOT NULL REFERENCES comments(id) ON DELETE CASCADE,
        from_status TEXT NOT NULL,
        from_decided_at TEXT,
        from_moderator TEXT,
        from_note TEXT,
        to_status TEXT NOT NULL,
        decided_at TEXT NOT NULL,
        moderator TEXT NOT NULL,
        note TEXT,
        undo_of INTEGER,
        undone INTEGER NOT NULL DEFAULT 0 CHECK (undone IN (0, 1))
      ) STRICT`,
      'CREATE INDEX comment_decisions_by_batch ON comment_decisions (batch)',
      `CREATE TABLE comment_import_staging (
        import_id TEXT NOT NULL,
        position INTEGER NOT NULL,
        record_json TEXT NOT NULL,
        PRIMARY KEY (import_id, position)
      ) STRICT`,
      `CREATE TABLE word_list_entries (
        list TEXT NOT NULL CHECK (list IN ('banned', 'suspect')),
        position INTEGER NOT NULL,
        entry TEXT NOT NULL,
        PRIMARY KEY (list, position)
      ) STRICT`,
    ]);
  },
};

import type { Migration } from './migration';
import { runStatements } from './migration';

/** The first schema: articles with revisions, media, authors and bylines, categories, settings. */
export const migration0010Initial: Migration = {
  version: 10,
  name: 'initial',
  up(database) {
    runStatements(database, [
      `CREATE TABLE categories (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        slug TEXT NOT NULL UNIQUE,
        parent_id INTEGER REFERENCES categories(id) ON DELETE SET NULL
      ) STRICT`,
      `CREATE TABLE articles (
        id INTEGER PRIMARY KEY,
        headline TEXT NOT NULL DEFAULT '',
        sapo TEXT NOT NULL DEFAULT '',
        source_prefix TEXT NOT NULL DEFAULT '',
        body_json TEXT NOT NULL,
        plain_text TEXT NOT NULL DEFAULT '',
        word_count INTEGER NOT NULL DEFAULT 0 CHECK (word_count >= 0),
        status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'submitted', 'approved', 'exported')),
        category_id INTEGER REFERENCES categories(id) ON DELETE SET NULL,
        version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        trashed_at TEXT
      ) STRICT`,
      'CREATE INDEX articles_by_trashed_updated ON articles (trashed_at, updated_at)',
      'CREATE INDEX articles_by_status_updated ON articles (status, updated_at)',
      `CREATE TABLE article_revisions (
        id INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        article_version INTEGER NOT NULL CHECK (article_version >= 1),
        kind TEXT NOT NULL CHECK (kind IN ('autosave', 'explicit', 'restore', 'create')),
        headline TEXT NOT NULL,
        sapo TEXT NOT NULL,
        source_prefix TEXT NOT NULL,
        body_json TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('draft', 'submitted', 'approved', 'exported')),
        word_count INTEGER NOT NULL CHECK (word_count >= 0),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT`,
      'CREATE INDEX article_revisions_by_article ON article_revisions (article_id, id)',
      `CREATE TABLE media (
        hash TEXT PRIMARY KEY CHECK (length(hash) = 64),
        mime TEXT NOT NULL CHECK (mime IN ('image/jpeg', 'image/png', 'image/gif', 'image/webp')),
        size INTEGER NOT NULL CHECK (size >= 0),
        width INTEGER,
        height INTEGER,
        file_name TEXT,
        data BLOB NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT`,
      `CREATE TABLE authors (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        pen_name TEXT,
        email TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT`,
      `CREATE TABLE article_bylines (
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        author_id INTEGER NOT NULL REFERENCES authors(id) ON DELETE RESTRICT,
        position INTEGER NOT NULL CHECK (position >= 0),
        role TEXT NOT NULL DEFAULT 'author',
        PRIMARY KEY (article_id, position)
      ) STRICT`,
      'CREATE INDEX article_bylines_by_author ON article_bylines (author_id)',
      `CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL CHECK (json_valid(value))
      ) STRICT`,
    ]);
  },
};

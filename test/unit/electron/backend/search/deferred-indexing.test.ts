import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { ArticleSummary } from '../../../../../shared/model/article';
import type { OpenedBackend } from '../../../../../electron/backend/backend';
import { rebuildSearchIndex } from '../../../../../electron/backend/search/search-index';
import { backendFixture, call, paragraphs } from '../backend-fixture';

const repositoryRoot = fileURLToPath(new URL('../../../../../', import.meta.url));
const saveThenCrash = fileURLToPath(new URL('./save-then-crash.ts', import.meta.url));
const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

type Queryable = Pick<BetterSqlite3.Database, 'prepare'>;

function indexed(database: Queryable, phrase: string): number[] {
  return (database.prepare('SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rowid').all(`"${phrase}"`) as Array<{ rowid: number }>).map((row) => row.rowid);
}

function queued(database: Queryable): number[] {
  return (database.prepare('SELECT article_id FROM search_index_queue ORDER BY article_id').all() as Array<{ article_id: number }>).map((row) => row.article_id);
}

function plainText(database: Queryable, articleId: number): string | undefined {
  return (database.prepare('SELECT plain_text FROM article_plain_texts WHERE article_id = ?').get(articleId) as { plain_text: string } | undefined)?.plain_text;
}

async function found(backend: OpenedBackend, query: string): Promise<number[]> {
  return (await call(backend, 'search.articles', { query })).results.map((hit) => hit.id);
}

async function save(backend: OpenedBackend, article: { id: number; version: number }, kind: 'autosave' | 'explicit', text: string): Promise<ArticleSummary> {
  return call(backend, 'articles.save', { id: article.id, expectedVersion: article.version, kind, fields: { headline: text, body: paragraphs(text) } });
}

describe('search indexing deferred past a save', () => {
  const fixture = backendFixture();

  it.each(['autosave', 'explicit'] as const)('answers a %s before indexing it, with the article queued, and indexes it on the next turn', async (kind) => {
    const backend = fixture.open();
    const { database } = backend;
    const article = await call(backend, 'articles.create', { fields: { headline: 'Khai mạc hội chợ' } });
    expect(queued(database)).toEqual([]);

    const saved = await save(backend, article, kind, 'Bế mạc triển lãm');
    expect(saved).toMatchObject({ version: article.version + 1, wordCount: 8 });
    expect(database.prepare('SELECT headline, body_json, version, word_count FROM articles WHERE id = ?').get(article.id)).toEqual({
      headline: 'Bế mạc triển lãm',
      body_json: JSON.stringify(paragraphs('Bế mạc triển lãm')),
      version: saved.version,
      word_count: 8,
    });
    expect(queued(database)).toEqual([article.id]);
    expect(plainText(database, article.id)).toBe('');
    expect(indexed(database, 'hoi cho')).toEqual([article.id]);
    expect(indexed(database, 'trien lam')).toEqual([]);

    await nextTurn();
    expect(queued(database)).toEqual([]);
    expect(plainText(database, article.id)).toBe('Bế mạc triển lãm');
    expect(indexed(database, 'hoi cho')).toEqual([]);
    expect(indexed(database, 'trien lam')).toEqual([article.id]);
  });

  it('indexes ten quick saves of an article once, with the last text', async () => {
    const backend = fixture.open();
    let article: { id: number; version: number } = await call(backend, 'articles.create', {});
    for (let index = 0; index < 10; index += 1) article = await save(backend, article, 'autosave', `Bản nháp số ${index}`);
    expect(backend.context.idleTasks.size).toBe(1);
    await nextTurn();
    expect(indexed(backend.database, 'ban nhap so 9')).toEqual([article.id]);
    expect(indexed(backend.database, 'ban nhap so 8')).toEqual([]);
  });

  it('lets a search that comes before the idle task find the saved text, not the old one', async () => {
    const backend = fixture.open();
    const article = await call(backend, 'articles.create', { fields: { headline: 'Khai mạc hội chợ' } });
    await save(backend, article, 'autosave', 'Bế mạc triển lãm');
    expect(queued(backend.database)).toEqual([article.id]);
    expect(await found(backend, 'trien lam')).toEqual([article.id]);
    expect(await found(backend, 'hoi cho')).toEqual([]);
  });

  it('indexes in their own transaction the writes that follow a save: trash, restore', async () => {
    const backend = fixture.open();
    const { database } = backend;
    const article = await call(backend, 'articles.create', { fields: { headline: 'Khai mạc hội chợ' } });
    await save(backend, article, 'autosave', 'Bế mạc triển lãm');
    await call(backend, 'articles.trash', { id: article.id });
    expect(queued(database)).toEqual([]);
    expect(indexed(database, 'trien lam')).toEqual([]);
    await call(backend, 'articles.untrash', { id: article.id });
    expect(indexed(database, 'trien lam')).toEqual([article.id]);
    await nextTurn();
    expect(indexed(database, 'trien lam')).toEqual([article.id]);
    expect(indexed(database, 'hoi cho')).toEqual([]);
  });

  it('keeps a trashed article out of the index when it is saved', async () => {
    const backend = fixture.open();
    const article = await call(backend, 'articles.create', { fields: { headline: 'Khai mạc hội chợ' } });
    const trashed = await call(backend, 'articles.trash', { id: article.id });
    await save(backend, trashed, 'autosave', 'Bế mạc triển lãm');
    await nextTurn();
    expect(indexed(backend.database, 'trien lam')).toEqual([]);
    expect(queued(backend.database)).toEqual([]);
  });

  it('indexes what is pending before the database closes', async () => {
    const backend = fixture.open();
    const article = await call(backend, 'articles.create', { fields: { headline: 'Khai mạc hội chợ' } });
    await save(backend, article, 'autosave', 'Bế mạc triển lãm');
    backend.close();
    const raw = new BetterSqlite3(backend.databasePath, { readonly: true });
    try {
      expect(queued(raw)).toEqual([]);
      expect(plainText(raw, article.id)).toBe('Bế mạc triển lãm');
      expect(indexed(raw, 'trien lam')).toEqual([article.id]);
    } finally {
      raw.close();
    }
  });

  it('indexes a save whose process died before indexing it, when the database is next opened', async () => {
    const databasePath = path.join(fixture.folder(), 'newsdesk.sqlite');
    const first = fixture.open({ databasePath });
    const article = await call(first, 'articles.create', { fields: { headline: 'Khai mạc hội chợ' } });
    first.close();

    const crash = await runToItsEnd([saveThenCrash, databasePath, String(article.id), String(article.version), 'Bế mạc triển lãm']);
    expect(crash.signal).toBe('SIGKILL');
    expect(JSON.parse(crash.stdout)).toMatchObject({ ok: true, value: { version: article.version + 1 } });

    const raw = new BetterSqlite3(databasePath, { readonly: true });
    try {
      expect(raw.prepare('SELECT headline, version FROM articles WHERE id = ?').get(article.id)).toEqual({ headline: 'Bế mạc triển lãm', version: article.version + 1 });
      expect(queued(raw)).toEqual([article.id]);
      expect(plainText(raw, article.id)).toBe('');
      expect(indexed(raw, 'trien lam')).toEqual([]);
    } finally {
      raw.close();
    }

    const reopened = fixture.open({ databasePath });
    expect(queued(reopened.database)).toEqual([]);
    expect(plainText(reopened.database, article.id)).toBe('Bế mạc triển lãm');
    expect(indexed(reopened.database, 'trien lam')).toEqual([article.id]);
    expect(await found(reopened, 'trien lam')).toEqual([article.id]);
    expect(await found(reopened, 'hoi cho')).toEqual([]);
  }, 30_000);

  it('lets a search index what another connection left queued', async () => {
    const backend = fixture.open();
    const { database } = backend;
    const article = await call(backend, 'articles.create', { fields: { headline: 'Khai mạc hội chợ' } });
    // What another process's save leaves until its idle task runs: new text, the article queued, the old entry.
    database
      .prepare("UPDATE articles SET headline = 'Bế mạc triển lãm', body_json = ?, version = version + 1 WHERE id = ?")
      .run(JSON.stringify(paragraphs('Hội nghị cán bộ')), article.id);
    database.prepare('INSERT INTO search_index_queue (article_id) VALUES (?)').run(article.id);
    const result = await call(backend, 'search.articles', { query: 'trien lam' });
    expect(result.results.map((hit) => [hit.id, hit.snippet])).toEqual([[article.id, [{ match: false, text: 'Hội nghị cán bộ' }]]]);
    expect(queued(database)).toEqual([]);
    expect(await found(backend, 'hoi nghi can bo')).toEqual([article.id]);
  });

  it('empties the queue when the whole index is rebuilt', async () => {
    const backend = fixture.open();
    const article = await call(backend, 'articles.create', {});
    await save(backend, article, 'autosave', 'Bế mạc triển lãm');
    expect(rebuildSearchIndex(backend.context.queries)).toBe(1);
    expect(queued(backend.database)).toEqual([]);
    expect(indexed(backend.database, 'trien lam')).toEqual([article.id]);
  });
});

function runToItsEnd(args: string[]): Promise<{ signal: NodeJS.Signals | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', ...args], { cwd: repositoryRoot });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (text: string) => (stdout += text));
    child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
    child.on('error', reject);
    child.on('close', (_code, signal) => resolve({ signal, stdout, stderr }));
  });
}

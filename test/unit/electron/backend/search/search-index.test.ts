import { describe, expect, it } from 'vitest';
import type { OpenedBackend } from '../../../../../electron/backend/backend';
import { rebuildSearchIndex, writeSearchEntry } from '../../../../../electron/backend/search/search-index';
import { backendFixture, call } from '../backend-fixture';

function matches(backend: OpenedBackend, expression: string, table: 'articles_fts' | 'articles_head_fts' = 'articles_fts'): number[] {
  return (backend.database.prepare(`SELECT rowid FROM ${table} WHERE ${table} MATCH ? ORDER BY rowid`).all(expression) as Array<{ rowid: number }>).map((row) => row.rowid);
}

const headMatches = (backend: OpenedBackend, expression: string) => matches(backend, expression, 'articles_head_fts');

describe('search index', () => {
  const fixture = backendFixture();

  it('holds the folded text of each field in its own column', async () => {
    const backend = fixture.open();
    const article = await call(backend, 'articles.create', { fields: { headline: 'ĐẢNG ỦY', sapo: 'Thành uỷ', body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Hội quần chúng' }] }] } } });
    expect(matches(backend, 'headline : "dang uy"')).toEqual([article.id]);
    expect(matches(backend, 'sapo : "thanh uy"')).toEqual([article.id]);
    expect(matches(backend, 'body : "hoi quan chung"')).toEqual([article.id]);
    expect(matches(backend, 'headline : "thanh"')).toEqual([]);
  });

  it('keeps the headline and lead alone in articles_head_fts, in step with every write', async () => {
    const backend = fixture.open();
    const article = await call(backend, 'articles.create', { fields: { headline: 'ĐẢNG ỦY', sapo: 'Thành uỷ', body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Hội quần chúng' }] }] } } });
    expect(headMatches(backend, 'headline : "dang uy"')).toEqual([article.id]);
    expect(headMatches(backend, 'sapo : "thanh uy"')).toEqual([article.id]);
    expect(headMatches(backend, '"hoi quan chung"')).toEqual([]);

    await call(backend, 'articles.save', { id: article.id, expectedVersion: article.version, kind: 'explicit', fields: { headline: 'Quận ủy' } });
    backend.context.idleTasks.runPending();
    expect(headMatches(backend, '"dang uy"')).toEqual([]);
    expect(headMatches(backend, 'headline : "quan uy"')).toEqual([article.id]);

    await call(backend, 'articles.trash', { id: article.id });
    expect(headMatches(backend, '"quan uy"')).toEqual([]);
    await call(backend, 'articles.untrash', { id: article.id });
    expect(headMatches(backend, '"quan uy"')).toEqual([article.id]);
  });

  it('rebuilds from the articles: stale entries go, trashed articles stay out', async () => {
    const backend = fixture.open();
    const kept = await call(backend, 'articles.create', { fields: { headline: 'Hội nghị' } });
    const trashed = await call(backend, 'articles.create', { fields: { headline: 'Hội nghị cũ' } });
    await call(backend, 'articles.trash', { id: trashed.id });
    writeSearchEntry(backend.context.queries, 999, { headline: 'hoi nghi', sapo: '', body: '', bylines: '', authorIds: [] });
    expect(matches(backend, '"hoi nghi"')).toEqual([kept.id, 999]);
    expect(headMatches(backend, '"hoi nghi"')).toEqual([kept.id, 999]);

    expect(rebuildSearchIndex(backend.context.queries)).toBe(1);
    expect(matches(backend, '"hoi nghi"')).toEqual([kept.id]);
    expect(headMatches(backend, '"hoi nghi"')).toEqual([kept.id]);
  });
});

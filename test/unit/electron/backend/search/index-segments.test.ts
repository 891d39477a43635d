import { describe, expect, it } from 'vitest';
import { healthySegments, indexSegments, mergeIndexStep } from '../../../../../electron/backend/search/index-segments';
import { writeSearchEntry } from '../../../../../electron/backend/search/search-index';
import { backendFixture } from '../backend-fixture';

describe('search index segments', () => {
  const fixture = backendFixture();

  it('counts the segments each write adds, and idle merge steps bring them down to one with the same matches', () => {
    const backend = fixture.open();
    const { queries } = backend.context;
    // Stop FTS5's own merging on write, as a bulk import with many flushes would leave the index.
    backend.database.prepare("INSERT INTO articles_fts (articles_fts, rank) VALUES ('automerge', 0)").run();
    backend.database.prepare("INSERT INTO articles_head_fts (articles_head_fts, rank) VALUES ('automerge', 0)").run();
    const before = indexSegments(queries, 'articles_fts') ?? 0;
    for (let id = 1; id <= 12; id += 1) {
      queries.transaction(() => writeSearchEntry(queries, id, { headline: `tin ${id}`, sapo: 'thanh pho', body: `noi dung so ${id} nguoi dan`, bylines: '', authorIds: [] }));
    }
    const fragmented = indexSegments(queries, 'articles_fts')!;
    expect(fragmented).toBeGreaterThanOrEqual(before + 12);
    expect(fragmented).toBeGreaterThan(healthySegments);
    const matches = () => backend.database.prepare("SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'thanh pho' ORDER BY rowid").pluck().all();
    const found = matches();
    expect(found).toHaveLength(12);

    let steps = 0;
    while (mergeIndexStep(queries, 'articles_fts') || mergeIndexStep(queries, 'articles_head_fts')) steps += 1;
    expect(steps).toBeGreaterThan(0);
    expect(indexSegments(queries, 'articles_fts')).toBe(1);
    expect(indexSegments(queries, 'articles_head_fts')).toBe(1);
    expect(matches()).toEqual(found);
    // Nothing left to merge: a further step does nothing.
    expect(mergeIndexStep(queries, 'articles_fts')).toBe(false);
  });

  it('writes nothing when an index is in one segment already (the idle step runs at every start)', () => {
    const backend = fixture.open();
    const { queries } = backend.context;
    queries.transaction(() => writeSearchEntry(queries, 1, { headline: 'tin', sapo: 'thanh pho', body: 'noi dung', bylines: '', authorIds: [] }));
    while (mergeIndexStep(queries, 'articles_fts') || mergeIndexStep(queries, 'articles_head_fts'));
    const changes = () => backend.database.prepare('SELECT total_changes()').pluck().get();
    const before = changes();
    expect(mergeIndexStep(queries, 'articles_fts')).toBe(false);
    expect(mergeIndexStep(queries, 'articles_head_fts')).toBe(false);
    expect(changes()).toBe(before);
  });
});


import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openBackend } from '../../../../../../electron/backend/backend';
import { backendFixture } from '../../backend-fixture';

describe('migration 0130-article-list-index', () => {
  const fixture = backendFixture();

  it('the article list reads its summaries from the index alone, in every order it is asked for by default', async () => {
    const backend = openBackend({ databasePath: path.join(fixture.folder(), 'newsdesk.sqlite'), checkResults: true });
    try {
      for (const headline of ['Tin một', 'Tin hai', 'Tin ba']) await backend.call('articles.create', { fields: { headline } });
      const plan = backend.database
        .prepare(
          'EXPLAIN QUERY PLAN SELECT id, headline, status, version, word_count, created_at, updated_at, trashed_at FROM articles WHERE trashed_at IS NULL ORDER BY updated_at DESC, id DESC LIMIT 500 OFFSET 0',
        )
        .all() as Array<{ detail: string }>;
      expect(plan.map((step) => step.detail).join('\n')).toMatch(/USING COVERING INDEX articles_summaries_by_trashed_updated/);
      expect((await backend.call('articles.list', {})).map((article) => article.headline)).toEqual(['Tin ba', 'Tin hai', 'Tin một']);
      const trashed = await backend.call('articles.trash', { id: 1 });
      expect(trashed.id).toBe(1);
      expect((await backend.call('articles.list', { trashed: true })).map((article) => article.headline)).toEqual(['Tin một']);
    } finally {
      backend.close();
    }
  });
});

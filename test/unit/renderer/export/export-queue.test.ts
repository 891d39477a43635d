import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../../shared/api/errors';
import type { ExportArticleResult, ExportPlanEntry } from '../../../../shared/model/export';
import { ExportQueue, type ConflictAnswer, type ExportArticleCall, type ExportProgress } from '../../../../renderer/export/export-queue';

const options = { folder: '/tmp/xuat', images: 'embed', originals: false, includeComments: false } as const;

function entries(count: number): ExportPlanEntry[] {
  return Array.from({ length: count }, (_, index) => ({ id: index + 1, headline: `Tin ${index + 1}`, slug: `tin-${index + 1}`, warnings: [] }));
}

/** A fake backend: the files of `existing` ids exist; id 13 fails; every call is remembered. */
function fakeExport(existing: ReadonlySet<number> = new Set()) {
  const calls: Array<{ id: number; ifExists: string }> = [];
  const exportArticle: ExportArticleCall = async ({ id, ifExists }) => {
    calls.push({ id, ifExists });
    if (id === 13) throw new ApiError('article-not-found', { id });
    const path = `/tmp/xuat/tin-${id}.html`;
    if (existing.has(id) && ifExists === 'ask') return { outcome: 'exists', path } satisfies ExportArticleResult;
    const written = existing.has(id) && ifExists === 'rename' ? `/tmp/xuat/tin-${id}-2.html` : path;
    return { outcome: 'written', path: written, files: [written], exportedAt: '2026-01-01T00:00:00.000Z' };
  };
  return { calls, exportArticle };
}

function queueOf(count: number, backend: ReturnType<typeof fakeExport>, answers: Array<ConflictAnswer | null> = []) {
  const progress: ExportProgress[] = [];
  const asked: string[] = [];
  const queue = new ExportQueue({
    entries: entries(count),
    options,
    exportArticle: backend.exportArticle,
    askConflict: async (_entry, path) => {
      asked.push(path);
      return answers.shift() ?? null;
    },
    onProgress: (current) => progress.push(current),
  });
  return { queue, progress, asked };
}

describe('ExportQueue', () => {
  it('exports one article per call, in order, with progress, and a failure does not stop the others', async () => {
    const backend = fakeExport();
    const { queue, progress } = queueOf(3, backend);
    const summary = await queue.run();
    expect(backend.calls).toEqual([{ id: 1, ifExists: 'ask' }, { id: 2, ifExists: 'ask' }, { id: 3, ifExists: 'ask' }]);
    expect(summary.written.map(({ path }) => path)).toEqual(['/tmp/xuat/tin-1.html', '/tmp/xuat/tin-2.html', '/tmp/xuat/tin-3.html']);
    expect(progress.map(({ done, total, current }) => [done, total, current?.id ?? null])).toEqual([[0, 3, 1], [1, 3, 2], [2, 3, 3], [3, 3, null]]);

    const failing = fakeExport();
    const { queue: withFailure } = queueOf(14, failing);
    const result = await withFailure.run();
    expect(result.written).toHaveLength(13);
    expect(result.failed.map(({ entry, error }) => [entry.id, (error as ApiError).reason])).toEqual([[13, 'article-not-found']]);
  });

  it('asks when a file exists, and remembers the answer for the rest only when told to', async () => {
    const backend = fakeExport(new Set([1, 2, 3]));
    const { queue, asked } = queueOf(3, backend, [{ choice: 'replace', applyToAll: false }, { choice: 'rename', applyToAll: true }]);
    const summary = await queue.run();
    expect(asked).toEqual(['/tmp/xuat/tin-1.html', '/tmp/xuat/tin-2.html']);
    expect(backend.calls).toEqual([
      { id: 1, ifExists: 'ask' },
      { id: 1, ifExists: 'replace' },
      { id: 2, ifExists: 'ask' },
      { id: 2, ifExists: 'rename' },
      { id: 3, ifExists: 'rename' },
    ]);
    expect(summary.written.map(({ path }) => path)).toEqual(['/tmp/xuat/tin-1.html', '/tmp/xuat/tin-2-2.html', '/tmp/xuat/tin-3-2.html']);
  });

  it('stops after the article being exported when cancelled, and counts the rest', async () => {
    const backend = fakeExport();
    const progress: ExportProgress[] = [];
    const queue: ExportQueue = new ExportQueue({
      entries: entries(5),
      options,
      exportArticle: async (args) => {
        if (args.id === 2) queue.cancel();
        return backend.exportArticle(args);
      },
      askConflict: async () => null,
      onProgress: (current) => progress.push(current),
    });
    const summary = await queue.run();
    expect(summary.written.map(({ entry }) => entry.id)).toEqual([1, 2]);
    expect(summary.cancelled).toBe(3);
    expect(progress.at(-1)).toEqual({ done: 2, total: 5, current: null });
  });

  it('a question left unanswered because of a cancel skips that article and the rest', async () => {
    const backend = fakeExport(new Set([2]));
    const { queue } = queueOf(4, backend, [null]);
    const summary = await queue.run();
    expect(summary.written.map(({ entry }) => entry.id)).toEqual([1]);
    expect(summary.cancelled).toBe(3);
  });
});

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../../shared/api/errors';
import type { ArticleFields, ArticleSummary } from '../../../../shared/model/article';
import { ArticleSaveController, type SaveRequest, type SaveState } from '../../../../renderer/articles/article-save-controller';

interface PendingSave {
  request: SaveRequest;
  resolve: (summary: ArticleSummary) => void;
  reject: (error: unknown) => void;
}

function summary(version: number, updatedAt = '2024-03-29T03:32:00.000Z'): ArticleSummary {
  return { id: 7, headline: 'Tin', status: 'draft', version, wordCount: 1, createdAt: updatedAt, updatedAt, trashedAt: null };
}

/** A controller over a fake backend whose saves stay pending until the test settles them. */
function setUp(options: { retryDelaysMs?: number[] } = {}) {
  let fields: ArticleFields = { headline: 'Tin' };
  const pending: PendingSave[] = [];
  const states: SaveState[] = [];
  const saved: ArticleSummary[] = [];
  let storedVersion = 1;
  const controller = new ArticleSaveController({
    articleId: 7,
    version: 1,
    readFields: () => fields,
    save: (request) =>
      new Promise<ArticleSummary>((resolve, reject) => {
        pending.push({ request, resolve, reject });
      }),
    loadCurrentVersion: async () => storedVersion,
    onStateChange: (state) => states.push(state),
    onSaved: (result) => saved.push(result),
    ...(options.retryDelaysMs ? { retryDelaysMs: options.retryDelaysMs } : {}),
  });
  return {
    controller,
    pending,
    states,
    saved,
    type(next: ArticleFields) {
      fields = next;
      controller.markChanged();
    },
    setStoredVersion(version: number) {
      storedVersion = version;
    },
    lastState: () => states.at(-1),
  };
}

async function settle(): Promise<void> {
  await vi.advanceTimersByTimeAsync(0);
}

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('ArticleSaveController', () => {
  it('autosaves about one second after the typing stops, not on every keystroke', async () => {
    const { pending, type, lastState } = setUp();
    type({ headline: 'H' });
    await vi.advanceTimersByTimeAsync(600);
    type({ headline: 'Hộ' });
    await vi.advanceTimersByTimeAsync(600);
    type({ headline: 'Hội' });
    expect(lastState()).toEqual({ kind: 'unsaved' });
    await vi.advanceTimersByTimeAsync(999);
    expect(pending).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(pending).toHaveLength(1);
    expect(pending[0]!.request).toEqual({ id: 7, expectedVersion: 1, kind: 'autosave', fields: { headline: 'Hội' } });
    expect(lastState()).toEqual({ kind: 'saving' });
  });

  it('reports "saved" only after the backend confirmed, with the backend timestamp', async () => {
    const { pending, type, lastState, saved } = setUp();
    type({ headline: 'Hội nghị' });
    await vi.advanceTimersByTimeAsync(1_000);
    expect(lastState()).toEqual({ kind: 'saving' });
    pending[0]!.resolve(summary(2, '2024-03-29T03:32:00.000Z'));
    await settle();
    expect(lastState()).toEqual({ kind: 'saved', savedAt: '2024-03-29T03:32:00.000Z' });
    expect(saved.map((result) => result.version)).toEqual([2]);
  });

  it('keeps one save in flight and saves edits made during it right after, on the new version', async () => {
    const { controller, pending, type, lastState } = setUp();
    type({ headline: 'Một' });
    await vi.advanceTimersByTimeAsync(1_000);
    type({ headline: 'Một hai' });
    await vi.advanceTimersByTimeAsync(1_000);
    controller.requestSave('autosave');
    expect(pending).toHaveLength(1);
    expect(lastState()).toEqual({ kind: 'saving' });

    pending[0]!.resolve(summary(2));
    await settle();
    expect(pending).toHaveLength(2);
    expect(pending[1]!.request).toMatchObject({ expectedVersion: 2, fields: { headline: 'Một hai' } });
    expect(lastState()).toEqual({ kind: 'saving' });
    pending[1]!.resolve(summary(3));
    await settle();
    expect(lastState()).toMatchObject({ kind: 'saved' });
    expect(controller.hasUnsavedChanges).toBe(false);
  });

  it('shows "unsaved" rather than "saved" when edits arrived during a save that has no follow-up yet', async () => {
    const { pending, type, lastState } = setUp();
    type({ headline: 'Một' });
    await vi.advanceTimersByTimeAsync(1_000);
    type({ headline: 'Một hai' });
    pending[0]!.resolve(summary(2));
    await settle();
    expect(lastState()).toEqual({ kind: 'unsaved' });
    await vi.advanceTimersByTimeAsync(1_000);
    expect(pending).toHaveLength(2);
  });

  it('sends nothing on blur when nothing changed, but an explicit save always goes out', async () => {
    const { controller, pending } = setUp();
    controller.requestSave('autosave');
    expect(pending).toHaveLength(0);
    controller.requestSave('explicit');
    expect(pending).toHaveLength(1);
    expect(pending[0]!.request.kind).toBe('explicit');
  });

  it('an explicit save asked for during an autosave is sent as explicit after it', async () => {
    const { controller, pending, type } = setUp();
    type({ headline: 'Một' });
    await vi.advanceTimersByTimeAsync(1_000);
    controller.requestSave('explicit');
    pending[0]!.resolve(summary(2));
    await settle();
    expect(pending.map((save) => save.request.kind)).toEqual(['autosave', 'explicit']);
  });

  it('after a failure, says so, keeps the edit pending and retries with growing delays until it succeeds', async () => {
    const { controller, pending, type, lastState } = setUp({ retryDelaysMs: [1_000, 2_000, 5_000] });
    type({ headline: 'Mất mạng' });
    await vi.advanceTimersByTimeAsync(1_000);
    const unreachable = new ApiError('backend-unreachable', { method: 'articles.save', edition: 'browser', problem: 'fetch failed' }, { details: { transport: 'unreachable' } });

    pending[0]!.reject(unreachable);
    await settle();
    expect(lastState()).toEqual({ kind: 'failed', error: unreachable, retryInMs: 1_000 });
    expect(controller.hasUnsavedChanges).toBe(true);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(pending).toHaveLength(2);

    pending[1]!.reject(unreachable);
    await settle();
    expect(lastState()).toMatchObject({ kind: 'failed', retryInMs: 2_000 });
    await vi.advanceTimersByTimeAsync(1_999);
    expect(pending).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(pending).toHaveLength(3);

    pending[2]!.reject(unreachable);
    await settle();
    expect(lastState()).toMatchObject({ kind: 'failed', retryInMs: 5_000 });
    await vi.advanceTimersByTimeAsync(5_000);
    pending[3]!.reject(unreachable);
    await settle();
    expect(lastState()).toMatchObject({ kind: 'failed', retryInMs: 5_000 });

    await vi.advanceTimersByTimeAsync(5_000);
    expect(pending[4]!.request.fields).toEqual({ headline: 'Mất mạng' });
    pending[4]!.resolve(summary(2));
    await settle();
    expect(lastState()).toMatchObject({ kind: 'saved' });
    expect(controller.hasUnsavedChanges).toBe(false);
  });

  it('a failed explicit save is retried as explicit', async () => {
    const { controller, pending } = setUp({ retryDelaysMs: [1_000] });
    controller.requestSave('explicit');
    pending[0]!.reject(new ApiError('database-io-failed', { databasePath: 'newsdesk.sqlite', problem: 'database or disk is full' }));
    await settle();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(pending[1]!.request.kind).toBe('explicit');
  });

  it('stops on a conflict: no autosave goes out until the user keeps their text, which saves on the stored version', async () => {
    const { controller, pending, type, lastState, setStoredVersion } = setUp();
    type({ headline: 'Bản của tôi' });
    await vi.advanceTimersByTimeAsync(1_000);
    pending[0]!.reject(new ApiError('version-conflict', { id: 1, expectedVersion: 1, currentVersion: 2, updatedAt: '2024-03-29T03:32:00.000Z' }));
    await settle();
    expect(lastState()).toEqual({ kind: 'conflict' });

    type({ headline: 'Bản của tôi, sửa tiếp' });
    controller.requestSave('autosave');
    controller.requestSave('explicit');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(pending).toHaveLength(1);
    expect(lastState()).toEqual({ kind: 'conflict' });
    expect(controller.hasUnsavedChanges).toBe(true);
    expect(await controller.flush()).toBe(false);

    setStoredVersion(5);
    await controller.keepMine();
    expect(pending).toHaveLength(2);
    expect(pending[1]!.request).toEqual({
      id: 7,
      expectedVersion: 5,
      kind: 'explicit',
      fields: { headline: 'Bản của tôi, sửa tiếp' },
    });
    pending[1]!.resolve(summary(6));
    await settle();
    expect(lastState()).toMatchObject({ kind: 'saved' });
  });

  it('flush resolves true once everything is saved, and false when the save failed', async () => {
    const { controller, pending, type } = setUp();
    type({ headline: 'Đóng bài' });
    const flushed = controller.flush();
    expect(pending).toHaveLength(1);
    pending[0]!.resolve(summary(2));
    await expect(flushed).resolves.toBe(true);

    type({ headline: 'Đóng bài lần hai' });
    const failedFlush = controller.flush();
    pending[1]!.reject(new Error('Failed to fetch'));
    await expect(failedFlush).resolves.toBe(false);
  });

  it('a reader that throws counts as a failed save and keeps the changes pending', async () => {
    const states: SaveState[] = [];
    const controller = new ArticleSaveController({
      articleId: 7,
      version: 1,
      readFields: () => {
        throw new Error('editor gone');
      },
      save: async () => summary(2),
      loadCurrentVersion: async () => 1,
      onStateChange: (state) => states.push(state),
    });
    controller.markChanged();
    controller.requestSave('autosave');
    expect(states.at(-1)).toMatchObject({ kind: 'failed' });
    expect(controller.hasUnsavedChanges).toBe(true);
    controller.dispose();
  });

  it('does nothing after dispose', async () => {
    const { controller, pending, type, states } = setUp();
    type({ headline: 'Một' });
    controller.dispose();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(pending).toHaveLength(0);
    const count = states.length;
    controller.requestSave('explicit');
    expect(states).toHaveLength(count);
  });
});

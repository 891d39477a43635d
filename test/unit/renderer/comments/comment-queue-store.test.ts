import { describe, expect, it } from 'vitest';
import { queueOf, type Comment, type CommentCounts, type CommentDecision, type CommentQueue } from '../../../../shared/model/comment';
import { CommentQueueStore, commentPageSize, type CommentQueueBackend } from '../../../../renderer/comments/comment-queue-store';

function comment(id: number, changes: Partial<Comment> = {}): Comment {
  const base: Comment = {
    id,
    source: 'portal',
    externalId: `c${id}`,
    articleId: null,
    articleTitle: 'Bài',
    articleUrl: '',
    author: `Bạn đọc ${id}`,
    email: null,
    body: `Bình luận ${id}`,
    createdAt: new Date(Date.UTC(2026, 0, 1, 0, 0, id)).toISOString(),
    parentExternalId: null,
    status: 'pending',
    queue: 'pending',
    flags: [],
    reports: 0,
    decidedAt: null,
    moderator: null,
    note: null,
    ...changes,
  };
  return { ...base, queue: queueOf(base) };
}

/** An in-memory backend with the contract's behaviour: queues oldest first, decisions as batches, undo of the last batch. */
class MemoryBackend implements CommentQueueBackend {
  comments: Comment[];
  batches: Array<Array<{ id: number; from: Comment }>> = [];
  failNext = false;
  pageCalls: Array<{ offset: number }> = [];
  /** Calls wait for `release()` when set, so that a test sees the optimistic state. */
  held: Array<() => void> | null = null;

  constructor(count: number) {
    this.comments = Array.from({ length: count }, (_, index) => comment(index + 1));
  }

  private async gate(): Promise<void> {
    if (this.held) await new Promise<void>((resolve) => this.held!.push(resolve));
  }

  release(): void {
    const waiting = this.held ?? [];
    this.held = null;
    waiting.forEach((resolve) => resolve());
  }

  async page({ queue, offset, limit }: { queue: CommentQueue; offset: number; limit: number }) {
    this.pageCalls.push({ offset });
    const inQueue = this.comments.filter((entry) => entry.queue === queue);
    return { comments: inQueue.slice(offset, offset + limit), total: inQueue.length };
  }

  async counts(): Promise<CommentCounts> {
    const counts: CommentCounts = { pending: 0, reported: 0, approved: 0, rejected: 0, spam: 0 };
    for (const entry of this.comments) counts[entry.queue] += 1;
    return counts;
  }

  async decide(ids: number[], decision: CommentDecision) {
    await this.gate();
    if (this.failNext) {
      this.failNext = false;
      throw new Error('disk full');
    }
    this.batches.push(ids.map((id) => ({ id, from: this.comments.find((entry) => entry.id === id)! })));
    this.comments = this.comments.map((entry) => (ids.includes(entry.id) ? { ...entry, status: decision, queue: decision } : entry));
    return { comments: this.comments.filter((entry) => ids.includes(entry.id)) };
  }

  async rejectAuthor(id: number) {
    return this.decide([id], 'rejected');
  }

  async undo() {
    const batch = this.batches.pop();
    if (!batch) return { comments: [] };
    this.comments = this.comments.map((entry) => batch.find((item) => item.id === entry.id)?.from ?? entry);
    return { comments: batch.map((item) => item.from) };
  }
}

async function settle(store: CommentQueueStore): Promise<void> {
  for (let round = 0; round < 20; round += 1) await new Promise((resolve) => setTimeout(resolve, 0));
  void store;
}

describe('CommentQueueStore', () => {
  it('opens a queue on its first page, focused on the first comment, with the counts', async () => {
    const backend = new MemoryBackend(250);
    const store = new CommentQueueStore(backend);
    await store.open('pending', {});
    await settle(store);
    const state = store.getState();
    expect(state.comments).toHaveLength(commentPageSize);
    expect(state.total).toBe(250);
    expect(store.focused()?.id).toBe(1);
    expect(state.counts?.pending).toBe(250);
  });

  it('takes a decided comment out at once, focuses the next and moves the counts before the call commits', async () => {
    const backend = new MemoryBackend(5);
    const store = new CommentQueueStore(backend);
    await store.open('pending', {});
    await settle(store);
    backend.held = [];
    const committed = store.decide('approved');
    expect(store.focused()?.id).toBe(2);
    expect(store.getState().counts).toMatchObject({ pending: 4, approved: 1 });
    expect(store.getState().total).toBe(4);
    expect(backend.comments[0]!.status).toBe('pending');
    backend.release();
    await committed;
    expect(backend.comments[0]!.status).toBe('approved');
  });

  it('puts a comment back, focused, with the error, when its decision fails', async () => {
    const backend = new MemoryBackend(5);
    const store = new CommentQueueStore(backend);
    await store.open('pending', {});
    await settle(store);
    store.move(2);
    backend.failNext = true;
    await store.decide('spam');
    const state = store.getState();
    expect(state.comments.map((entry) => entry.id)).toEqual([1, 2, 3, 4, 5]);
    expect(store.focused()?.id).toBe(3);
    expect(state.counts).toMatchObject({ pending: 5, spam: 0 });
    expect(String(state.error)).toContain('disk full');
  });

  it('undoes the last decision: the comment comes back, in order and focused', async () => {
    const backend = new MemoryBackend(5);
    const store = new CommentQueueStore(backend);
    await store.open('pending', {});
    await settle(store);
    store.move(1);
    void store.decide('rejected');
    await store.undo();
    await settle(store);
    expect(store.getState().comments.map((entry) => entry.id)).toEqual([1, 2, 3, 4, 5]);
    expect(store.focused()?.id).toBe(2);
    expect(store.getState().counts).toMatchObject({ pending: 5, rejected: 0 });
  });

  it('applies a bulk decision to the selection', async () => {
    const backend = new MemoryBackend(6);
    const store = new CommentQueueStore(backend);
    await store.open('pending', {});
    await settle(store);
    store.toggleSelected();
    store.move(2);
    store.toggleSelected();
    await store.decide('approved', 'selection');
    expect(store.getState().comments.map((entry) => entry.id)).toEqual([2, 4, 5, 6]);
    expect(store.getState().selected.size).toBe(0);
    expect(backend.comments.filter((entry) => entry.status === 'approved').map((entry) => entry.id)).toEqual([1, 3]);
  });

  it('fetches the next page near the end of the loaded comments, never skipping or repeating a comment', async () => {
    const backend = new MemoryBackend(350);
    const store = new CommentQueueStore(backend);
    await store.open('pending', {});
    await settle(store);
    const seen: number[] = [];
    for (let step = 0; step < 350; step += 1) {
      const focused = store.focused();
      if (focused === null) break;
      seen.push(focused.id);
      void store.decide(step % 3 === 0 ? 'approved' : 'rejected');
      if (step % 7 === 0) await settle(store);
    }
    await settle(store);
    // Decisions made while pages load: whatever is left is still to decide, none twice.
    while (store.focused() !== null) {
      seen.push(store.focused()!.id);
      await store.decide('spam');
      await settle(store);
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.sort((first, second) => first - second)).toEqual(Array.from({ length: 350 }, (_, index) => index + 1));
    expect(backend.pageCalls.length).toBeLessThan(10);
  });

  it('keeps a j pressed on the last loaded comment while the next page loads, and moves once it arrives', async () => {
    const backend = new SlowPagesBackend(commentPageSize + 50);
    const store = new CommentQueueStore(backend);
    await store.open('pending', {});
    await settle(store);
    backend.holdPages = true;
    for (let step = 1; step < commentPageSize; step += 1) store.move(1);
    expect(store.focused()?.id).toBe(commentPageSize);
    store.move(1);
    expect(store.focused()?.id).toBe(commentPageSize);
    backend.releasePages();
    await settle(store);
    expect(store.focused()?.id).toBe(commentPageSize + 1);
  });

  it('does not move on its own after a page arrives when j was not pressed at the end', async () => {
    const backend = new SlowPagesBackend(commentPageSize + 50);
    const store = new CommentQueueStore(backend);
    await store.open('pending', {});
    await settle(store);
    backend.holdPages = true;
    for (let step = 1; step < commentPageSize; step += 1) store.move(1);
    store.move(1);
    store.move(-1);
    backend.releasePages();
    await settle(store);
    expect(store.focused()?.id).toBe(commentPageSize - 1);
  });
});

/** Pages wait for `releasePages()` while `holdPages` is set, as over a slow connection to the backend. */
class SlowPagesBackend extends MemoryBackend {
  holdPages = false;
  private waiting: Array<() => void> = [];

  override async page(request: { queue: CommentQueue; offset: number; limit: number }) {
    if (this.holdPages) await new Promise<void>((resolve) => this.waiting.push(resolve));
    return super.page(request);
  }

  releasePages(): void {
    this.holdPages = false;
    this.waiting.splice(0).forEach((resolve) => resolve());
  }
}

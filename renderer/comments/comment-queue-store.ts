import { type Comment, type CommentCounts, type CommentDecision, type CommentFilter, type CommentQueue } from '../../shared/model/comment';

/** The backend calls the queue needs (renderer/api/client.ts in the app; plain functions in tests). */
export interface CommentQueueBackend {
  page(args: { queue: CommentQueue; filter: CommentFilter; offset: number; limit: number }): Promise<{ comments: Comment[]; total: number }>;
  counts(filter: CommentFilter): Promise<CommentCounts>;
  decide(ids: number[], decision: CommentDecision): Promise<{ comments: Comment[] }>;
  rejectAuthor(id: number): Promise<{ comments: Comment[] }>;
  undo(): Promise<{ comments: Comment[] }>;
}

export interface CommentQueueState {
  queue: CommentQueue;
  filter: CommentFilter;
  /** The loaded comments of the queue still in it, oldest first. */
  comments: readonly Comment[];
  /** How many the queue holds in all (the server's total less what was decided here since). */
  total: number;
  /** The index of the focused comment in `comments`. */
  position: number;
  selected: ReadonlySet<number>;
  counts: CommentCounts | null;
  /** The first page is loading (a new queue or filter). */
  loading: boolean;
  /** Every comment of the queue is loaded. */
  exhausted: boolean;
  /** The last failure (a page, a decision put back, an undo), until the next success or dismissal. */
  error: unknown;
  /** Bumped whenever the list is replaced, so views can tell a new queue from a decision. */
  generation: number;
}

export const commentPageSize = 100;
/** A new page is fetched when the focus comes this close to the end of the loaded comments. */
const prefetchWithin = 30;

function byQueueOrder(first: Comment, second: Comment): number {
  return first.createdAt === second.createdAt ? first.id - second.id : first.createdAt < second.createdAt ? -1 : 1;
}

function insertSorted(comments: readonly Comment[], added: readonly Comment[]): Comment[] {
  return [...comments, ...added].sort(byQueueOrder);
}

function shiftCounts(counts: CommentCounts | null, moves: ReadonlyArray<{ from: CommentQueue; to: CommentQueue }>): CommentCounts | null {
  if (counts === null) return null;
  const next = { ...counts };
  for (const { from, to } of moves) {
    next[from] = Math.max(0, next[from] - 1);
    next[to] += 1;
  }
  return next;
}

/**
 * One queue of "Bình luận" as the moderator works through it. Decisions are optimistic: the
 * comments leave the list and the next one is focused at once, the counts move, and the call
 * commits in the background; a failed call puts the comments back and keeps the error. Every
 * backend call runs in one chain, in order, so that a page is never read while a decision is
 * half-way and an undo never overtakes the decision it takes back.
 */
export class CommentQueueStore {
  private state: CommentQueueState = {
    queue: 'pending',
    filter: {},
    comments: [],
    total: 0,
    position: 0,
    selected: new Set(),
    counts: null,
    loading: true,
    exhausted: false,
    error: null,
    generation: 0,
  };
  private readonly listeners = new Set<() => void>();
  private chain: Promise<unknown> = Promise.resolve();
  /** Comments taken out of the list whose decision has not committed yet: a page must not bring them back. */
  private readonly inFlight = new Set<number>();
  private fetchingPage = false;
  /** `j` pressed on the last loaded comment while the next page was on its way: taken once it arrives. */
  private advanceWhenLoaded: number | null = null;

  constructor(private readonly backend: CommentQueueBackend) {}

  getState = (): CommentQueueState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private set(changes: Partial<CommentQueueState>): void {
    this.state = { ...this.state, ...changes };
    for (const listener of this.listeners) listener();
  }

  private enqueue<T>(work: () => Promise<T>): Promise<T> {
    const run = this.chain.then(work, work);
    this.chain = run.catch(() => undefined);
    return run;
  }

  focused(): Comment | null {
    return this.state.comments[this.state.position] ?? null;
  }

  /** Opens a queue with filters: its first page, focused on the first comment, and the counts of every tab. */
  open(queue: CommentQueue, filter: CommentFilter): Promise<void> {
    const generation = this.state.generation + 1;
    this.set({ queue, filter, comments: [], total: 0, position: 0, selected: new Set(), loading: true, exhausted: false, error: null, generation });
    void this.refreshCounts();
    return this.enqueue(async () => {
      if (this.state.generation !== generation) return;
      try {
        const page = await this.backend.page({ queue, filter, offset: 0, limit: commentPageSize });
        if (this.state.generation !== generation) return;
        this.set({ comments: page.comments, total: page.total, loading: false, exhausted: page.comments.length < commentPageSize });
      } catch (error) {
        if (this.state.generation === generation) this.set({ loading: false, error });
      }
    });
  }

  /** The same queue and filters again, from the start (after an import or a word-list change). */
  reload(): Promise<void> {
    return this.open(this.state.queue, this.state.filter);
  }

  refreshCounts(): Promise<void> {
    const { filter, generation } = this.state;
    return this.backend.counts(filter).then(
      (counts) => {
        if (this.state.generation === generation) this.set({ counts });
      },
      (error: unknown) => this.set({ error }),
    );
  }

  private prefetchIfNear(): void {
    const { comments, position, exhausted, loading } = this.state;
    if (exhausted || loading || this.fetchingPage || position < comments.length - prefetchWithin) return;
    this.fetchingPage = true;
    const generation = this.state.generation;
    void this.enqueue(async () => {
      try {
        if (this.state.generation !== generation) return;
        // Every decision before this point has committed and left the queue, so the loaded list
        // less those still in flight is where the next page starts; overlaps are dropped by id.
        const { queue, filter } = this.state;
        const page = await this.backend.page({ queue, filter, offset: this.state.comments.length, limit: commentPageSize });
        if (this.state.generation !== generation) return;
        const known = new Set(this.state.comments.map((comment) => comment.id));
        const fresh = page.comments.filter((comment) => !known.has(comment.id) && !this.inFlight.has(comment.id));
        const waitingAt = this.advanceWhenLoaded;
        this.advanceWhenLoaded = null;
        const comments = [...this.state.comments, ...fresh];
        this.set({
          comments,
          total: Math.max(page.total - this.inFlight.size, this.state.comments.length + fresh.length),
          exhausted: page.comments.length < commentPageSize,
          ...(waitingAt !== null && this.state.position === waitingAt && waitingAt + 1 < comments.length ? { position: waitingAt + 1 } : {}),
        });
      } catch (error) {
        this.set({ error });
      } finally {
        this.fetchingPage = false;
      }
    });
  }

  move(delta: number): void {
    const { comments, position } = this.state;
    if (comments.length === 0) return;
    const next = Math.min(comments.length - 1, Math.max(0, position + delta));
    if (next !== position) this.set({ position: next });
    // A move past the last loaded comment is not lost while the next page loads: it happens when the page arrives.
    this.advanceWhenLoaded = delta > 0 && position + delta > comments.length - 1 && !this.state.exhausted ? next : null;
    this.prefetchIfNear();
  }

  focusComment(id: number): void {
    const index = this.state.comments.findIndex((comment) => comment.id === id);
    if (index >= 0) this.set({ position: index });
    this.prefetchIfNear();
  }

  toggleSelected(id = this.focused()?.id): void {
    if (id === undefined) return;
    const selected = new Set(this.state.selected);
    if (selected.has(id)) selected.delete(id);
    else selected.add(id);
    this.set({ selected });
  }

  dismissError(): void {
    this.set({ error: null });
  }

  /** Duyệt, Từ chối, Thư rác on the focused comment, or on the selected ones. */
  decide(decision: CommentDecision, scope: 'focused' | 'selection' = 'focused'): Promise<void> {
    const { comments, selected } = this.state;
    const chosen = scope === 'selection' && selected.size > 0 ? comments.filter((comment) => selected.has(comment.id)) : [this.focused()].filter((comment): comment is Comment => comment !== null);
    if (chosen.length === 0) return Promise.resolve();
    const ids = chosen.map((comment) => comment.id);
    this.takeOut(chosen, decision);
    return this.enqueue(async () => {
      try {
        await this.backend.decide(ids, decision);
        this.set({ error: null });
      } catch (error) {
        this.putBack(chosen, decision, error);
      } finally {
        for (const id of ids) this.inFlight.delete(id);
      }
    });
  }

  private takeOut(chosen: readonly Comment[], decision: CommentDecision): void {
    const ids = new Set(chosen.map((comment) => comment.id));
    for (const id of ids) this.inFlight.add(id);
    const { comments, position, selected } = this.state;
    const removedBefore = comments.slice(0, position).filter((comment) => ids.has(comment.id)).length;
    const remaining = comments.filter((comment) => !ids.has(comment.id));
    const nextSelected = new Set([...selected].filter((id) => !ids.has(id)));
    this.set({
      comments: remaining,
      position: Math.max(0, Math.min(remaining.length - 1, position - removedBefore)),
      total: Math.max(0, this.state.total - chosen.length),
      selected: nextSelected,
      counts: shiftCounts(this.state.counts, chosen.map((comment) => ({ from: comment.queue, to: decision }))),
    });
    this.prefetchIfNear();
  }

  private putBack(chosen: readonly Comment[], decision: CommentDecision, error: unknown): void {
    const focusedId = this.focused()?.id;
    const comments = insertSorted(this.state.comments, chosen);
    const firstBack = comments.findIndex((comment) => comment.id === chosen[0]!.id);
    this.set({
      comments,
      position: firstBack >= 0 ? firstBack : Math.max(0, comments.findIndex((comment) => comment.id === focusedId)),
      total: this.state.total + chosen.length,
      counts: shiftCounts(this.state.counts, chosen.map((comment) => ({ from: decision, to: comment.queue }))),
      error,
    });
  }

  /** Hoàn tác: the backend takes back its last decision; the comments it changed come back here if they belong to this queue. */
  undo(): Promise<void> {
    const generation = this.state.generation;
    return this.enqueue(async () => {
      try {
        const { comments: changed } = await this.backend.undo();
        if (this.state.generation === generation && changed.length > 0) this.applyChanged(changed, true);
        this.set({ error: null });
      } catch (error) {
        this.set({ error });
      }
      await this.refreshCounts();
    });
  }

  /** Từ chối tất cả của người này, for the author of the focused comment. */
  rejectAuthor(): Promise<void> {
    const target = this.focused();
    if (target === null) return Promise.resolve();
    const generation = this.state.generation;
    return this.enqueue(async () => {
      try {
        const { comments: changed } = await this.backend.rejectAuthor(target.id);
        if (this.state.generation === generation) this.applyChanged(changed, false);
        this.set({ error: null });
      } catch (error) {
        this.set({ error });
      }
      await this.refreshCounts();
    });
  }

  /** Comments whose status changed on the server: those now in this queue join it (focused when asked), the others leave it. */
  private applyChanged(changed: readonly Comment[], focusReturned: boolean): void {
    const { queue, comments, position } = this.state;
    const changedIds = new Set(changed.map((comment) => comment.id));
    const focusedId = comments[position]?.id;
    const staying = comments.filter((comment) => !changedIds.has(comment.id));
    const joining = changed.filter((comment) => comment.queue === queue);
    const next = insertSorted(staying, joining);
    const focusId = focusReturned && joining.length > 0 ? joining[0]!.id : focusedId;
    let nextPosition = next.findIndex((comment) => comment.id === focusId);
    if (nextPosition < 0) nextPosition = Math.min(position, next.length - 1);
    this.set({
      comments: next,
      position: Math.max(0, nextPosition),
      total: Math.max(0, this.state.total - (comments.length - staying.length) + joining.length),
      selected: new Set([...this.state.selected].filter((id) => !changedIds.has(id))),
    });
  }
}

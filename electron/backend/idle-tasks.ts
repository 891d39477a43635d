/**
 * Work that may wait until the current call has answered (for example bringing a search index
 * up to date after an autosave), so that it does not add to the call's latency. Tasks run on the
 * next turn of the event loop, and all at once before the backend closes. A task deferred with
 * the key of one not yet run replaces it: ten quick autosaves of an article index it once.
 */
export class IdleTasks {
  private readonly pending = new Map<string, () => void>();
  private scheduled = false;
  private stopped = false;

  constructor(private readonly logError: (message: string) => void) {}

  /** Runs `task` once the current call has returned; replaces a pending task with the same key. */
  defer(key: string, task: () => void): void {
    if (this.stopped) return;
    this.pending.delete(key);
    this.pending.set(key, task);
    if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(() => this.runPending());
    }
  }

  /** How many tasks wait to run. */
  get size(): number {
    return this.pending.size;
  }

  /**
   * Runs every pending task now, in the order deferred: for work that needs their results (a search
   * needs the index entries of the last saves). A failing task is logged; the others still run.
   */
  runPending(): void {
    this.scheduled = false;
    for (const [key, task] of [...this.pending]) {
      this.pending.delete(key);
      try {
        task();
      } catch (error) {
        this.logError(`newsdesk: deferred task ${key} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      }
    }
  }

  /** Runs what is pending and accepts no more tasks (the backend is closing). */
  stop(): void {
    this.runPending();
    this.stopped = true;
  }
}

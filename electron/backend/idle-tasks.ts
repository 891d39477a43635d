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
  private readonly repeating = new Map<string, ReturnType<typeof setTimeout>>();

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

  /**
   * Runs `step` after `pauseMs`, and again after each pause for as long as it returns true (more
   * work to do): upkeep in small steps between calls, never run by `runPending` nor at close, so
   * that a call or a write waits at most one step. Repeating with the key of a running one does
   * nothing.
   */
  repeat(key: string, step: () => boolean, pauseMs = 50): void {
    if (this.stopped || this.repeating.has(key)) return;
    const timer = setTimeout(() => {
      let again = false;
      try {
        again = step();
      } catch (error) {
        this.logError(`newsdesk: upkeep task ${key} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      }
      this.repeating.delete(key);
      if (again) this.repeat(key, step, pauseMs);
    }, pauseMs);
    timer.unref();
    this.repeating.set(key, timer);
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
    for (const timer of this.repeating.values()) clearTimeout(timer);
    this.repeating.clear();
  }
}

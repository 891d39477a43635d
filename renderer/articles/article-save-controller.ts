import { ApiError } from '../../shared/api/errors';
import type { ArticleFields, ArticleSummary, SaveKind } from '../../shared/model/article';

/** What the status bar shows about the open article. */
export type SaveState =
  | { kind: 'clean' }
  | { kind: 'unsaved' }
  | { kind: 'saving' }
  /** `savedAt` is the backend's timestamp of the committed save. */
  | { kind: 'saved'; savedAt: string }
  | { kind: 'failed'; error: unknown; retryInMs: number }
  | { kind: 'conflict' };

export interface SaveRequest {
  id: number;
  expectedVersion: number;
  kind: SaveKind;
  fields: ArticleFields;
}

export interface ArticleSaveControllerOptions {
  articleId: number;
  /** The version the editor's text was loaded from. */
  version: number;
  /** Reads the current text from the form and editor; called when a save starts, not on every keystroke. */
  readFields: () => ArticleFields;
  save: (request: SaveRequest) => Promise<ArticleSummary>;
  /** The version now stored, to save on top of it after the user chose to keep their text in a conflict. */
  loadCurrentVersion: () => Promise<number>;
  onStateChange: (state: SaveState) => void;
  onSaved?: (summary: ArticleSummary) => void;
  /** @default 1000 */
  debounceMs?: number;
  /** Waits between attempts after failed saves; the last one repeats. @default [1000, 2000, 5000, 10000, 30000] */
  retryDelaysMs?: readonly number[];
}

const defaultRetryDelaysMs = [1_000, 2_000, 5_000, 10_000, 30_000] as const;

/**
 * Saves one open article: debounced autosave, explicit saves, one save in flight at a time, retries
 * with backoff after failures, and a stop on version conflicts until the user decides. It never
 * changes the text being edited; it only reads it.
 */
export class ArticleSaveController {
  private readonly options: ArticleSaveControllerOptions;
  private version: number;
  private state: SaveState = { kind: 'clean' };
  /** Increases on every edit; the text is saved when `savedGeneration` has caught up with it. */
  private changeGeneration = 0;
  private savedGeneration = 0;
  private explicitRequested = false;
  private saveRequestedDuringFlight = false;
  private inFlight: Promise<void> | null = null;
  private debounceTimer: ReturnType<typeof setTimeout> | undefined;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private consecutiveFailures = 0;
  private inConflict = false;
  private disposed = false;

  constructor(options: ArticleSaveControllerOptions) {
    this.options = options;
    this.version = options.version;
  }

  get currentState(): SaveState {
    return this.state;
  }

  get currentVersion(): number {
    return this.version;
  }

  /** True while some edit is not confirmed as saved (including during a conflict). */
  get hasUnsavedChanges(): boolean {
    return this.changeGeneration > this.savedGeneration || this.explicitRequested || this.inConflict;
  }

  /** The text changed: save it about a second after the typing stops. */
  markChanged(): void {
    if (this.disposed) return;
    this.changeGeneration += 1;
    if (this.inConflict) return;
    if (this.state.kind === 'clean' || this.state.kind === 'saved') this.setState({ kind: 'unsaved' });
    clearTimeout(this.debounceTimer);
    this.debounceTimer = setTimeout(() => this.requestSave('autosave'), this.options.debounceMs ?? 1_000);
  }

  /**
   * Save now: on blur, on leaving the page, and (kind 'explicit') on Ctrl+S. An explicit save is sent
   * even without changes, so the user gets a kept version and a confirmation.
   */
  requestSave(kind: SaveKind = 'autosave'): void {
    if (this.disposed) return;
    clearTimeout(this.debounceTimer);
    this.debounceTimer = undefined;
    if (kind === 'explicit') this.explicitRequested = true;
    if (this.inConflict) return;
    if (this.inFlight) {
      this.saveRequestedDuringFlight = true;
      return;
    }
    if (!this.hasUnsavedChanges) return;
    this.start();
  }

  /** Saves what is pending and waits for the outcome: true when everything is saved. */
  async flush(): Promise<boolean> {
    this.requestSave('autosave');
    while (this.inFlight) await this.inFlight;
    return !this.hasUnsavedChanges;
  }

  /** After a conflict: save the user's text as a new version on top of the one stored now. */
  async keepMine(): Promise<void> {
    if (!this.inConflict || this.disposed) return;
    try {
      this.version = await this.options.loadCurrentVersion();
    } catch (error) {
      this.recordFailure(error);
      return;
    }
    if (this.disposed) return;
    this.inConflict = false;
    this.requestSave('explicit');
  }

  /** Stops all timers; later outcomes of a save in flight are ignored. */
  dispose(): void {
    this.disposed = true;
    clearTimeout(this.debounceTimer);
    clearTimeout(this.retryTimer);
  }

  private start(): void {
    clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
    const kind: SaveKind = this.explicitRequested ? 'explicit' : 'autosave';
    this.explicitRequested = false;
    this.saveRequestedDuringFlight = false;
    const generation = this.changeGeneration;
    let fields: ArticleFields;
    try {
      // Sent as typed: the backend brings every string of every call to NFC.
      fields = this.options.readFields();
    } catch (error) {
      if (kind === 'explicit') this.explicitRequested = true;
      this.recordFailure(error);
      return;
    }
    this.setState({ kind: 'saving' });
    const request: SaveRequest = { id: this.options.articleId, expectedVersion: this.version, kind, fields };
    let attempt: Promise<void>;
    try {
      attempt = this.options.save(request).then(
        (summary) => this.succeeded(attempt, summary, generation),
        (error: unknown) => this.failed(attempt, error, kind),
      );
    } catch (error) {
      attempt = Promise.resolve().then(() => this.failed(attempt, error, kind));
    }
    this.inFlight = attempt;
  }

  private succeeded(attempt: Promise<void>, summary: ArticleSummary, generation: number): void {
    if (this.inFlight === attempt) this.inFlight = null;
    if (this.disposed) return;
    this.version = summary.version;
    this.savedGeneration = Math.max(this.savedGeneration, generation);
    this.consecutiveFailures = 0;
    this.options.onSaved?.(summary);
    if (this.saveRequestedDuringFlight || this.explicitRequested) {
      this.setState({ kind: 'saving' });
      this.start();
      return;
    }
    this.setState(this.hasUnsavedChanges ? { kind: 'unsaved' } : { kind: 'saved', savedAt: summary.updatedAt });
  }

  private failed(attempt: Promise<void>, error: unknown, kind: SaveKind): void {
    if (this.inFlight === attempt) this.inFlight = null;
    if (this.disposed) return;
    if (kind === 'explicit') this.explicitRequested = true;
    if (error instanceof ApiError && error.code === 'conflict') {
      this.inConflict = true;
      clearTimeout(this.debounceTimer);
      clearTimeout(this.retryTimer);
      this.saveRequestedDuringFlight = false;
      this.setState({ kind: 'conflict' });
      return;
    }
    this.recordFailure(error);
  }

  private recordFailure(error: unknown): void {
    if (this.disposed) return;
    const delays = this.options.retryDelaysMs ?? defaultRetryDelaysMs;
    this.consecutiveFailures += 1;
    const retryInMs = delays[Math.min(this.consecutiveFailures, delays.length) - 1] ?? 30_000;
    this.setState({ kind: 'failed', error, retryInMs });
    clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      this.requestSave('autosave');
    }, retryInMs);
  }

  private setState(state: SaveState): void {
    this.state = state;
    this.options.onStateChange(state);
  }
}

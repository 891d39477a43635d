import type { ExportArticleResult, ExportConflictPolicy, ExportImageMode, ExportPlanEntry } from '../../shared/model/export';

/** What every article of a batch is exported with. */
export interface ExportOptions {
  folder: string;
  images: ExportImageMode;
  /** 'folder' mode: also copy the original images. */
  originals: boolean;
  /** Add the approved reader comments ("Ý kiến bạn đọc") of articles that have some. */
  includeComments: boolean;
}

export type ExportArticleCall = (args: ExportOptions & { id: number; ifExists: ExportConflictPolicy }) => Promise<ExportArticleResult>;

/** The user's answer when a file exists: replace it or write under a new name, for this article or the rest of the batch. */
export interface ConflictAnswer {
  choice: 'replace' | 'rename';
  applyToAll: boolean;
}

/** Where a batch is: `done` of `total` finished, `current` being exported (null once over). */
export interface ExportProgress {
  done: number;
  total: number;
  current: ExportPlanEntry | null;
}

export interface ExportSummary {
  written: Array<{ entry: ExportPlanEntry; path: string }>;
  failed: Array<{ entry: ExportPlanEntry; error: unknown }>;
  /** How many articles were not exported because the batch was cancelled. */
  cancelled: number;
}

export interface ExportQueueOptions {
  entries: readonly ExportPlanEntry[];
  options: ExportOptions;
  exportArticle: ExportArticleCall;
  /** Asked when an article's file exists; null skips it (the batch was cancelled meanwhile). */
  askConflict: (entry: ExportPlanEntry, path: string) => Promise<ConflictAnswer | null>;
  onProgress: (progress: ExportProgress) => void;
}

/**
 * Exports a batch one call per article, one at a time, as the page drives it (the browser edition
 * pushes no events): a failed article never stops the others, and `cancel` stops the batch after
 * the article being exported. An existing file is never replaced without the user's answer.
 */
export class ExportQueue {
  private cancelled = false;

  constructor(private readonly queue: ExportQueueOptions) {}

  get isCancelled(): boolean {
    return this.cancelled;
  }

  /** Stops after the article being exported; the summary counts the rest as cancelled. */
  cancel(): void {
    this.cancelled = true;
  }

  async run(): Promise<ExportSummary> {
    const { entries, options, exportArticle, askConflict, onProgress } = this.queue;
    const summary: ExportSummary = { written: [], failed: [], cancelled: 0 };
    let policy: ExportConflictPolicy = 'ask';
    for (const [index, entry] of entries.entries()) {
      if (this.cancelled) {
        summary.cancelled = entries.length - index;
        break;
      }
      onProgress({ done: index, total: entries.length, current: entry });
      try {
        let result = await exportArticle({ ...options, id: entry.id, ifExists: policy });
        if (result.outcome === 'exists') {
          const answer = await askConflict(entry, result.path);
          if (answer === null) {
            summary.cancelled = entries.length - index;
            break;
          }
          if (answer.applyToAll) policy = answer.choice;
          result = await exportArticle({ ...options, id: entry.id, ifExists: answer.choice });
        }
        if (result.outcome === 'written') summary.written.push({ entry, path: result.path });
        else summary.failed.push({ entry, error: new Error(`${result.path} exists`) });
      } catch (error) {
        summary.failed.push({ entry, error });
      }
    }
    onProgress({ done: entries.length - summary.cancelled, total: entries.length, current: null });
    return summary;
  }
}

import type { ArticleStatusReport } from '../articles/article-session';

/**
 * The open article's save state and word count, for the status bar alone: the editor reports into
 * it while the user types, and only the status bar draws again (the app around it does not).
 */
export class StatusReportStore {
  private report: ArticleStatusReport | null = null;
  private readonly listeners = new Set<() => void>();

  readonly current = (): ArticleStatusReport | null => this.report;

  readonly set = (report: ArticleStatusReport | null): void => {
    const previous = this.report;
    if (previous === report) return;
    if (previous !== null && report !== null && previous.saveState === report.saveState && previous.wordCount === report.wordCount) return;
    this.report = report;
    for (const listener of this.listeners) listener();
  };

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
}

import type { CommentImportReport } from '../../../../shared/model/comment';

export type CommentImportWarning = CommentImportReport['warnings'][number];

/** The most warnings a report lists; past it, one last warning of each code says how many more there were. */
export const warningsListed = 200;

/** Collects a file's warnings, keeping the report small when a file has thousands of them. */
export class ImportWarnings {
  private readonly listed: CommentImportWarning[] = [];
  private readonly more = new Map<CommentImportWarning['code'], number>();

  add(warning: CommentImportWarning): void {
    if (this.listed.length < warningsListed) this.listed.push(warning);
    else this.more.set(warning.code, (this.more.get(warning.code) ?? 0) + 1);
  }

  list(): CommentImportWarning[] {
    const extra = [...this.more].map(([code, count]): CommentImportWarning => ({ code, record: '…', detail: `${count} more comments` }));
    return [...this.listed, ...extra];
  }
}

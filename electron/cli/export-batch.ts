import { ApiError } from '../../shared/api/errors';
import type { ArgsOf } from '../../shared/api/contract';
import type { ExportArticleResult } from '../../shared/model/export';
import type { Backend } from '../backend/backend-types';

/**
 * How many articles a batch export has in flight at once: one article's disk flushes and image
 * resizing (off the main thread) overlap another's rendering and bookkeeping.
 */
export const exportBatchConcurrency = 4;

export type ExportBatchOutcome = { id: number; result: ExportArticleResult } | { id: number; error: ApiError } | { id: number; stopped: true };

/**
 * Exports the articles `ids` with `export.article`, up to `concurrency` at a time, and reports
 * each outcome to `onOutcome` in the order of `ids`. Errors of the backend (ApiError) are
 * outcomes; anything else rejects. Once `stopSignal` is aborted, no further article is started
 * and those left are reported as stopped.
 */
export async function exportBatch(
  backend: Backend,
  ids: readonly number[],
  args: Omit<ArgsOf<'export.article'>, 'id'>,
  options: { onOutcome(outcome: ExportBatchOutcome): void; stopSignal?: AbortSignal; concurrency?: number },
): Promise<void> {
  const outcomes: Array<ExportBatchOutcome | undefined> = new Array(ids.length);
  let reported = 0;
  let started = 0;
  const report = () => {
    while (reported < ids.length && outcomes[reported] !== undefined) {
      options.onOutcome(outcomes[reported]!);
      reported += 1;
    }
  };
  const worker = async () => {
    while (started < ids.length) {
      const index = started;
      started += 1;
      const id = ids[index]!;
      if (options.stopSignal?.aborted) {
        outcomes[index] = { id, stopped: true };
      } else {
        try {
          outcomes[index] = { id, result: await backend.call('export.article', { ...args, id }) };
        } catch (error) {
          if (!(error instanceof ApiError)) throw error;
          outcomes[index] = { id, error };
        }
      }
      report();
    }
  };
  const workers = Array.from({ length: Math.max(1, Math.min(options.concurrency ?? exportBatchConcurrency, ids.length)) }, worker);
  await Promise.all(workers);
}

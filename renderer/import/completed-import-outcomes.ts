import type { ContractEvents } from '../../shared/api/contract';
import { ApiError, type ApiErrorShape } from '../../shared/api/errors';
import type { ImportFailure, ImportOutcome } from './import-outcome';

/**
 * The report of an import the main process ran (File › Nhập in the desktop edition), in the same
 * form as the report of files picked or dropped in the page.
 */
export function outcomesOfCompletedImport({ results }: ContractEvents['import.completed']): ImportOutcome[] {
  return results.map(({ fileName, outcome }): ImportOutcome =>
    outcome.ok
      ? { kind: 'imported', fileName, articles: outcome.value.articles }
      : { kind: 'failed', fileName, failure: failureOf(outcome.error) },
  );
}

function failureOf(error: ApiErrorShape): ImportFailure {
  switch (error.reason) {
    case 'import-file-missing':
    case 'import-file-read-failed':
      return { reason: 'unreadable', message: error.params.problem };
    case 'import-file-too-large':
      return { reason: 'too-large', limitBytes: error.params.limitBytes };
    default:
      return { reason: 'rejected', error: ApiError.fromShape(error) };
  }
}

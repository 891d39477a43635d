import type { ContractEvents } from '../../shared/api/contract';
import { ApiError, type ApiErrorShape } from '../../shared/api/errors';
import { importLimits } from '../../shared/model/import';
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
  const readError = error.details?.readError;
  if (typeof readError === 'string') return { reason: 'unreadable', message: readError };
  // Over the size limit of one file (not a .docx that would unpack too large, which has its own limit).
  if (error.code === 'too_large' && error.details?.limit === importLimits.fileBytes) {
    return { reason: 'too-large', limitBytes: importLimits.fileBytes };
  }
  return { reason: 'rejected', error: new ApiError(error) };
}

import type { ContractEvents } from '../../shared/api/contract';
import type { ImportProgress } from './import-queue';

/** The main process names the jobs of File › Nhập 'import:<number>' (electron/main/import-through-dialog.ts). */
const importJobPrefix = 'import:';

/**
 * Where an import the main process runs stands, from its 'job.progress' event: null when it is
 * over, undefined when the event is about another kind of job.
 */
export function importProgressOfJob(job: ContractEvents['job.progress']): ImportProgress | null | undefined {
  if (!job.jobId.startsWith(importJobPrefix)) return undefined;
  if (job.done >= job.total) return null;
  return { current: job.done + 1, total: job.total, fileName: job.label };
}

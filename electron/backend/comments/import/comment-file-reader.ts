import { warmUpWorkerJob, type WorkerJobLimits } from '../../workers/worker-job';

/** The worker job that reads a comment file (jobs/comment-file.job.ts). */
export const commentFileJob = 'comment-file';

/**
 * A comment file is read in a worker with these limits. A realistic export (100 MB, a million
 * comments) takes a fraction of either; the worker's memory stays flat however large the file is.
 */
export const commentFileJobLimits: WorkerJobLimits = { memoryMegabytes: 384, timeMilliseconds: 10 * 60_000 };

/** Starts the reader's worker now (it takes a moment to load), so that an import about to run finds it ready. */
export function warmUpCommentFileReader(): Promise<void> {
  return warmUpWorkerJob(commentFileJob, commentFileJobLimits);
}

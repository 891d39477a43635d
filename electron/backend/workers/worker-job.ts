import { Worker } from 'node:worker_threads';
import { ApiError, type ApiErrorShape } from '../../../shared/api/errors';
import { workerFiles } from './worker-files';

/** The limits of one job. The memory cap is V8's heap (old and young generations); buffers outside the heap are the job's own business to bound. */
export interface WorkerJobLimits {
  memoryMegabytes: number;
  timeMilliseconds: number;
}

/** V8's young generation of a worker: small, so that a streaming job's memory stays flat (a larger one only delays collections). */
const youngGenerationMegabytes = 16;

/** Why a job stopped without a result of its own making. */
export type WorkerJobStop = 'memory' | 'time' | 'crash' | 'cancelled';

/** A job that was stopped: out of memory, out of time, crashed, or cancelled. The job's own ApiErrors come through as they are. */
export class WorkerJobStopped extends Error {
  constructor(
    readonly job: string,
    readonly stop: WorkerJobStop,
    readonly limits: WorkerJobLimits,
    detail: string,
  ) {
    super(`The ${job} job stopped (${stop}): ${detail}`);
    this.name = 'WorkerJobStopped';
  }
}

export interface WorkerJobOptions<Event> {
  limits: WorkerJobLimits;
  /** Events the job posts while it runs, in order; handled on this thread before the result. */
  onEvent?: (event: Event) => void;
  /** ArrayBuffers of `input` moved to the worker rather than copied. */
  transfer?: ArrayBuffer[];
  signal?: AbortSignal;
  /** The job's module when it is not jobs/<jobName>.job.ts (tests). */
  moduleUrl?: string;
}

/**
 * What a job module (jobs/NAME.job.ts) exports as `runJob`. `post` sends an event and returns a
 * promise of its having been handled by the starting thread (await it to keep events in flight
 * bounded).
 */
export type JobRunner<Input, Result, Event = never> = (input: Input, post: (event: Event) => Promise<void>) => Promise<{ value: Result; transfer?: ArrayBuffer[] }>;

type WorkerMessage<Result, Event> =
  | { kind: 'event'; event: Event; sequence: number }
  | { kind: 'result'; value: Result }
  | { kind: 'error'; shape: ApiErrorShape | null; message: string };

/**
 * Runs `jobs/<jobName>.job.ts` in a worker thread of its own with a heap cap and a time limit, so
 * that whatever the job is given (a hostile file, a runaway parse) this thread keeps answering. The
 * worker is ended when the job ends, fails, runs out of time or is cancelled.
 */
export function runWorkerJob<Input, Result, Event = never>(jobName: string, input: Input, options: WorkerJobOptions<Event>): Promise<Result> {
  const files = workerFiles(jobName);
  const { limits } = options;
  return new Promise<Result>((resolve, reject) => {
    let settled = false;
    const worker = new Worker(files.bootstrap, {
      workerData: { jobModule: options.moduleUrl ?? files.jobModule, tsconfig: files.tsconfig, input },
      transferList: options.transfer ?? [],
      resourceLimits: { maxOldGenerationSizeMb: limits.memoryMegabytes, maxYoungGenerationSizeMb: youngGenerationMegabytes },
      stdout: false,
      stderr: false,
    });
    const finish = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      void worker.terminate();
      outcome();
    };
    const stopped = (stop: WorkerJobStop, detail: string) => finish(() => reject(new WorkerJobStopped(jobName, stop, limits, detail)));
    const timer = setTimeout(() => stopped('time', `no result after ${limits.timeMilliseconds} ms`), limits.timeMilliseconds);
    const onAbort = () => stopped('cancelled', 'cancelled');
    if (options.signal?.aborted) onAbort();
    options.signal?.addEventListener('abort', onAbort, { once: true });
    worker.on('message', (message: WorkerMessage<Result, Event>) => {
      if (settled) return;
      if (message.kind === 'event') {
        try {
          options.onEvent?.(message.event);
          worker.postMessage({ kind: 'ack', sequence: message.sequence });
        } catch (error) {
          finish(() => reject(error));
        }
      } else if (message.kind === 'result') {
        finish(() => resolve(message.value));
      } else {
        finish(() => reject(message.shape ? ApiError.fromShape(message.shape) : new WorkerJobStopped(jobName, 'crash', limits, message.message)));
      }
    });
    worker.on('error', (error: Error & { code?: string }) => {
      stopped(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'memory' : 'crash', error.message);
    });
    worker.on('exit', (code) => stopped('crash', `the worker exited with code ${code}`));
  });
}

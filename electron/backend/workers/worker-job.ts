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
  /** Only load the job's module and leave the worker warm (warmUpWorkerJob). */
  warmUp?: boolean;
  /** Events the job posts while it runs, in order; handled on this thread before the result. */
  onEvent?: (event: Event) => void;
  /** ArrayBuffers of `input` moved to the worker rather than copied. */
  transfer?: ArrayBuffer[];
  signal?: AbortSignal;
  /** The job's module when it is not jobs/<jobName>.job.ts (tests). */
  moduleUrl?: string;
}

/**
 * Starts a worker for `jobName` and loads the job's module without running it, leaving the worker
 * warm for the first job (a cold start from the sources takes seconds). Never fails.
 */
export function warmUpWorkerJob(jobName: string, limits: WorkerJobLimits, moduleUrl?: string): Promise<void> {
  return runWorkerJob<undefined, null>(jobName, undefined, { limits, warmUp: true, ...(moduleUrl ? { moduleUrl } : {}) }).then(
    () => undefined,
    () => undefined,
  );
}

/**
 * What a job module (jobs/NAME.job.ts) exports as `runJob`. `post` sends an event and returns a
 * promise of its having been handled by the starting thread (await it to keep events in flight
 * bounded).
 */
export type JobRunner<Input, Result, Event = never> = (input: Input, post: (event: Event) => Promise<void>) => Promise<{ value: Result; transfer?: ArrayBuffer[] }>;

type WorkerMessage<Result, Event> =
  | { kind: 'started' }
  | { kind: 'event'; event: Event; sequence: number }
  | { kind: 'result'; value: Result }
  | { kind: 'error'; shape: ApiErrorShape | null; message: string };

/**
 * How long a worker may take to start and load the job's module before the job's own time limit
 * starts: a cold start from the sources (tsx) takes seconds on a busy machine.
 */
export const workerStartMilliseconds = 60_000;

/** How long a worker whose job ended well waits, warm, for the next job of the same kind before it ends. */
export const warmWorkerMilliseconds = 30_000;

/** One idle worker per job module and memory cap, ready for the next job (its modules loaded). */
const warmWorkers = new Map<string, { worker: Worker; timer: NodeJS.Timeout }>();

function takeWorker(key: string, files: ReturnType<typeof workerFiles>, limits: WorkerJobLimits): Worker {
  const warm = warmWorkers.get(key);
  if (warm) {
    warmWorkers.delete(key);
    clearTimeout(warm.timer);
    warm.worker.ref();
    return warm.worker;
  }
  const worker = new Worker(files.bootstrap, {
    workerData: { tsconfig: files.tsconfig },
    resourceLimits: { maxOldGenerationSizeMb: limits.memoryMegabytes, maxYoungGenerationSizeMb: youngGenerationMegabytes },
    stdout: false,
    stderr: false,
  });
  // A warm worker that ends on its own is no longer offered.
  worker.once('exit', () => {
    if (warmWorkers.get(key)?.worker === worker) warmWorkers.delete(key);
  });
  return worker;
}

/** Keeps a worker whose job ended well for the next job, unless one is kept already; it never holds the process open. */
function keepWarm(key: string, worker: Worker): void {
  if (warmWorkers.has(key)) {
    void worker.terminate();
    return;
  }
  worker.unref();
  const timer = setTimeout(() => {
    if (warmWorkers.get(key)?.worker === worker) warmWorkers.delete(key);
    void worker.terminate();
  }, warmWorkerMilliseconds);
  timer.unref();
  warmWorkers.set(key, { worker, timer });
}

/**
 * Runs `jobs/<jobName>.job.ts` in a worker thread with a heap cap and a time limit (counted from
 * when the job's module is loaded), so that
 * whatever the job is given (a hostile file, a runaway parse) this thread keeps answering. A job
 * that ends with its result or its own error leaves its worker warm for the next job of the same
 * kind (`warmWorkerMilliseconds`); a worker that runs out of memory or time, crashes, is cancelled
 * or whose events this thread refused is ended, never used again.
 */
export function runWorkerJob<Input, Result, Event = never>(jobName: string, input: Input, options: WorkerJobOptions<Event>): Promise<Result> {
  const files = workerFiles(jobName, options.moduleUrl);
  const { limits } = options;
  const jobModule = files.jobModule;
  const key = `${jobModule}|${limits.memoryMegabytes}`;
  return new Promise<Result>((resolve, reject) => {
    let settled = false;
    const worker = takeWorker(key, files, limits);
    const finish = (outcome: () => void, reusable = false) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      if (reusable) keepWarm(key, worker);
      else void worker.terminate();
      outcome();
    };
    const stopped = (stop: WorkerJobStop, detail: string) => finish(() => reject(new WorkerJobStopped(jobName, stop, limits, detail)));
    let timer = setTimeout(() => stopped('crash', `the worker did not start within ${workerStartMilliseconds} ms`), workerStartMilliseconds);
    const startClock = () => {
      clearTimeout(timer);
      timer = setTimeout(() => stopped('time', `no result after ${limits.timeMilliseconds} ms`), limits.timeMilliseconds);
    };
    const onAbort = () => stopped('cancelled', 'cancelled');
    const onMessage = (message: WorkerMessage<Result, Event>) => {
      if (settled) return;
      if (message.kind === 'started') {
        startClock();
      } else if (message.kind === 'event') {
        try {
          options.onEvent?.(message.event);
          worker.postMessage({ kind: 'ack', sequence: message.sequence });
        } catch (error) {
          finish(() => reject(error));
        }
      } else if (message.kind === 'result') {
        finish(() => resolve(message.value), true);
      } else if (message.shape) {
        const shape = message.shape;
        finish(() => reject(ApiError.fromShape(shape)), true);
      } else {
        finish(() => reject(new WorkerJobStopped(jobName, 'crash', limits, message.message)));
      }
    };
    const onError = (error: Error & { code?: string }) => stopped(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'memory' : 'crash', error.message);
    const onExit = (code: number) => stopped('crash', `the worker exited with code ${code}`);
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    if (options.signal?.aborted) onAbort();
    options.signal?.addEventListener('abort', onAbort, { once: true });
    if (!settled) worker.postMessage({ kind: 'job', jobModule, input, warmUp: options.warmUp === true }, options.transfer ?? []);
  });
}

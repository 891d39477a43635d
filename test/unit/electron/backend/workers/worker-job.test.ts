import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../../../shared/api/errors';
import { runWorkerJob, warmUpWorkerJob, WorkerJobStopped, type WorkerJobOptions } from '../../../../../electron/backend/workers/worker-job';
import type { TestJobInput } from './jobs/test-jobs.job';

const moduleUrl = new URL('./jobs/test-jobs.job.ts', import.meta.url).href;
const limits = { memoryMegabytes: 64, timeMilliseconds: 15_000 };

function run(input: TestJobInput, options: Partial<WorkerJobOptions<{ step: number }>> = {}) {
  return runWorkerJob<TestJobInput, { length: number; first: number }, { step: number }>('test-jobs', input, { limits, moduleUrl, ...options });
}

/** How late a 20 ms timer fires on this thread while `work` runs: the thread stays free whatever the job does. */
async function timerLatenessWhile(work: Promise<unknown>): Promise<number> {
  let worst = 0;
  let done = false;
  void work.finally(() => (done = true)).catch(() => undefined);
  while (!done) {
    const start = performance.now();
    await new Promise((resolve) => setTimeout(resolve, 20));
    worst = Math.max(worst, performance.now() - start - 20);
  }
  return worst;
}

describe('runWorkerJob', () => {
  it('runs a job in a worker, moving its input and passing its events in order before the result', async () => {
    const bytes = new Uint8Array([7, 8, 9]);
    const steps: number[] = [];
    const result = await run({ kind: 'echo', bytes }, { transfer: [bytes.buffer], onEvent: (event) => steps.push((event as { step: number }).step) });
    expect(result).toEqual({ length: 3, first: 7 });
    expect(steps).toEqual([1, 2, 3]);
    expect(bytes.length).toBe(0); // moved, not copied
  });

  it('runs the next job in the worker the last one left warm, never in one that was stopped', async () => {
    const first = (await run({ kind: 'thread' })).length;
    expect((await run({ kind: 'thread' })).length).toBe(first);
    await run({ kind: 'api-error' }).catch(() => undefined);
    expect((await run({ kind: 'thread' })).length).toBe(first);
    await run({ kind: 'throw' }).catch(() => undefined);
    const afterCrash = (await run({ kind: 'thread' })).length;
    expect(afterCrash).not.toBe(first);
  });

  it('passes the job’s own ApiError through as it is', async () => {
    const error = await run({ kind: 'api-error' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).reason).toBe('import-file-empty');
    expect((error as ApiError).message).toContain('leer.txt');
  });

  it('stops a job that runs out of its memory cap, and this thread keeps answering meanwhile', async () => {
    const job = run({ kind: 'hog-memory' });
    const lateness = await timerLatenessWhile(job);
    const error = await job.catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(WorkerJobStopped);
    expect((error as WorkerJobStopped).stop).toBe('memory');
    expect(lateness).toBeLessThan(250);
  });

  it('stops a job that runs past its time limit', async () => {
    const started = performance.now();
    const error = await run({ kind: 'spin' }, { limits: { memoryMegabytes: 64, timeMilliseconds: 1500 } }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(WorkerJobStopped);
    expect((error as WorkerJobStopped).stop).toBe('time');
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('stops a job when asked to', async () => {
    const controller = new AbortController();
    const job = run({ kind: 'spin' }, { signal: controller.signal });
    setTimeout(() => controller.abort(), 300);
    const error = await job.catch((caught: unknown) => caught);
    expect((error as WorkerJobStopped).stop).toBe('cancelled');
  });

  it('reports a job that throws something else, or ends its thread, as a crash', async () => {
    const thrown = await run({ kind: 'throw' }).catch((caught: unknown) => caught);
    expect((thrown as WorkerJobStopped).stop).toBe('crash');
    expect((thrown as Error).message).toContain('a bug in the job');
    const exited = await run({ kind: 'exit' }).catch((caught: unknown) => caught);
    expect((exited as WorkerJobStopped).stop).toBe('crash');
  });
});

describe('warmUpWorkerJob', () => {
  it('loads the job in a worker without running it, and the next job runs in that worker', async () => {
    const moduleUrl = new URL('./jobs/test-jobs.job.ts', import.meta.url).href;
    const warmLimits = { memoryMegabytes: 72, timeMilliseconds: 15_000 };
    await warmUpWorkerJob('test-jobs', warmLimits, moduleUrl);
    const started = performance.now();
    const result = await runWorkerJob<TestJobInput, { length: number; first: number }>('test-jobs', { kind: 'thread' }, { limits: warmLimits, moduleUrl });
    expect(result.length).toBeGreaterThan(0);
    expect(performance.now() - started).toBeLessThan(400);
  });
});

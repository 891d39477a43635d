import { ApiError } from '../../../../../../shared/api/errors';
import { threadId } from 'node:worker_threads';
import type { JobRunner } from '../../../../../../electron/backend/workers/worker-job';

/** Jobs for worker-job.test.ts, chosen by `input.kind`. */
export interface TestJobInput {
  kind: 'echo' | 'thread' | 'hog-memory' | 'spin' | 'api-error' | 'throw' | 'exit';
  bytes?: Uint8Array;
}

export const runJob: JobRunner<TestJobInput, { length: number; first: number }, { step: number }> = async (input, post) => {
  switch (input.kind) {
    case 'echo':
      for (let step = 1; step <= 3; step += 1) await post({ step });
      return { value: { length: input.bytes?.length ?? 0, first: input.bytes?.[0] ?? -1 } };
    case 'thread':
      return { value: { length: threadId, first: 0 } };
    case 'hog-memory': {
      const kept: string[][] = [];
      for (;;) kept.push(Array.from({ length: 10_000 }, (_, index) => `row ${index} ${kept.length}`));
    }
    case 'spin':
      for (;;) Math.sqrt(Math.random());
    case 'api-error':
      throw new ApiError('import-file-empty', { fileName: 'leer.txt' });
    case 'throw':
      throw new TypeError('a bug in the job');
    case 'exit':
      process.exit(3);
  }
};

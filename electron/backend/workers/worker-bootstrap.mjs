// The first module of every worker thread (see worker-job.ts). From the sources it registers tsx's
// loader, which a worker does not inherit from the thread that started it; from a bundle the job is
// already JavaScript. Then it runs jobs one after the other, as they are posted to it: for each,
// the job module's `runJob(input, post)` once the module is loaded (saying so), posting its events and then its result or error. Between
// jobs the worker waits, warm, with the job's modules loaded.
import { parentPort, workerData } from 'node:worker_threads';

const { tsconfig } = workerData;

// Each event is acknowledged once the starting thread has handled it: `post` returns a promise of
// that, so that a job can keep a few events in flight and no more (memory stays flat on both sides).
const acknowledged = new Map();
let lastSequence = 0;

function post(event) {
  lastSequence += 1;
  const sequence = lastSequence;
  const handled = new Promise((resolve) => acknowledged.set(sequence, resolve));
  parentPort.postMessage({ kind: 'event', event, sequence });
  return handled;
}

if (tsconfig) {
  const { register } = await import('tsx/esm/api');
  register({ tsconfig });
}

parentPort.on('message', async (message) => {
  if (message.kind === 'ack') {
    acknowledged.get(message.sequence)?.();
    acknowledged.delete(message.sequence);
    return;
  }
  const { jobModule, input, warmUp } = message;
  try {
    const { runJob } = await import(jobModule);
    parentPort.postMessage({ kind: 'started' });
    if (warmUp) {
      parentPort.postMessage({ kind: 'result', value: null });
      return;
    }
    const { value, transfer } = await runJob(input, post);
    parentPort.postMessage({ kind: 'result', value }, transfer ?? []);
  } catch (error) {
    const shape = typeof error?.toShape === 'function' ? error.toShape() : null;
    parentPort.postMessage({ kind: 'error', shape, message: error instanceof Error ? error.message : String(error) });
  }
});

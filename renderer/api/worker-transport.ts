import { jsonTextParts } from './json-text';
import type { WorkerReply, WorkerRequest } from './worker-messages';

/** Calls whose arguments carry a whole article body: sent from the request worker when there is one. */
export const methodsSentFromWorker: ReadonlySet<string> = new Set(['articles.save']);

interface Pending {
  resolve: (reply: WorkerReply) => void;
}

let worker: Worker | null | undefined;
let nextId = 1;
const pending = new Map<number, Pending>();

function startWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    const started = new Worker(new URL('./request-worker.ts', import.meta.url), { type: 'module', name: 'newsdesk-requests' });
    started.onmessage = (event: MessageEvent<WorkerReply>) => {
      const waiting = pending.get(event.data.id);
      pending.delete(event.data.id);
      waiting?.resolve(event.data);
    };
    started.onerror = (event) => {
      // The worker could not start or died: later calls go from the page; those waiting fail as unreachable.
      event.preventDefault();
      worker = null;
      for (const [id, waiting] of pending) waiting.resolve({ id, kind: 'unreachable', problem: `the request worker failed: ${event.message || 'no message'}` });
      pending.clear();
    };
    return started;
  } catch {
    return null;
  }
}

/**
 * Sends a call from the request worker: resolves with its reply, or null when there is no worker
 * (the caller then sends it itself). The worker is started on first use.
 */
export function sendFromWorker(method: string, token: string, args: unknown): Promise<WorkerReply> | null {
  if (worker === undefined) worker = startWorker();
  if (worker === null) return null;
  const id = nextId;
  nextId += 1;
  const request: WorkerRequest = { id, method, token, bodyParts: jsonTextParts(args) };
  const current = worker;
  return new Promise<WorkerReply>((resolve) => {
    pending.set(id, { resolve });
    try {
      current.postMessage(request);
    } catch (error) {
      pending.delete(id);
      resolve({ id, kind: 'unreachable', problem: error instanceof Error ? error.message : String(error) });
    }
  });
}

/** A call the page hands to the request worker (request-worker.ts). */
export interface WorkerRequest {
  id: number;
  method: string;
  token: string;
  /** The arguments as JSON: a string crosses to the worker faster than the objects it stands for. */
  body: string;
}

/** The worker's answer: the server's outcome, or why there is none. */
export type WorkerReply =
  | { id: number; kind: 'outcome'; outcome: unknown }
  | { id: number; kind: 'unreachable'; problem: string }
  | { id: number; kind: 'bad-http-response'; status: number };

/** A call the page hands to the request worker (request-worker.ts). */
export interface WorkerRequest {
  id: number;
  method: string;
  token: string;
  /**
   * The arguments as JSON, in parts to be sent one after another (`jsonTextParts`): strings cross
   * to the worker faster than the objects they stand for, and parts stay small on the page's heap.
   */
  bodyParts: string[];
}

/** The worker's answer: the server's outcome, or why there is none. */
export type WorkerReply =
  | { id: number; kind: 'outcome'; outcome: unknown }
  | { id: number; kind: 'unreachable'; problem: string }
  | { id: number; kind: 'bad-http-response'; status: number };

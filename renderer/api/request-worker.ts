/**
 * The browser edition's sender of large calls, in a dedicated worker: it hands their JSON to fetch
 * off the page's thread (for a 20,000-word article, 10 to 60 ms that would otherwise delay the
 * keys typed while an autosave starts). It answers with the outcome as
 * the server sent it, or with why there is none; the page makes the same errors of both as it does
 * for its own requests (client.ts).
 */
import type { WorkerReply, WorkerRequest } from './worker-messages';

const scope = globalThis as unknown as {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage: (message: WorkerReply) => void;
};

scope.onmessage = (event) => {
  void send(event.data).then((reply) => scope.postMessage(reply));
};

async function send({ id, method, token, bodyParts }: WorkerRequest): Promise<WorkerReply> {
  let response: Response;
  try {
    response = await fetch(`/api/${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-newsdesk-token': token },
      body: new Blob(bodyParts),
      credentials: 'omit',
      cache: 'no-store',
    });
  } catch (error) {
    return { id, kind: 'unreachable', problem: error instanceof Error ? error.message : String(error) };
  }
  try {
    return { id, kind: 'outcome', outcome: (await response.json()) as unknown };
  } catch {
    return { id, kind: 'bad-http-response', status: response.status };
  }
}

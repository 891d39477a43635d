import type { IncomingMessage } from 'node:http';
import { ApiError, type ApiErrorShape } from '../../shared/api/errors';
import { base64Length, importLimits } from '../../shared/model/import';

/** Room in a request for the JSON around its largest value: names, keys, escapes. */
export const requestEnvelopeBytes = 64 * 1024;

/**
 * Largest API request body: the largest file `import.files` takes (importLimits.fileBytes, in
 * base64 as the method receives it), with room for the JSON around it. A media upload (30 MB) is
 * smaller.
 */
export const maximumBodyBytes = base64Length(importLimits.fileBytes) + requestEnvelopeBytes;

export type JsonBodyResult =
  | { ok: true; value: unknown }
  | { ok: false; status: number; error: ApiErrorShape }
  /** The client hung up before sending the whole body: there is nobody to answer. */
  | { ok: false; status: 'client-gone' };

function tooLarge(limit: number): JsonBodyResult {
  return {
    ok: false,
    status: 413,
    error: new ApiError('request-too-large', { limitBytes: limit }, { where: 'body' }).toShape(),
  };
}

function badRequest(error: ApiError): JsonBodyResult {
  return { ok: false, status: 400, error: error.toShape() };
}

/**
 * Reads a request body as JSON, refusing more than `limit` bytes and a body that is `null`. A
 * refused body is still read to its end (and thrown away) so that the client receives the answer
 * instead of a reset connection. Never rejects: a client that hangs up mid-body is a result.
 */
export function readJsonBody(request: IncomingMessage, limit = maximumBodyBytes): Promise<JsonBodyResult> {
  const declaredLength = Number(request.headers['content-length']);
  if (Number.isFinite(declaredLength) && declaredLength > limit) {
    request.resume();
    return Promise.resolve(tooLarge(limit));
  }

  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let receivedBytes = 0;
    let overflowed = false;
    request.on('data', (chunk: Buffer) => {
      receivedBytes += chunk.length;
      if (receivedBytes > limit) overflowed = true;
      if (!overflowed) chunks.push(chunk);
    });
    // 'error' (ECONNRESET "aborted") and 'close' without 'end' both mean the client went away.
    request.on('error', () => resolve({ ok: false, status: 'client-gone' }));
    request.on('close', () => {
      if (!request.complete) resolve({ ok: false, status: 'client-gone' });
    });
    request.on('end', () => {
      if (overflowed) {
        resolve(tooLarge(limit));
        return;
      }
      const text = Buffer.concat(chunks).toString('utf8');
      let value: unknown;
      try {
        value = JSON.parse(text) as unknown;
      } catch (error) {
        const problem = error instanceof Error ? error.message : String(error);
        resolve(badRequest(text.trim() === '' ? new ApiError('request-body-empty', {}, { where: 'body' }) : new ApiError('request-body-not-json', { problem }, { where: 'body' })));
        return;
      }
      resolve(value === null ? badRequest(new ApiError('request-body-null', {}, { where: 'body' })) : { ok: true, value });
    });
  });
}

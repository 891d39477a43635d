import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** True when `candidate` equals `token`, compared in constant time whatever their lengths. */
export function tokenMatches(candidate: string | null | undefined, token: string): boolean {
  if (typeof candidate !== 'string') return false;
  const candidateDigest = createHash('sha256').update(candidate).digest();
  const tokenDigest = createHash('sha256').update(token).digest();
  return timingSafeEqual(candidateDigest, tokenDigest) && candidate.length === token.length;
}

/**
 * True when the Host header names this server (`127.0.0.1:<port>` or `localhost:<port>`). Any
 * other name could be a DNS rebinding attack: a foreign site whose name resolves to 127.0.0.1.
 */
export function hostIsAllowed(request: IncomingMessage, port: number): boolean {
  const host = request.headers.host?.toLowerCase();
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

/** True when the request has no Origin header, or one equal to the origin it was sent to. */
export function originIsAllowed(request: IncomingMessage): boolean {
  const origin = request.headers.origin;
  if (origin === undefined) return true;
  return origin.toLowerCase() === `http://${request.headers.host?.toLowerCase() ?? ''}`;
}

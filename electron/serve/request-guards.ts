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

/** What a Content-Type header says of an API request body. */
export type JsonContentType = { json: false } | { json: true; utf8: true } | { json: true; utf8: false; charset: string };

/**
 * Reads a Content-Type header: JSON is `application/json`, in UTF-8 unless a `charset` parameter
 * names another character set (RFC 8259 allows only UTF-8 between systems).
 */
export function readJsonContentType(header: string | undefined): JsonContentType {
  const [mediaType = '', ...parameters] = (header ?? '').split(';');
  if (mediaType.trim().toLowerCase() !== 'application/json') return { json: false };
  for (const parameter of parameters) {
    const separator = parameter.indexOf('=');
    if (separator < 0 || parameter.slice(0, separator).trim().toLowerCase() !== 'charset') continue;
    const charset = parameter.slice(separator + 1).trim().replace(/^"(.*)"$/s, '$1');
    if (!/^utf-?8$/i.test(charset)) return { json: true, utf8: false, charset: charset.slice(0, 40) };
  }
  return { json: true, utf8: true };
}

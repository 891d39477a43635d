import { z } from 'zod';

// The renderer runs under a CSP without 'unsafe-eval': zod must not compile validators with eval.
z.config({ jitless: true });

export { z };

/** Strings from outside are checked for length and stripped of NUL before anything else sees them. */
export function text(max: number) {
  return z
    .string()
    .max(max, { message: `must be at most ${max} characters` })
    .refine((value) => !value.includes('\u0000'), { message: 'must not contain NUL characters' });
}

export const isoTimestamp = z.string().datetime({ offset: true });
export const articleId = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
/** A media file's name in the store: the lower-case hex SHA-256 of its bytes. */
export const mediaHashPattern = /^[0-9a-f]{64}$/;
export const mediaHash = z.string().regex(mediaHashPattern, { message: 'must be a SHA-256 hex digest' });

/** Standard base64 (RFC 4648 section 4), padded, without line breaks. */
export const base64Pattern = /^[A-Za-z0-9+/]*={0,2}$/;

/** Base64 text of at most `maxBytes` bytes once decoded. */
export function base64Data(maxBytes: number) {
  return z
    .string()
    .max(Math.ceil(maxBytes / 3) * 4 + 4, { message: `the file is larger than ${maxBytes / 1024 / 1024} MB` })
    .regex(base64Pattern, { message: 'must be base64' });
}

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
export const mediaHash = z.string().regex(/^[0-9a-f]{64}$/, { message: 'must be a SHA-256 hex digest' });

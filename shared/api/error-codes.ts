/** Error codes every transport carries unchanged from the backend to the caller. */
export const errorCodes = [
  'invalid_argument',
  'unknown_method',
  'not_found',
  'conflict',
  'too_large',
  'unsupported_media_type',
  'unauthorized',
  'storage',
  'internal',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

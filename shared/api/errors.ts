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

/** A failure a person can act on: what failed, where, and what to do. */
export interface ApiErrorShape {
  code: ErrorCode;
  message: string;
  /** Where the problem is, e.g. the argument path `body.content.3.attrs.hash` or a file name. */
  where?: string;
  details?: Record<string, unknown>;
}

export class ApiError extends Error implements ApiErrorShape {
  readonly code: ErrorCode;
  readonly where?: string;
  readonly details?: Record<string, unknown>;

  constructor(shape: ApiErrorShape) {
    super(shape.message);
    this.name = 'ApiError';
    this.code = shape.code;
    if (shape.where !== undefined) this.where = shape.where;
    if (shape.details !== undefined) this.details = shape.details;
  }

  toShape(): ApiErrorShape {
    const shape: ApiErrorShape = { code: this.code, message: this.message };
    if (this.where !== undefined) shape.where = this.where;
    if (this.details !== undefined) shape.details = this.details;
    return shape;
  }
}

export function isApiErrorShape(value: unknown): value is ApiErrorShape {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return (
    typeof candidate.message === 'string' &&
    typeof candidate.code === 'string' &&
    (errorCodes as readonly string[]).includes(candidate.code)
  );
}

/** What every transport returns for a call: a value or a typed error, never a thrown exception. */
export type CallOutcome<T> = { ok: true; value: T } | { ok: false; error: ApiErrorShape };

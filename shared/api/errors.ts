import { englishErrors } from '../messages/english';
import type { ErrorCode } from './error-codes';
import { areErrorParams, codeOfReason, type ErrorParamsOf, type ErrorReason, isErrorReason, wordError } from './error-reasons';

export { errorReasons, errorReasonList, type ErrorParams, type ErrorParamsOf, type ErrorReason, type ErrorWording, wordError } from './error-reasons';

export { errorCodes, type ErrorCode } from './error-codes';

type ShapeOf<R extends ErrorReason> = R extends ErrorReason
  ? {
      /** The broad kind of failure, the same for every reason of that kind. */
      code: ErrorCode;
      /** What exactly failed: a stable key of `errorReasons` (shared/api/error-reasons.ts). */
      reason: R;
      /** The values the wording of `reason` names: ids, file names, sizes. */
      params: ErrorParamsOf<R>;
      /** The English wording of `reason` with `params` (shared/messages/english.ts), for the CLI, logs and HTTP clients. */
      message: string;
      /** Where the problem is, e.g. the argument path `body.content.3.attrs.hash` or a file name. */
      where?: string;
      details?: Record<string, unknown>;
    }
  : never;

/**
 * A failure a person can act on, as every transport carries it. The interface words it by `reason`
 * and `params` in its own language; `message` is the same in English.
 */
export type ApiErrorShape = ShapeOf<ErrorReason>;

export interface ApiErrorOptions {
  where?: string;
  details?: Record<string, unknown>;
}

/** The English message of a reason with its parameters. */
export function englishMessage<R extends ErrorReason>(reason: R, params: ErrorParamsOf<R>): string {
  return wordError(englishErrors, reason, params);
}

/**
 * A failure with its reason and parameters: `new ApiError('article-not-found', { id }, { where: 'id' })`.
 * The code comes from the reason, the English message from the reason and its parameters.
 */
export class ApiError<R extends ErrorReason = ErrorReason> extends Error {
  readonly code: ErrorCode;
  readonly reason: R;
  readonly params: ErrorParamsOf<R>;
  readonly where?: string;
  readonly details?: Record<string, unknown>;

  constructor(reason: R, params: ErrorParamsOf<R>, options: ApiErrorOptions = {}) {
    super(englishMessage(reason, params));
    this.name = 'ApiError';
    this.code = codeOfReason(reason);
    this.reason = reason;
    this.params = params;
    if (options.where !== undefined) this.where = options.where;
    if (options.details !== undefined) this.details = options.details;
  }

  /** The error a transport carried; its message is worded again from its reason and params. */
  static fromShape(shape: ApiErrorShape): ApiError {
    return new ApiError(shape.reason, shape.params, withoutUndefined({ where: shape.where, details: shape.details }));
  }

  /** The same reason and parameters, found in another place (an imported file's name, say). */
  at(where: string): ApiError<R> {
    return new ApiError(this.reason, this.params, withoutUndefined({ where, details: this.details }));
  }

  toShape(): ApiErrorShape {
    const shape = { code: this.code, reason: this.reason, params: this.params, message: this.message } as ApiErrorShape;
    if (this.where !== undefined) shape.where = this.where;
    if (this.details !== undefined) shape.details = this.details;
    return shape;
  }
}

function withoutUndefined(options: ApiErrorOptions): ApiErrorOptions {
  const result: ApiErrorOptions = {};
  if (options.where !== undefined) result.where = options.where;
  if (options.details !== undefined) result.details = options.details;
  return result;
}

/** Whether a value a transport carried is an error shape: a known reason, its code, and its exact parameters. */
export function isApiErrorShape(value: unknown): value is ApiErrorShape {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return (
    typeof candidate.message === 'string' &&
    isErrorReason(candidate.reason) &&
    candidate.code === codeOfReason(candidate.reason) &&
    areErrorParams(candidate.reason, candidate.params) &&
    (candidate.where === undefined || typeof candidate.where === 'string') &&
    (candidate.details === undefined || (typeof candidate.details === 'object' && candidate.details !== null))
  );
}

/** What every transport returns for a call: a value or a typed error, never a thrown exception. */
export type CallOutcome<T> = { ok: true; value: T } | { ok: false; error: ApiErrorShape };

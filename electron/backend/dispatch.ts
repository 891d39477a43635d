import { contract, isMethodName, isRendererMethodName } from '../../shared/api/contract';
import { ApiError, type CallOutcome } from '../../shared/api/errors';
import type { AllMethodHandlers } from './handler-types';
import { findArgumentProblem } from './validation/forbidden-keys';
import { normalizeDeep } from '../../shared/text/normalize';
import { zodIssueError } from './validation/zod-issue-error';

export interface DispatchOptions {
  /** Check every result against the contract's result schema (tests, development). */
  checkResults: boolean;
  /** Named in storage errors. */
  databasePath: string;
  /** Where unexpected errors are logged with their stack; stderr by default. */
  logError?: (message: string) => void;
}

/** Who is calling: a transport (IPC, HTTP) with arguments from outside, or trusted in-process code. */
export type Caller = 'transport' | 'trusted';

export type Dispatch = (method: string, args: unknown, caller: Caller) => Promise<CallOutcome<unknown>>;

/**
 * The one entry to the services: refuses unknown methods (and, from a transport, trusted-only
 * ones) and prototype keys, normalises strings to NFC, validates the arguments with the contract,
 * calls the handler, and turns every failure into a typed error. Never throws.
 */
export function createDispatch(handlers: AllMethodHandlers, options: DispatchOptions): Dispatch {
  const logError = options.logError ?? ((message: string) => process.stderr.write(`${message}\n`));

  return async (method, args, caller) => {
    try {
      if (!isMethodName(method) || (caller === 'transport' && !isRendererMethodName(method))) {
        return failure(new ApiError('unknown-method', { method: typeof method === 'string' ? method.slice(0, 100) : '' }, { where: 'method' }));
      }
      const problem = findArgumentProblem(args);
      if (problem) {
        const where = { where: problem.path };
        return failure(
          problem.kind === 'forbidden-key'
            ? new ApiError('forbidden-key', { method, key: problem.path.split('.').pop() ?? '', path: problem.path }, where)
            : new ApiError('arguments-too-deep', { method, path: problem.path }, where),
        );
      }
      const normalized = normalizeDeep(args ?? {});
      const parsed = contract[method].args.safeParse(normalized);
      if (!parsed.success) return failure(zodIssueError(method, parsed.error, normalized));

      const handler = handlers[method] as (args: unknown) => unknown;
      const value = await handler(parsed.data);
      if (options.checkResults) {
        const checked = contract[method].result.safeParse(value);
        if (!checked.success) {
          const issue = checked.error.issues[0];
          const where = issue?.path.join('.') ?? '';
          logError(`newsdesk: ${method} returned a result that breaks the contract at "${where}": ${issue?.message ?? ''}`);
          return failure(new ApiError('invalid-result', { method, where, problem: issue?.message ?? 'unknown' }));
        }
      }
      return { ok: true, value };
    } catch (error) {
      return failure(apiErrorOf(method, error, options.databasePath, logError));
    }
  };
}

function failure(error: ApiError): CallOutcome<never> {
  return { ok: false, error: error.toShape() };
}

const busyCodes = /^SQLITE_(BUSY|LOCKED)/;
const storageCodes = /^SQLITE_(IOERR|FULL|READONLY|CORRUPT|CANTOPEN|NOTADB|PROTOCOL|PERM|NOLFS|AUTH)/;

function apiErrorOf(method: string, error: unknown, databasePath: string, logError: (message: string) => void): ApiError {
  if (error instanceof ApiError) return error;
  const sqliteCode = typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : '';
  if (busyCodes.test(sqliteCode)) {
    return new ApiError('database-busy', { databasePath }, { where: databasePath, details: { sqliteCode } });
  }
  if (storageCodes.test(sqliteCode)) {
    const problem = error instanceof Error ? error.message : sqliteCode;
    return new ApiError('database-io-failed', { databasePath, problem }, { where: databasePath, details: { sqliteCode } });
  }
  logError(`newsdesk: unexpected error in ${method}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  return new ApiError('unexpected-failure', { method });
}

import { contract, isMethodName, isRendererMethodName } from '../../shared/api/contract';
import { ApiError, type ApiErrorShape, type CallOutcome } from '../../shared/api/errors';
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
        return failure({
          code: 'unknown_method',
          message: `There is no method ${typeof method === 'string' ? `"${method.slice(0, 100)}"` : 'with that name'}. Check the method name against the API contract.`,
          where: 'method',
        });
      }
      const problem = findArgumentProblem(args);
      if (problem) {
        return failure({
          code: 'invalid_argument',
          message:
            problem.kind === 'forbidden-key'
              ? `The arguments of ${method} contain the key "${problem.path.split('.').pop()}", which is not allowed anywhere (at ${problem.path}).`
              : `The arguments of ${method} are nested too deeply (at ${problem.path}).`,
          where: problem.path,
        });
      }
      const normalized = normalizeDeep(args ?? {});
      const parsed = contract[method].args.safeParse(normalized);
      if (!parsed.success) return failure(zodIssueError(method, parsed.error, normalized).toShape());

      const handler = handlers[method] as (args: unknown) => unknown;
      const value = await handler(parsed.data);
      if (options.checkResults) {
        const checked = contract[method].result.safeParse(value);
        if (!checked.success) {
          const issue = checked.error.issues[0];
          const where = issue?.path.join('.') ?? '';
          logError(`newsdesk: ${method} returned a result that breaks the contract at "${where}": ${issue?.message ?? ''}`);
          return failure({
            code: 'internal',
            message: `Newsdesk produced an invalid result for ${method} (at "${where}": ${issue?.message ?? 'unknown'}). This is a bug; please report it.`,
          });
        }
      }
      return { ok: true, value };
    } catch (error) {
      return failure(errorShape(method, error, options.databasePath, logError));
    }
  };
}

function failure(error: ApiErrorShape): CallOutcome<never> {
  return { ok: false, error };
}

const busyCodes = /^SQLITE_(BUSY|LOCKED)/;
const storageCodes = /^SQLITE_(IOERR|FULL|READONLY|CORRUPT|CANTOPEN|NOTADB|PROTOCOL|PERM|NOLFS|AUTH)/;

function errorShape(method: string, error: unknown, databasePath: string, logError: (message: string) => void): ApiErrorShape {
  if (error instanceof ApiError) return error.toShape();
  const sqliteCode = typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : '';
  if (busyCodes.test(sqliteCode)) {
    return {
      code: 'storage',
      message: `The database ${databasePath} is busy: another window or program is writing to it. Nothing was changed; try again, and close other programs using the file if this persists.`,
      where: databasePath,
      details: { sqliteCode },
    };
  }
  if (storageCodes.test(sqliteCode)) {
    const reason = error instanceof Error ? error.message : sqliteCode;
    return {
      code: 'storage',
      message: `The database ${databasePath} could not be written or read (${reason}). Check free disk space and that the file and its folder are writable, then try again; run "newsdesk check" if it persists.`,
      where: databasePath,
      details: { sqliteCode },
    };
  }
  logError(`newsdesk: unexpected error in ${method}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  return {
    code: 'internal',
    message: `Newsdesk failed unexpectedly while running ${method}. Nothing was saved by this call; try again, and report the problem if it persists.`,
  };
}

import { ApiError } from '../../shared/api/errors';
import type { Messages } from '../i18n/vi';

/** A short reason for a failed call, in the interface language where the failure has a known kind. */
export function describeError(error: unknown, t: Messages): string {
  if (error instanceof ApiError) {
    if (error.details?.transport === 'unreachable') return t.errorUnreachable;
    if (error.code === 'storage') return t.errorStorage;
    if (error.code === 'unauthorized') return t.errorUnauthorized;
    return error.message;
  }
  return error instanceof Error ? error.message : String(error);
}

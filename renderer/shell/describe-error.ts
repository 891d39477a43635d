import { ApiError, wordError } from '../../shared/api/errors';
import type { Messages } from '../i18n/vi';

/**
 * Why a call failed, as a sentence in the interface language: an ApiError is worded by its reason
 * and params; any other error (a browser's own) keeps its text.
 */
export function describeError(error: unknown, t: Messages): string {
  if (error instanceof ApiError) return wordError(t.errors, error.reason, error.params);
  return asSentence(error instanceof Error ? error.message : String(error));
}

function asSentence(text: string): string {
  const trimmed = text.trim();
  return trimmed === '' || /[.!?…]$/u.test(trimmed) ? trimmed : `${trimmed}.`;
}

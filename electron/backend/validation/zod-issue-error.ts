import type { z } from 'zod';
import { ApiError } from '../../../shared/api/errors';
import { limits } from '../../../shared/api/limits';

/** Arguments that carry a file as base64: too long a string there is a file over the size limit. */
const fileArguments: Readonly<Record<string, string>> = { 'media.put': 'data' };

/**
 * Turns the first issue of a failed validation into an 'invalid-argument' error at its dotted
 * path, with zod's English text as the problem (a developer's case), or into 'media-too-large'
 * for a file over the size limit (a person's case).
 */
export function zodIssueError(method: string, error: z.ZodError, input?: unknown): ApiError {
  const issue = error.issues[0];
  if (!issue) return new ApiError('invalid-argument', { method, where: '', problem: 'they do not match the contract' });
  const path = issue.path.map((segment) => String(segment));
  const details = { issues: error.issues.length };
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0] ?? '';
    const owner = path.length > 0 ? path.join('.') : 'the arguments';
    const others = issue.keys.length > 1 ? ` (nor are ${issue.keys.slice(1).map((other) => `"${other}"`).join(', ')})` : '';
    path.push(key);
    const where = path.join('.');
    return new ApiError('invalid-argument', { method, where, problem: `not a field of ${owner}${others}; remove it` }, { where, details });
  }
  if (issue.code === 'too_big' && fileArguments[method] === path.join('.')) {
    const value = valueAt(input, issue.path);
    const approximateBytes = typeof value === 'string' ? Math.floor((value.length * 3) / 4) : limits.mediaBytes + 1;
    return new ApiError('media-too-large', { fileName: '', sizeBytes: approximateBytes, limitBytes: limits.mediaBytes }, { where: path.join('.') });
  }
  const problem = issue.code === 'invalid_type' && /received undefined$/.test(issue.message) ? `is required (expected ${issue.expected})` : issue.message;
  const where = path.join('.');
  return new ApiError('invalid-argument', { method, where, problem }, { ...(where ? { where } : {}), details });
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current = input;
  for (const segment of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<PropertyKey, unknown>)[segment];
  }
  return current;
}

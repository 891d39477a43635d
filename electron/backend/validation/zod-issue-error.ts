import type { z } from 'zod';
import { ApiError } from '../../../shared/api/errors';
import { limits } from '../../../shared/api/limits';

/** Arguments that carry a file as base64: too long a string there is a file over the size limit. */
const fileArguments: Readonly<Record<string, string>> = { 'media.put': 'data' };

/** Turns the first issue of a failed validation into an 'invalid_argument' error at its dotted path. */
export function zodIssueError(method: string, error: z.ZodError, input?: unknown): ApiError {
  const issue = error.issues[0];
  if (!issue) return new ApiError({ code: 'invalid_argument', message: `The arguments of ${method} are invalid.` });
  const path = issue.path.map((segment) => String(segment));
  let message = issue.message;
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0] ?? '';
    const owner = path.length > 0 ? path.join('.') : `the arguments of ${method}`;
    path.push(key);
    message = `"${key}" is not a field of ${owner}${issue.keys.length > 1 ? ` (nor are ${issue.keys.slice(1).map((other) => `"${other}"`).join(', ')})` : ''}; remove it`;
    return new ApiError({ code: 'invalid_argument', message: `${capitalise(message)}.`, where: path.join('.'), details: { issues: error.issues.length } });
  }
  if (issue.code === 'too_big' && fileArguments[method] === path.join('.')) {
    const value = valueAt(input, issue.path);
    const approximateBytes = typeof value === 'string' ? Math.floor((value.length * 3) / 4) : undefined;
    const size = approximateBytes === undefined ? 'too large' : `about ${(approximateBytes / 1024 / 1024).toFixed(1)} MB`;
    return new ApiError({
      code: 'too_large',
      message: `The file is ${size}; the limit is ${limits.mediaBytes / 1024 / 1024} MB. Reduce the image size and try again.`,
      where: path.join('.'),
      details: { limit: limits.mediaBytes, ...(approximateBytes === undefined ? {} : { size: approximateBytes }) },
    });
  }
  if (issue.code === 'invalid_type' && /received undefined$/.test(issue.message)) message = `is required (expected ${issue.expected})`;
  const where = path.join('.');
  const subject = where ? `The argument ${where} of ${method}` : `The arguments of ${method}`;
  return new ApiError({
    code: 'invalid_argument',
    message: `${subject} is invalid: ${message}.`,
    ...(where ? { where } : {}),
    details: { issues: error.issues.length },
  });
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current = input;
  for (const segment of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<PropertyKey, unknown>)[segment];
  }
  return current;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

import { describe, expect, it } from 'vitest';
import { z } from '../../../../../shared/api/zod';
import { zodIssueError } from '../../../../../electron/backend/validation/zod-issue-error';

describe('zodIssueError', () => {
  const schema = z.strictObject({ fields: z.strictObject({ headline: z.string().max(3, { message: 'must be at most 3 characters' }) }) });

  it('names the dotted path of the first issue and the problem', () => {
    const result = schema.safeParse({ fields: { headline: 'dài quá' } });
    expect(result.success).toBe(false);
    if (result.success) return;
    const error = zodIssueError('articles.create', result.error);
    expect(error.toShape()).toEqual({
      code: 'invalid_argument',
      reason: 'invalid-argument',
      params: { method: 'articles.create', where: 'fields.headline', problem: 'must be at most 3 characters' },
      message: 'The argument fields.headline of articles.create is invalid: must be at most 3 characters.',
      where: 'fields.headline',
      details: { issues: 1 },
    });
  });

  it('names each unknown key', () => {
    const result = schema.safeParse({ fields: { headline: 'a', x: 1, y: 2 } });
    if (result.success) throw new Error('expected a failure');
    expect(zodIssueError('m', result.error).toShape()).toMatchObject({
      where: 'fields.x',
      params: { method: 'm', where: 'fields.x', problem: 'not a field of fields (nor are "y"); remove it' },
      message: 'The argument fields.x of m is invalid: not a field of fields (nor are "y"); remove it.',
    });
  });
});

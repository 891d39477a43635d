import type { z } from 'zod';

/** One backend method: its argument and result schemas and a one-line summary for docs and `--help`. */
export interface MethodSpec<Args extends z.ZodType = z.ZodType, Result extends z.ZodType = z.ZodType> {
  summary: string;
  args: Args;
  result: Result;
}

export function defineMethod<Args extends z.ZodType, Result extends z.ZodType>(
  spec: MethodSpec<Args, Result>,
): MethodSpec<Args, Result> {
  return spec;
}

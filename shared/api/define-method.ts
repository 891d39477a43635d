import type { z } from 'zod';

/**
 * Who may call a method:
 * - 'renderer': every caller, the page included (through IPC or HTTP);
 * - 'trusted': only in-process code (the CLI, Electron's main process, tests), never a transport,
 *   because its arguments name files on this computer.
 */
export type MethodAudience = 'renderer' | 'trusted';

/** One backend method: its argument and result schemas and a one-line summary for docs and `--help`. */
export interface MethodSpec<Args extends z.ZodType = z.ZodType, Result extends z.ZodType = z.ZodType, Audience extends MethodAudience = MethodAudience> {
  summary: string;
  args: Args;
  result: Result;
  /** @default 'renderer' */
  audience?: Audience;
}

export function defineMethod<Args extends z.ZodType, Result extends z.ZodType, Audience extends MethodAudience = 'renderer'>(
  spec: MethodSpec<Args, Result, Audience>,
): MethodSpec<Args, Result, Audience> {
  return spec;
}

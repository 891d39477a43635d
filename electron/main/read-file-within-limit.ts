import { readFile, stat } from 'node:fs/promises';

/** What reading one chosen file gave. */
export type FileReading =
  | { kind: 'read'; bytes: Buffer }
  /** Bigger than the limit: refused from its size, not read. */
  | { kind: 'too-large'; size: number }
  /** `missing`: there is no such file (any more). */
  | { kind: 'unreadable'; reason: string; missing: boolean };

/**
 * Reads a regular file of at most `limitBytes`. A bigger file is refused from its size without
 * reading a byte; anything but a regular file (a folder, a pipe that would block) is not opened.
 */
export async function readFileWithinLimit(filePath: string, limitBytes: number): Promise<FileReading> {
  try {
    const stats = await stat(filePath);
    if (!stats.isFile()) return { kind: 'unreadable', reason: 'it is not a regular file', missing: false };
    if (stats.size > limitBytes) return { kind: 'too-large', size: stats.size };
    const bytes = await readFile(filePath);
    // The file may have grown between stat and read.
    if (bytes.length > limitBytes) return { kind: 'too-large', size: bytes.length };
    return { kind: 'read', bytes };
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException | null)?.code === 'ENOENT';
    return { kind: 'unreadable', reason: error instanceof Error ? error.message : String(error), missing };
  }
}

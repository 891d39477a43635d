import { constants } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import path from 'node:path';
import { type ImportFileReader, UnreadableFileError } from '../../../shared/import/import-one-file';

/** Bytes read per call: the file is read in steps so that it is never read past the caller's maximum. */
const stepBytes = 1024 * 1024;

/** Opening for reading never waits for a writer, should a pipe have taken the file's place since its size was taken. */
const readFlags = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/**
 * A file on disk, for the import pipeline (File › Nhập in the desktop app, `newsdesk import`).
 * Only a regular file is opened (not a folder, nor a pipe that would block), and it is read no
 * further than asked, even if it grew since its size was taken.
 */
export function fileOnDiskReader(filePath: string): ImportFileReader {
  return {
    name: path.basename(filePath),
    async size() {
      try {
        const stats = await stat(filePath);
        if (!stats.isFile()) throw new UnreadableFileError('not-a-file', '');
        return stats.size;
      } catch (error) {
        throw unreadableError(error);
      }
    },
    async read(maximumBytes) {
      try {
        const handle = await open(filePath, readFlags);
        try {
          if (!(await handle.stat()).isFile()) throw new UnreadableFileError('not-a-file', '');
          return await readAtMost(handle, maximumBytes);
        } finally {
          await handle.close();
        }
      } catch (error) {
        throw unreadableError(error);
      }
    },
  };
}

type FileHandle = Awaited<ReturnType<typeof open>>;

async function readAtMost(handle: FileHandle, maximumBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  while (total < maximumBytes) {
    const chunk = Buffer.allocUnsafe(Math.min(stepBytes, maximumBytes - total));
    const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
    if (bytesRead === 0) break;
    chunks.push(chunk.subarray(0, bytesRead));
    total += bytesRead;
  }
  return Buffer.concat(chunks, total);
}

function unreadableError(error: unknown): UnreadableFileError {
  if (error instanceof UnreadableFileError) return error;
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const detail = error instanceof Error ? error.message : String(error);
  if (code === 'ENOENT' || code === 'ENOTDIR') return new UnreadableFileError('missing', detail);
  if (code === 'EISDIR') return new UnreadableFileError('not-a-file', detail);
  return new UnreadableFileError('read-failed', detail);
}

import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import path from 'node:path';
import { ApiError } from '../../../../shared/api/errors';

/** Only a regular file is opened; a pipe never blocks the open. */
const readFlags = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/** A file on disk, a megabyte at a time. */
export async function* commentFileBytes(filePath: string): AsyncGenerator<Uint8Array> {
  const fileName = path.basename(filePath);
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(filePath, readFlags);
  } catch (error) {
    throw new ApiError('import-file-missing', { fileName, problem: (error as NodeJS.ErrnoException).code ?? String(error) });
  }
  try {
    if (!(await handle.stat()).isFile()) throw new ApiError('import-file-not-regular', { fileName });
    for (;;) {
      const buffer = Buffer.allocUnsafe(1 << 20);
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      yield buffer.subarray(0, bytesRead);
    }
  } finally {
    await handle.close();
  }
}

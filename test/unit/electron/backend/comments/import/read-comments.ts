import fs from 'node:fs';
import path from 'node:path';
import type { ApiError } from '../../../../../../shared/api/errors';
import type { ParsedComment } from '../../../../../../electron/backend/comments/parsed-comment';
import { bytesInChunks, readCommentFile } from '../../../../../../electron/backend/comments/import/read-comment-file';
import { ImportWarnings } from '../../../../../../electron/backend/comments/import/import-warnings';

export const commentFixtures = path.resolve(import.meta.dirname, '../../../../../fixtures/comments');

export function fixtureBytes(name: string): Uint8Array {
  return fs.readFileSync(path.join(commentFixtures, name));
}

/** Reads a comment file's bytes in chunks of `chunkSize` (small sizes cut through tokens and characters). */
export async function readComments(name: string, data: Uint8Array | string, chunkSize = 1 << 20) {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  const warnings = new ImportWarnings();
  const reading = await readCommentFile(name, bytesInChunks(bytes, chunkSize), warnings);
  const comments: ParsedComment[] = [];
  for await (const comment of reading.comments) comments.push(comment);
  return { format: reading.format, comments, warnings: warnings.list() };
}

/** The ApiError reading a file fails with. */
export async function readError(name: string, data: Uint8Array | string, chunkSize = 1 << 20): Promise<ApiError> {
  try {
    await readComments(name, data, chunkSize);
  } catch (error) {
    return error as ApiError;
  }
  throw new Error(`${name} was read without an error`);
}

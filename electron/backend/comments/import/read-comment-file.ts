import { isUtf8 } from 'node:buffer';
import type { CommentFileFormat } from '../../../../shared/model/comment';
import { ApiError } from '../../../../shared/api/errors';
import type { ParsedComment } from '../parsed-comment';
import { commentFileInvalid } from './comment-file-error';
import { detectCommentFormat, detectionLength } from './comment-file-format';
import { csvComments } from './csv-comments';
import { disqusComments } from './disqus-comments';
import type { ImportWarnings } from './import-warnings';
import { jsonComments } from './json-comments';
import { wxrComments } from './wxr-comments';

/** The comments of one file, in the format its content shows. */
export interface CommentFileReading {
  format: CommentFileFormat;
  comments: AsyncGenerator<ParsedComment>;
}

const readers = { wxr: wxrComments, disqus: disqusComments, csv: csvComments, json: jsonComments } as const;

/** How many bytes at the end of `bytes` start a UTF-8 character that continues in the next chunk. */
function incompleteTail(bytes: Uint8Array): number {
  for (let back = 1; back <= Math.min(3, bytes.length); back += 1) {
    const byte = bytes[bytes.length - back]!;
    if ((byte & 0xc0) === 0x80) continue; // a continuation byte: look further back
    const size = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return size > back ? back : 0;
  }
  return 0;
}

/**
 * The bytes of a file as text, streamed: UTF-8 (a byte-order mark is dropped); other bytes are an
 * error naming the place. Each chunk is checked with `isUtf8` and decoded whole; a character cut
 * by the chunk's end waits for the next.
 */
async function* utf8Chunks(bytes: AsyncIterable<Uint8Array>, fileName: string): AsyncGenerator<string> {
  let offset = 0;
  let line = 1;
  let carried: Uint8Array = new Uint8Array(0);
  let first = true;
  const fail = () => commentFileInvalid(fileName, `line ${line} (byte ${offset})`, 'the file is not UTF-8 text; save it as UTF-8');
  for await (const chunk of bytes) {
    let joined = carried.length > 0 ? Buffer.concat([carried, chunk]) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    const complete = joined.length - incompleteTail(joined);
    carried = joined.subarray(complete);
    joined = joined.subarray(0, complete);
    if (!isUtf8(joined)) throw fail();
    let text = joined.toString('utf8');
    if (first && text.length > 0) {
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      first = false;
    }
    offset += complete;
    for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) line += 1;
    if (text.length > 0) yield text;
  }
  if (carried.length > 0) throw commentFileInvalid(fileName, `line ${line} (byte ${offset})`, 'the file ends in the middle of a UTF-8 character (truncated?)');
}

/** Yields `first` (already read) and then the rest of `rest`. */
async function* prepend(first: string[], rest: AsyncIterator<string>): AsyncGenerator<string> {
  yield* first;
  for (let next = await rest.next(); !next.done; next = await rest.next()) yield next.value;
}

/**
 * Opens a comment file streamed as bytes: detects the format from its first characters and returns
 * the comments as they are read. Errors (unknown format, malformed, truncated, missing fields) name
 * the file and the line or record; nothing is stored here.
 */
export async function readCommentFile(fileName: string, bytes: AsyncIterable<Uint8Array>, warnings: ImportWarnings): Promise<CommentFileReading> {
  const text = utf8Chunks(bytes, fileName)[Symbol.asyncIterator]();
  const head: string[] = [];
  let headLength = 0;
  while (headLength < detectionLength) {
    const next = await text.next();
    if (next.done) break;
    head.push(next.value);
    headLength += next.value.length;
  }
  const start = head.join('');
  const format = detectCommentFormat(start);
  if (format === null) {
    if (start.trim() === '') throw commentFileInvalid(fileName, 'line 1', 'the file is empty');
    const shown = start.replace(/^\uFEFF/u, '').trim().slice(0, 40).replace(/\s+/gu, ' ').trim();
    throw new ApiError('comment-file-format-unknown', { fileName, start: shown });
  }
  return { format, comments: readers[format](prepend(head, text), fileName, warnings) };
}

/** A file's bytes held in memory (from the page) as a stream of chunks. */
export async function* bytesInChunks(data: Uint8Array, size = 1 << 20): AsyncGenerator<Uint8Array> {
  for (let offset = 0; offset < data.length; offset += size) yield data.subarray(offset, offset + size);
}

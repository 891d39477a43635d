import { createHash } from 'node:crypto';
import { ApiError } from '../../../shared/api/errors';
import { limits } from '../../../shared/api/limits';
import type { MediaInfo } from '../../../shared/model/media';
import type { BackendContext } from '../backend-context';
import type { MediaBytes } from '../backend-types';
import { sql } from '../store/sql';
import { readImageSize } from './image-size';
import { type MediaInfoRow, type MediaRow, mediaInfoColumns, rowToMediaInfo } from './media-row';
import { sniffMediaType } from './sniff-media-type';
import { mediaHashPattern } from '../../../shared/api/zod';

/** The media methods of the contract, and the byte reader behind the media URL routes. */
export interface MediaService {
  put(base64: string, fileName?: string): MediaInfo;
  get(hash: string): MediaInfo & { data: string };
  /** The same without the bytes. */
  info(hash: string): MediaInfo;
  /** Stores bytes read from a file (an imported document's images): see `storeMedia`. */
  store(bytes: Uint8Array, fileName: string | null): MediaInfo;
  /** The bytes and type of one media file, or null when there is none with this hash. */
  read(hash: string): MediaBytes | null;
}


/**
 * Stores bytes after checking them: at most `maxBytes`, and an image type recognised from the
 * content (JPEG, PNG, GIF, WebP). Identical bytes are stored once, under their SHA-256.
 */
function storeMedia(context: BackendContext, bytes: Uint8Array, fileName: string | null, maxBytes: number = limits.mediaBytes): MediaInfo {
  if (bytes.length > maxBytes) {
    throw new ApiError('media-too-large', { fileName: fileName ?? '', sizeBytes: bytes.length, limitBytes: maxBytes }, { where: 'data' });
  }
  const sniffed = sniffMediaType(bytes);
  if (!sniffed.mime) {
    if (bytes.length === 0) throw new ApiError('media-empty', { fileName: fileName ?? '' }, { where: 'data' });
    throw new ApiError('media-type-unsupported', { fileName: fileName ?? '', looksLike: sniffed.looksLike ?? '' }, { where: 'data' });
  }
  const size = readImageSize(bytes, sniffed.mime);
  const hash = createHash('sha256').update(bytes).digest('hex');
  const createdAt = context.now().toISOString();
  context.queries.run(sql`
    INSERT INTO media (hash, mime, size, width, height, file_name, data, created_at)
    VALUES (${hash}, ${sniffed.mime}, ${bytes.length}, ${size?.width ?? null}, ${size?.height ?? null}, ${fileName}, ${bytes}, ${createdAt})
    ON CONFLICT (hash) DO NOTHING`);
  const row = context.queries.get<MediaInfoRow>(sql`SELECT ${mediaInfoColumns} FROM media WHERE hash = ${hash}`);
  return rowToMediaInfo(row!);
}

export function createMediaService(context: BackendContext): MediaService {
  const { queries } = context;

  const read = (hash: string): MediaBytes | null => {
    if (!mediaHashPattern.test(hash)) return null;
    const row = queries.get<Pick<MediaRow, 'mime' | 'data'>>(sql`SELECT mime, data FROM media WHERE hash = ${hash}`);
    return row ? { mime: row.mime, bytes: new Uint8Array(row.data.buffer, row.data.byteOffset, row.data.byteLength) } : null;
  };

  return {
    put(base64, fileName) {
      const bytes = Buffer.from(base64, 'base64');
      return storeMedia(context, bytes, fileName ?? null);
    },

    info(hash) {
      const row = queries.get<MediaInfoRow>(sql`SELECT ${mediaInfoColumns} FROM media WHERE hash = ${hash}`);
      if (!row) throw new ApiError('media-not-found', { hash }, { where: 'hash' });
      return rowToMediaInfo(row);
    },

    get(hash) {
      const row = queries.get<MediaRow>(sql`SELECT ${mediaInfoColumns}, data FROM media WHERE hash = ${hash}`);
      if (!row) throw new ApiError('media-not-found', { hash }, { where: 'hash' });
      return { ...rowToMediaInfo(row), data: row.data.toString('base64') };
    },

    store: (bytes, fileName) => storeMedia(context, bytes, fileName),

    read,
  };
}

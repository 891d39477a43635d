import type { MediaInfo, MediaType } from '../../../shared/model/media';
import { sqlFragment } from '../store/sql';

/** A row of `media` as SQLite returns it; every query of the table reads this type or a `Pick` of it. */
export interface MediaRow {
  hash: string;
  mime: string;
  size: number;
  width: number | null;
  height: number | null;
  file_name: string | null;
  data: Buffer;
  created_at: string;
}

/** A row of `media` without its bytes. */
export type MediaInfoRow = Pick<MediaRow, 'hash' | 'mime' | 'size' | 'width' | 'height' | 'file_name' | 'created_at'>;

/** The columns of `MediaInfoRow`. */
export const mediaInfoColumns = sqlFragment`hash, mime, size, width, height, file_name, created_at`;

export function rowToMediaInfo(row: MediaInfoRow): MediaInfo {
  return {
    hash: row.hash,
    mime: row.mime as MediaType,
    size: row.size,
    width: row.width,
    height: row.height,
    fileName: row.file_name,
    createdAt: row.created_at,
  };
}

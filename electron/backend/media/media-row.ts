import type { MediaInfo, MediaType } from '../../../shared/model/media';

/** A row of `media` without its bytes. */
export interface MediaInfoRow {
  hash: string;
  mime: string;
  size: number;
  width: number | null;
  height: number | null;
  file_name: string | null;
  created_at: string;
}

export const mediaInfoColumns = 'hash, mime, size, width, height, file_name, created_at';

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

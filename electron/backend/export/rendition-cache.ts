import type { BackendContext } from '../backend-context';
import { sql } from '../store/sql';

/** A row of `media_renditions` (migration 0090): a downscaled copy of a stored image. */
export interface MediaRenditionRow {
  hash: string;
  max_width: number;
  mime: string;
  width: number;
  height: number;
  bytes: Buffer;
}

export interface CachedRendition {
  mime: string;
  width: number;
  height: number;
  bytes: Uint8Array;
}

/** The copy of image `hash` downscaled to at most `maxWidth` pixels, if one was made before. */
export function readRendition(context: BackendContext, hash: string, maxWidth: number): CachedRendition | null {
  const row = context.queries.get<Pick<MediaRenditionRow, 'mime' | 'width' | 'height' | 'bytes'>>(
    sql`SELECT mime, width, height, bytes FROM media_renditions WHERE hash = ${hash} AND max_width = ${maxWidth}`,
  );
  return row ? { mime: row.mime, width: row.width, height: row.height, bytes: row.bytes } : null;
}

/** Keeps a downscaled copy for the next export (the same bytes always give the same copy). */
export function storeRendition(context: BackendContext, hash: string, maxWidth: number, rendition: CachedRendition): void {
  context.queries.run(sql`
    INSERT INTO media_renditions (hash, max_width, mime, width, height, bytes)
    VALUES (${hash}, ${maxWidth}, ${rendition.mime}, ${rendition.width}, ${rendition.height}, ${rendition.bytes})
    ON CONFLICT (hash, max_width) DO NOTHING`);
}

import { deflateRawSync, inflateRawSync } from 'node:zlib';

/**
 * A version's body as stored: its ProseMirror JSON compressed with raw DEFLATE (node:zlib, level 6).
 * Chosen over brotli for speed at a like size, and over differences from a neighbour so that each
 * version reads back on its own: a damaged or deleted neighbour can never take another version with it.
 */
export function compressBody(bodyJson: string): Buffer {
  return deflateRawSync(Buffer.from(bodyJson, 'utf8'), { level: 6 });
}

/** The body JSON of a version stored with `compressBody`. */
export function expandBody(stored: Uint8Array): string {
  return inflateRawSync(stored).toString('utf8');
}

/** The body JSON of a snapshot row: compressed (`body_deflated`) or, for a pending snapshot, as text. */
export function snapshotBodyJson(row: { body_json: string; body_deflated: Uint8Array | null }): string {
  return row.body_deflated === null ? row.body_json : expandBody(row.body_deflated);
}

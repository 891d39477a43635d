import type { MediaType } from '../../../shared/model/media';

export interface ImageSize {
  width: number;
  height: number;
}

/**
 * Reads the pixel size from an image's header, without decoding it. Null when the header is
 * truncated or unusual. JPEG sizes are as stored (EXIF rotation is not applied).
 */
export function readImageSize(bytes: Uint8Array, mime: MediaType): ImageSize | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  try {
    switch (mime) {
      case 'image/png':
        return sized(view.getUint32(16), view.getUint32(20));
      case 'image/gif':
        return sized(view.getUint16(6, true), view.getUint16(8, true));
      case 'image/webp':
        return webpSize(bytes, view);
      case 'image/jpeg':
        return jpegSize(bytes, view);
    }
  } catch (error) {
    if (error instanceof RangeError) return null;
    throw error;
  }
}

function sized(width: number, height: number): ImageSize | null {
  return width > 0 && height > 0 ? { width, height } : null;
}

function webpSize(bytes: Uint8Array, view: DataView): ImageSize | null {
  const chunk = String.fromCharCode(...bytes.subarray(12, 16));
  if (chunk === 'VP8 ') return sized(view.getUint16(26, true) & 0x3fff, view.getUint16(28, true) & 0x3fff);
  if (chunk === 'VP8L') {
    const b1 = view.getUint8(22);
    const b2 = view.getUint8(23);
    const b3 = view.getUint8(24);
    return sized(1 + (((b1 & 0x3f) << 8) | view.getUint8(21)), 1 + (((b3 & 0x0f) << 10) | (b2 << 2) | ((b1 & 0xc0) >> 6)));
  }
  if (chunk === 'VP8X') {
    const read24 = (offset: number) => view.getUint8(offset) | (view.getUint8(offset + 1) << 8) | (view.getUint8(offset + 2) << 16);
    return sized(1 + read24(24), 1 + read24(27));
  }
  return null;
}

const startOfFrameMarkers = new Set([0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf]);

function jpegSize(bytes: Uint8Array, view: DataView): ImageSize | null {
  let offset = 2;
  while (offset + 4 <= bytes.length) {
    if (bytes[offset] !== 0xff) return null;
    const marker = bytes[offset + 1]!;
    if (marker === 0xff) {
      offset += 1;
      continue;
    }
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      offset += 2;
      continue;
    }
    if (marker === 0xd9 || marker === 0xda) return null;
    const length = view.getUint16(offset + 2);
    if (startOfFrameMarkers.has(marker)) return sized(view.getUint16(offset + 7), view.getUint16(offset + 5));
    if (length < 2) return null;
    offset += 2 + length;
  }
  return null;
}

import { describe, expect, it } from 'vitest';
import { readImageSize } from '../../../../../electron/backend/media/image-size';
import { gifImage, jpegImage, pngImage, webpExtended, webpLossless, webpLossy } from './image-samples';

describe('readImageSize', () => {
  it('reads the size from each header', () => {
    expect(readImageSize(pngImage(640, 480), 'image/png')).toEqual({ width: 640, height: 480 });
    expect(readImageSize(gifImage(300, 200), 'image/gif')).toEqual({ width: 300, height: 200 });
    expect(readImageSize(jpegImage(1920, 1080), 'image/jpeg')).toEqual({ width: 1920, height: 1080 });
    expect(readImageSize(webpLossy(800, 600), 'image/webp')).toEqual({ width: 800, height: 600 });
    expect(readImageSize(webpLossless(1000, 16384), 'image/webp')).toEqual({ width: 1000, height: 16384 });
    expect(readImageSize(webpExtended(5000, 3), 'image/webp')).toEqual({ width: 5000, height: 3 });
  });

  it('reads a size from a view into a larger buffer', () => {
    const padded = Buffer.concat([Buffer.alloc(7), pngImage(12, 34)]);
    expect(readImageSize(padded.subarray(7), 'image/png')).toEqual({ width: 12, height: 34 });
  });

  it('gives null for a truncated or sizeless header', () => {
    expect(readImageSize(pngImage(10, 10).subarray(0, 18), 'image/png')).toBeNull();
    expect(readImageSize(jpegImage(10, 10).subarray(0, 24), 'image/jpeg')).toBeNull();
    expect(readImageSize(Buffer.from([0xff, 0xd8, 0xff, 0xda, 0x00, 0x02]), 'image/jpeg')).toBeNull();
    expect(readImageSize(gifImage(0, 0), 'image/gif')).toBeNull();
  });
});

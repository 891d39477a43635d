import { describe, expect, it } from 'vitest';
import { sniffMediaType } from '../../../../../electron/backend/media/sniff-media-type';
import { gifImage, jpegImage, pngImage, webpExtended, webpLossless, webpLossy } from './image-samples';

describe('sniffMediaType', () => {
  it('recognises JPEG, PNG, GIF and WebP from their first bytes', () => {
    expect(sniffMediaType(jpegImage(4, 3)).mime).toBe('image/jpeg');
    expect(sniffMediaType(pngImage(4, 3)).mime).toBe('image/png');
    expect(sniffMediaType(gifImage(4, 3)).mime).toBe('image/gif');
    expect(sniffMediaType(Buffer.from('GIF87a\x01\x00\x01\x00', 'latin1')).mime).toBe('image/gif');
    for (const webp of [webpLossy(4, 3), webpLossless(4, 3), webpExtended(4, 3)]) expect(sniffMediaType(webp).mime).toBe('image/webp');
  });

  it('names what a refused file looks like when it can', () => {
    expect(sniffMediaType(Buffer.from('%PDF-1.7\n...')).looksLike).toBe('pdf');
    expect(sniffMediaType(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0])).looksLike).toBe('zip');
    expect(sniffMediaType(Buffer.from('BM\x00\x00', 'latin1')).looksLike).toBe('bmp');
    expect(sniffMediaType(Buffer.from('\x00\x00\x00\x18ftypheic', 'latin1')).looksLike).toBe('heic');
    expect(sniffMediaType(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"></svg>')).looksLike).toBe('text');
    expect(sniffMediaType(Buffer.from('RIFF\x00\x00\x00\x00WAVE', 'latin1'))).toEqual({ mime: null, looksLike: null });
    expect(sniffMediaType(Buffer.alloc(0))).toEqual({ mime: null, looksLike: null });
  });

  it('does not take a truncated signature for an image', () => {
    expect(sniffMediaType(Buffer.from([0xff, 0xd8])).mime).toBeNull();
    expect(sniffMediaType(Buffer.from([0x89, 0x50, 0x4e, 0x47])).mime).toBeNull();
    expect(sniffMediaType(Buffer.from('RIFF1234WEB', 'latin1')).mime).toBeNull();
  });
});

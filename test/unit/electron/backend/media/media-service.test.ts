import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { limits } from '../../../../../shared/api/limits';
import { backendFixture, call, callError, fakeClock } from '../backend-fixture';
import { jpegImage, pngImage } from './image-samples';

const base64 = (bytes: Buffer) => bytes.toString('base64');
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe('media', () => {
  const fixture = backendFixture();

  it('stores an image under its SHA-256 with its type and size, and gives it back', async () => {
    const clock = fakeClock();
    const backend = fixture.open({ now: clock.now });
    const image = pngImage(64, 48);
    const info = await call(backend, 'media.put', { data: base64(image), fileName: 'hội-nghị.png' });
    expect(info).toEqual({ hash: sha256(image), mime: 'image/png', size: image.length, width: 64, height: 48, fileName: 'hội-nghị.png', createdAt: '2024-03-29T08:00:00.000Z' });
    const fetched = await call(backend, 'media.get', { hash: info.hash });
    expect(Buffer.from(fetched.data, 'base64').equals(image)).toBe(true);
    expect(backend.readMedia(info.hash)).toEqual({ mime: 'image/png', bytes: new Uint8Array(image) });
  });

  it('stores the same bytes once', async () => {
    const backend = fixture.open();
    const image = jpegImage(20, 10);
    const first = await call(backend, 'media.put', { data: base64(image), fileName: 'a.jpg' });
    const second = await call(backend, 'media.put', { data: base64(image), fileName: 'b.jpg' });
    expect(second).toEqual(first);
    expect(backend.database.prepare('SELECT count(*) AS count FROM media').get()).toEqual({ count: 1 });
    await call(backend, 'media.put', { data: base64(pngImage(2, 2)) });
    expect(backend.database.prepare('SELECT count(*) AS count FROM media').get()).toEqual({ count: 2 });
  });

  it('decides the type from the content, never from the file name', async () => {
    const backend = fixture.open();
    const png = await call(backend, 'media.put', { data: base64(pngImage(3, 3)), fileName: 'anh.jpg' });
    expect(png.mime).toBe('image/png');
    const error = await callError(backend, 'media.put', { data: base64(Buffer.from('%PDF-1.4\nbáo cáo')), fileName: 'anh.png' });
    expect(error).toMatchObject({ code: 'unsupported_media_type', where: 'data', reason: 'media-type-unsupported', params: { fileName: 'anh.png', looksLike: 'pdf' } });
    expect(error.message).toContain('anh.png');
    expect(error.message).toContain('a PDF document');
    expect(error.message).toContain('JPEG, PNG, GIF and WebP');
    const empty = await callError(backend, 'media.put', { data: '' });
    expect(empty).toMatchObject({ code: 'unsupported_media_type', reason: 'media-empty', params: { fileName: '' } });
    expect(empty.message).toMatch(/is empty/);
  });

  it('refuses a file over the size limit, naming its size and the limit', async () => {
    const backend = fixture.open();
    const justOver = Buffer.alloc(limits.mediaBytes + 1);
    pngImage(1, 1).copy(justOver);
    const error = await callError(backend, 'media.put', { data: base64(justOver), fileName: 'lớn.png' });
    expect(error).toMatchObject({
      code: 'too_large',
      where: 'data',
      reason: 'media-too-large',
      params: { fileName: 'lớn.png', sizeBytes: limits.mediaBytes + 1, limitBytes: limits.mediaBytes },
    });
    expect(error.message).toContain('30.0 MB');
    expect(error.message).toContain(String(limits.mediaBytes + 1));

    const farOver = await callError(backend, 'media.put', { data: 'A'.repeat(48 * 1024 * 1024) });
    expect(farOver).toMatchObject({ code: 'too_large', where: 'data', reason: 'media-too-large', params: { sizeBytes: 36 * 1024 * 1024, limitBytes: limits.mediaBytes } });
    expect(farOver.message).toMatch(/is 36\.0 MB .*; the limit is 30\.0 MB/);
    expect(backend.database.prepare('SELECT count(*) AS count FROM media').get()).toEqual({ count: 0 });
  });

  it('says when there is no image with a hash', async () => {
    const backend = fixture.open();
    expect(await callError(backend, 'media.get', { hash: 'b'.repeat(64) })).toMatchObject({ code: 'not_found', where: 'hash' });
    expect(await callError(backend, 'media.get', { hash: '../etc/passwd' })).toMatchObject({ code: 'invalid_argument', where: 'hash' });
    expect(backend.readMedia('b'.repeat(64))).toBeNull();
    expect(backend.readMedia("x' OR 1=1 --")).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { browserFileReader } from '../../../../renderer/import/browser-file-reader';
import { UnreadableFileError } from '../../../../shared/import/import-one-file';

/** A File whose reads fail as Chromium's do when the file on disk changed or went away. */
function fileFailingWith(error: Error, name = 'gone.txt'): File {
  const file = new File(['Quận ủy'], name);
  file.slice = () => ({ arrayBuffer: () => Promise.reject(error) }) as unknown as Blob;
  return file;
}

describe('browserFileReader', () => {
  it('gives the name and size, and reads the bytes', async () => {
    const reader = browserFileReader(new File(['Quận ủy'], 'tin.txt'));
    expect(reader.name).toBe('tin.txt');
    const size = new TextEncoder().encode('Quận ủy').length;
    expect(await reader.size()).toBe(size);
    expect(new TextDecoder().decode(await reader.read(size + 1))).toBe('Quận ủy');
  });

  it('reads no more than asked', async () => {
    expect(Array.from(await browserFileReader(new File(['0123456789'], 'tin.txt')).read(4))).toEqual([0x30, 0x31, 0x32, 0x33]);
  });

  it('tells a file that is gone from one that could not be read', async () => {
    const gone = await browserFileReader(fileFailingWith(new DOMException('A requested file could not be found.', 'NotFoundError'))).read(10).catch((error: unknown) => error);
    expect(gone).toBeInstanceOf(UnreadableFileError);
    expect(gone).toMatchObject({ kind: 'missing', detail: 'A requested file could not be found.' });
    const unreadable = await browserFileReader(fileFailingWith(new DOMException('The file could not be read.', 'NotReadableError'))).read(10).catch((error: unknown) => error);
    expect(unreadable).toMatchObject({ kind: 'read-failed', detail: 'The file could not be read.' });
  });
});

import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { readZipCentralDirectory, ZipDirectoryError, type ZipDirectoryProblem } from '../../../../../electron/backend/import/zip-central-directory';
import { craftZip, lastSignature, patched, signatureOffsets, zipSignatures } from './crafted-zip';

const utf8 = (text: string) => new TextEncoder().encode(text);
const megabytes = 1024 * 1024;

function problemOf(bytes: Uint8Array): ZipDirectoryProblem {
  let thrown: unknown = null;
  try {
    readZipCentralDirectory(bytes);
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(ZipDirectoryError);
  return (thrown as ZipDirectoryError).problem;
}

const documentXml = '<w:document><w:body><w:p><w:r><w:t>Quận ủy Quận 3 tổ chức hội nghị</w:t></w:r></w:p></w:body></w:document>';

async function realZip(options: Partial<JSZip.JSZipGeneratorOptions<'uint8array'>> = {}): Promise<Uint8Array> {
  const zip = new JSZip();
  // Without folder entries, the central directory holds these three, in this order.
  zip.file('[Content_Types].xml', '<Types/>', { createFolders: false });
  zip.file('word/document.xml', documentXml, { createFolders: false });
  zip.file('word/media/anh.bin', new Uint8Array(100_000).fill(7), { createFolders: false });
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', ...options });
}

const realSizes = {
  '[Content_Types].xml': utf8('<Types/>').length,
  'word/document.xml': utf8(documentXml).length,
  'word/media/anh.bin': 100_000,
};

describe('readZipCentralDirectory on archives JSZip writes', () => {
  it('lists every entry with the sizes it unpacks to, and their sum', async () => {
    const bytes = await realZip();
    const directory = readZipCentralDirectory(bytes);
    expect(Object.fromEntries(directory.entries.map((entry) => [entry.name, entry.uncompressedSize]))).toEqual(realSizes);
    expect(directory.uncompressedBytes).toBe(Object.values(realSizes).reduce((total, size) => total + size, 0));
    expect(directory.zip64).toBe(false);
    // The image of zeros compresses: the compressed size is the directory's, not the unpacked one.
    expect(directory.entries.find((entry) => entry.name === 'word/media/anh.bin')!.compressedSize).toBeLessThan(1000);
  });

  it('finds the end record behind an archive comment', async () => {
    const bytes = await realZip({ comment: 'Tòa soạn — bản lưu' });
    expect(readZipCentralDirectory(bytes).entries).toHaveLength(3);
  });

  it('reads an archive whose sizes follow the data (local headers hold zeros)', async () => {
    const bytes = await realZip({ streamFiles: true });
    const firstLocal = signatureOffsets(bytes, zipSignatures.localHeader)[0]!;
    expect(new DataView(bytes.buffer, bytes.byteOffset).getUint32(firstLocal + 22, true)).toBe(0);
    expect(readZipCentralDirectory(bytes).uncompressedBytes).toBe(Object.values(realSizes).reduce((total, size) => total + size, 0));
  });

  it('decodes UTF-8 names', async () => {
    const zip = new JSZip();
    zip.file('word/media/ảnh-đẹp.png', new Uint8Array(3));
    const directory = readZipCentralDirectory(await zip.generateAsync({ type: 'uint8array' }));
    expect(directory.entries.map((entry) => entry.name)).toContain('word/media/ảnh-đẹp.png');
  });
});

describe('readZipCentralDirectory on crafted archives', () => {
  it('reads an archive it crafted itself, as JSZip does (the crafting is sound)', async () => {
    const bytes = craftZip([
      { name: 'word/document.xml', data: utf8(documentXml) },
      { name: 'word/media/anh.bin', data: utf8('abc') },
    ]);
    const loaded = await JSZip.loadAsync(bytes, { checkCRC32: true });
    expect(await loaded.file('word/document.xml')!.async('string')).toBe(documentXml);
    expect(readZipCentralDirectory(bytes).entries.map(({ name, compressedSize, uncompressedSize, method }) => ({ name, compressedSize, uncompressedSize, method }))).toEqual([
      { name: 'word/document.xml', compressedSize: utf8(documentXml).length, uncompressedSize: utf8(documentXml).length, method: 0 },
      { name: 'word/media/anh.bin', compressedSize: 3, uncompressedSize: 3, method: 0 },
    ]);
  });

  it('reads the sizes of a ZIP64 archive from its ZIP64 records, as JSZip does', async () => {
    const bytes = craftZip(
      [
        { name: 'word/document.xml', data: utf8(documentXml), zip64: true },
        { name: 'word/media/anh.bin', data: utf8('abc') },
      ],
      { zip64End: true },
    );
    const loaded = await JSZip.loadAsync(bytes, { checkCRC32: true });
    expect(await loaded.file('word/document.xml')!.async('string')).toBe(documentXml);
    const directory = readZipCentralDirectory(bytes);
    expect(directory.zip64).toBe(true);
    expect(directory.entries.map((entry) => [entry.name, entry.uncompressedSize])).toEqual([
      ['word/document.xml', utf8(documentXml).length],
      ['word/media/anh.bin', 3],
    ]);
  });

  it('counts what a ZIP64 entry declares beyond 4 GB', () => {
    const fiveGigabytes = 5 * 1024 * megabytes;
    const bytes = craftZip([{ name: 'word/media/bom.bin', data: utf8('x'), declaredSize: fiveGigabytes, zip64: true }], { zip64End: true });
    expect(readZipCentralDirectory(bytes).uncompressedBytes).toBe(fiveGigabytes);
  });

  it('adds up a bomb that declares 400 MB', () => {
    const bytes = craftZip([
      { name: 'word/document.xml', data: utf8(documentXml) },
      { name: 'word/media/bom.bin', data: utf8('x'), declaredSize: 400 * megabytes },
    ]);
    expect(bytes.length).toBeLessThan(1000);
    expect(readZipCentralDirectory(bytes).uncompressedBytes).toBe(400 * megabytes + utf8(documentXml).length);
  });
});

describe('readZipCentralDirectory refuses what it cannot rely on', () => {
  it('refuses bytes without an end record: not a ZIP, empty, or cut short', async () => {
    expect(problemOf(new Uint8Array(0))).toBe('no-end-record');
    expect(problemOf(utf8('PK\u0003\u0004 but nothing else'))).toBe('no-end-record');
    const bytes = await realZip();
    expect(problemOf(bytes.subarray(0, bytes.length - 10))).toBe('no-end-record');
    expect(problemOf(bytes.subarray(0, Math.floor(bytes.length / 2)))).toBe('no-end-record');
  });

  it('refuses an end record whose comment runs past the end', async () => {
    const bytes = await realZip();
    expect(problemOf(patched(bytes, lastSignature(bytes, zipSignatures.endOfCentralDirectory) + 20, 2, 50))).toBe('truncated');
  });

  it('refuses an archive whose middle was cut out, the end record kept', async () => {
    const bytes = await realZip();
    const end = lastSignature(bytes, zipSignatures.endOfCentralDirectory);
    const cut = new Uint8Array([...bytes.subarray(0, 200), ...bytes.subarray(end)]);
    expect(['truncated', 'inconsistent']).toContain(problemOf(cut));
  });

  it('refuses a central directory that does not end at the end record', async () => {
    const bytes = await realZip();
    const end = lastSignature(bytes, zipSignatures.endOfCentralDirectory);
    const directorySize = new DataView(bytes.buffer, bytes.byteOffset).getUint32(end + 12, true);
    expect(problemOf(patched(bytes, end + 12, 4, directorySize - 1))).toBe('inconsistent');
    expect(problemOf(patched(bytes, end + 12, 4, directorySize + 1))).toBe('inconsistent');
  });

  it('refuses an archive with bytes put in front of it (offsets that no longer point at the records)', async () => {
    const bytes = await realZip();
    expect(problemOf(new Uint8Array([...utf8('MZ self-extractor stub'), ...bytes]))).toBe('inconsistent');
  });

  it('refuses an end record that counts more or fewer entries than the directory holds', async () => {
    const bytes = await realZip();
    const end = lastSignature(bytes, zipSignatures.endOfCentralDirectory);
    const more = patched(patched(bytes, end + 8, 2, 4), end + 10, 2, 4);
    const fewer = patched(patched(bytes, end + 8, 2, 2), end + 10, 2, 2);
    expect(problemOf(more)).toBe('entry-count-mismatch');
    expect(problemOf(fewer)).toBe('entry-count-mismatch');
  });

  it('refuses a central directory whose sizes disagree with the local header (a lying directory)', async () => {
    const bytes = await realZip();
    const centralImage = signatureOffsets(bytes, zipSignatures.centralHeader)[2]!;
    expect(problemOf(patched(bytes, centralImage + 24, 4, 10))).toBe('inconsistent');
  });

  it('refuses a size of 0xFFFFFFFF without ZIP64 data', async () => {
    const bytes = await realZip();
    const centralDocument = signatureOffsets(bytes, zipSignatures.centralHeader)[1]!;
    expect(problemOf(patched(bytes, centralDocument + 24, 4, 0xffffffff))).toBe('zip64-missing');
  });

  it('refuses an end record of ZIP64 markers without a ZIP64 locator', async () => {
    const bytes = await realZip();
    const end = lastSignature(bytes, zipSignatures.endOfCentralDirectory);
    expect(problemOf(patched(bytes, end + 16, 4, 0xffffffff))).toBe('zip64-missing');
  });

  it('refuses a ZIP64 entry whose ZIP64 data is too short for its sizes', () => {
    const bytes = craftZip([{ name: 'word/document.xml', data: utf8(documentXml), zip64: true }], { zip64End: true });
    const central = signatureOffsets(bytes, zipSignatures.centralHeader)[0]!;
    const extraStart = central + 46 + 'word/document.xml'.length;
    // Declare only 8 bytes of ZIP64 data: the compressed size and the offset are then missing.
    expect(problemOf(patched(bytes, extraStart + 2, 2, 8))).toBe('zip64-missing');
  });

  it('refuses an archive split over several disks', async () => {
    const bytes = await realZip();
    const end = lastSignature(bytes, zipSignatures.endOfCentralDirectory);
    expect(problemOf(patched(bytes, end + 4, 2, 1))).toBe('split-archive');
  });

  it('refuses entries that share their data (an overlapping bomb)', () => {
    const bytes = craftZip([{ name: 'word/document.xml', data: utf8(documentXml) }]);
    const end = lastSignature(bytes, zipSignatures.endOfCentralDirectory);
    const central = signatureOffsets(bytes, zipSignatures.centralHeader)[0]!;
    const record = bytes.subarray(central, end);
    const doubled = new Uint8Array([...bytes.subarray(0, end), ...record, ...bytes.subarray(end)]);
    const view = new DataView(doubled.buffer);
    const doubledEnd = end + record.length;
    view.setUint16(doubledEnd + 8, 2, true);
    view.setUint16(doubledEnd + 10, 2, true);
    view.setUint32(doubledEnd + 12, record.length * 2, true);
    expect(problemOf(doubled)).toBe('inconsistent');
  });

  it('refuses a directory entry whose local header is missing or names another file', async () => {
    const bytes = await realZip();
    const firstLocal = signatureOffsets(bytes, zipSignatures.localHeader)[0]!;
    expect(problemOf(patched(bytes, firstLocal, 4, 0x12345678))).toBe('inconsistent');
    const renamed = bytes.slice();
    renamed[firstLocal + 30] = 'X'.charCodeAt(0);
    expect(problemOf(renamed)).toBe('inconsistent');
  });

  it('refuses a name that runs past the end of the directory', async () => {
    const bytes = await realZip();
    const lastCentral = signatureOffsets(bytes, zipSignatures.centralHeader).at(-1)!;
    expect(problemOf(patched(bytes, lastCentral + 28, 2, 5000))).toBe('truncated');
  });
});

import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { checkDocxContents, docxContentLimits } from '../../../../../electron/backend/import/docx-contents-check';
import { readImportFile } from '../../../../../electron/backend/import/read-import-file';
import { readZipCentralDirectory } from '../../../../../electron/backend/import/zip-central-directory';
import { ApiError } from '../../../../../shared/api/errors';
import { importLimits } from '../../../../../shared/model/import';
import { craftZip } from './crafted-zip';
import { buildDocx, sampleDocxArticle, wordParagraph } from './import-test-files';

const utf8 = (text: string) => new TextEncoder().encode(text);

function refusal(archive: Uint8Array, limits = docxContentLimits): ApiError {
  try {
    checkDocxContents('tin.docx', archive, readZipCentralDirectory(archive), limits);
  } catch (error) {
    expect(error).toBeInstanceOf(ApiError);
    return error as ApiError;
  }
  throw new Error('not refused');
}

function deflatedEntry(name: string, text: string, declaredSize?: number) {
  const bytes = utf8(text);
  return { name, data: new Uint8Array(zlib.deflateRawSync(bytes)), deflatedCrc: zlib.crc32(bytes), declaredSize: declaredSize ?? bytes.length };
}

describe('checkDocxContents', () => {
  it('accepts a real Word file, unpacking each entry to exactly its declared size', async () => {
    const docx = await sampleDocxArticle();
    expect(() => checkDocxContents('tin.docx', docx, readZipCentralDirectory(docx))).not.toThrow();
  });

  it('refuses an entry that unpacks to fewer bytes than declared, or more, naming it', () => {
    const shorter = refusal(craftZip([deflatedEntry('word/document.xml', '<w:document/>', 500)]));
    expect(shorter.reason).toBe('import-docx-size-mismatch');
    expect(shorter.params).toEqual({ fileName: 'tin.docx', entry: 'word/document.xml', declaredBytes: 500, actualBytes: 13 });
    const longer = refusal(craftZip([deflatedEntry('word/document.xml', `<w:document>${'a'.repeat(10_000)}</w:document>`, 100)]));
    expect(longer.params).toMatchObject({ declaredBytes: 100, actualBytes: 101 });
    expect(longer.message).toContain('unpacks to more than 101');
  });

  it('refuses XML parts that would unpack beyond their limit, images apart', () => {
    const archive = craftZip([
      { name: 'word/document.xml', data: utf8('<w:document/>') },
      { name: 'word/styles.xml', data: utf8('x'), declaredSize: importLimits.docxMarkupBytes },
    ]);
    expect(refusal(archive).reason).toBe('import-docx-markup-too-large');
    const photos = craftZip([{ name: 'word/document.xml', data: utf8('<w:document/>') }, { name: 'word/media/image1.jpeg', data: new Uint8Array(2048) }]);
    expect(() => checkDocxContents('tin.docx', photos, readZipCentralDirectory(photos), { ...docxContentLimits, markupBytes: 1024 })).not.toThrow();
  });

  it('refuses a document with more paragraphs than the limit, counted before mammoth reads it', async () => {
    const docx = await buildDocx(Array.from({ length: 30 }, (_, index) => wordParagraph([`Đoạn ${index}`])).join(''));
    const error = refusal(docx, { ...docxContentLimits, paragraphs: 20 });
    expect(error.reason).toBe('import-file-too-many-elements');
    expect(error.params).toMatchObject({ format: 'docx', count: 30, limit: 20 });
  });

  it('refuses a compression method Word does not use', () => {
    const archive = craftZip([{ name: 'word/document.xml', data: utf8('<w:document/>') }]);
    const methodOffsets = [8, archive.length - 22 - 46 - 'word/document.xml'.length + 10];
    for (const offset of methodOffsets) new DataView(archive.buffer).setUint16(offset, 12, true);
    expect(refusal(archive).reason).toBe('import-docx-damaged');
  });
});

describe('readImportFile text limits', () => {
  it('refuses a .txt of more lines than the paragraph limit before reading its article', async () => {
    const data = new TextEncoder().encode('Tin.\n\n'.repeat(importLimits.elements + 1));
    const error = (await readImportFile({ name: 'dong.txt', data }).catch((caught: unknown) => caught)) as ApiError;
    expect(error.reason).toBe('import-file-too-many-elements');
    expect(error.params).toEqual({ fileName: 'dong.txt', format: 'txt', count: importLimits.elements + 1, limit: importLimits.elements });
    expect(error.message).toContain('the text has 50,001 paragraphs');
  });

  it('refuses a .txt longer than the limit while decoding it, naming the file', async () => {
    const data = new Uint8Array(importLimits.textCharacters + 1).fill(0x61);
    const error = (await readImportFile({ name: 'dai.txt', data }).catch((caught: unknown) => caught)) as ApiError;
    expect(error.reason).toBe('import-file-text-too-long');
    expect(error.params).toEqual({ fileName: 'dai.txt', format: 'txt', characterLimit: importLimits.textCharacters });
  });
});

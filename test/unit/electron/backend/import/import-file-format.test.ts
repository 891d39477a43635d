import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { checkImportFile } from '../../../../../electron/backend/import/import-file-format';
import { docxContentLimits } from '../../../../../electron/backend/import/docx-contents-check';
import { ApiError } from '../../../../../shared/api/errors';
import { importLimits } from '../../../../../shared/model/import';
import { craftZip, lastSignature, patched, zipSignatures } from './crafted-zip';
import { sampleDocxArticle, tinyPng } from './import-test-files';

const utf8 = (text: string) => new TextEncoder().encode(text);

async function refusal(fileName: string, bytes: Uint8Array): Promise<ApiError> {
  const error = await checkImportFile(fileName, bytes).then(
    () => null,
    (failure: unknown) => failure,
  );
  expect(error).toBeInstanceOf(ApiError);
  const apiError = error as ApiError;
  expect(apiError.where).toBe(fileName);
  expect(apiError.message.startsWith(`${fileName}: `)).toBe(true);
  return apiError;
}

describe('checkImportFile', () => {
  it('accepts text, HTML (UTF-8 or UTF-16 with BOM) and a real Word file', async () => {
    expect(await checkImportFile('a.txt', utf8('Quận ủy Quận 3'))).toBe('txt');
    expect(await checkImportFile('a.html', utf8('<p>Quận ủy</p>'))).toBe('html');
    const utf16 = new Uint8Array([0xff, 0xfe, ...Buffer.from('Quận ủy', 'utf16le')]);
    expect(await checkImportFile('a.txt', utf16)).toBe('txt');
    expect(await checkImportFile('a.docx', await sampleDocxArticle())).toBe('docx');
  });

  it('refuses a .docx that is plain text', async () => {
    const error = await refusal('bai-viet.docx', utf8('Quận ủy Quận 3 tổ chức hội nghị'));
    expect(error.code).toBe('unsupported_media_type');
    expect(error).toMatchObject({ reason: 'import-content-mismatch', params: { fileName: 'bai-viet.docx', format: 'docx', content: 'text' } });
    expect(error.message).toContain('plain text, not a Word document');
  });

  it('refuses an old .doc renamed .docx, and says how to fix it', async () => {
    const error = await refusal('cu.docx', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
    expect(error.code).toBe('unsupported_media_type');
    expect(error.params).toMatchObject({ content: 'legacy-office' });
    expect(error.message).toContain('save it as .docx');
  });

  // Regression: a small .docx that unpacks to gigabytes (a ZIP bomb) must be refused before mammoth reads it.
  it('refuses a .docx that would expand beyond the unpacked limit', async () => {
    const zip = new JSZip();
    zip.file('word/document.xml', '<w:document/>');
    const limit = 4 * 1024 * 1024;
    zip.file('word/media/padding.bin', new Uint8Array(limit + 1));
    const bomb = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 9 } });
    expect(bomb.length).toBeLessThan(64 * 1024);
    const error = await checkImportFile('bom.docx', bomb, { ...docxContentLimits, expandedBytes: limit }).then(
      () => null,
      (failure: unknown) => failure as ApiError,
    );
    expect(error).toBeInstanceOf(ApiError);
    expect(error?.code).toBe('too_large');
    expect(error?.where).toBe('bom.docx');
    expect(error?.message).toContain('when unpacked');
    expect(await checkImportFile('tai-lieu.docx', await sampleDocxArticle(), { ...docxContentLimits, expandedBytes: limit })).toBe('docx');
  });

  it('refuses a .docx whose directory declares 400 MB, with the default limit', async () => {
    const bomb = craftZip([
      { name: 'word/document.xml', data: utf8('<w:document/>') },
      { name: 'word/media/bom.bin', data: utf8('x'), declaredSize: 400 * 1024 * 1024 },
    ]);
    const error = await refusal('bom.docx', bomb);
    expect(error.code).toBe('too_large');
    expect(error.params).toEqual({ fileName: 'bom.docx', expandedBytes: 400 * 1024 * 1024 + '<w:document/>'.length, limitBytes: importLimits.docxExpandedBytes });
  });

  // Fail closed: when the central directory cannot be read, nothing says how large the file unpacks.
  it('refuses a .docx whose ZIP directory cannot be trusted, naming the problem', async () => {
    const docx = await sampleDocxArticle();
    const end = lastSignature(docx, zipSignatures.endOfCentralDirectory);
    const entryCount = new DataView(docx.buffer, docx.byteOffset).getUint16(end + 10, true);
    const miscounted = patched(patched(docx, end + 8, 2, entryCount + 1), end + 10, 2, entryCount + 1);
    const miscountedError = await refusal('dem-sai.docx', miscounted);
    expect(miscountedError.code).toBe('unsupported_media_type');
    expect(miscountedError.message).toContain('damaged ZIP archive');
    expect(miscountedError.details).toEqual({ zipProblem: 'entry-count-mismatch' });

    const cutShort = docx.subarray(0, docx.length - 8);
    expect((await refusal('cat-cut.docx', cutShort)).details).toEqual({ zipProblem: 'no-end-record' });
  });

  it('refuses a ZIP archive without word/document.xml', async () => {
    const zip = new JSZip();
    zip.file('noi-dung.txt', 'Quận ủy');
    const error = await refusal('nen.docx', await zip.generateAsync({ type: 'uint8array' }));
    expect(error.code).toBe('unsupported_media_type');
    expect(error.message).toContain('no word/document.xml');
  });

  it('refuses a .txt that is a PNG image', async () => {
    const error = await refusal('anh.txt', tinyPng());
    expect(error.code).toBe('unsupported_media_type');
    expect(error.message).toContain('a PNG image, not text');
  });

  it('refuses binary data named .html or .txt', async () => {
    const withNul = await refusal('rac.html', new Uint8Array([0x3c, 0x70, 0x3e, 0x00, 0x41, 0x42]));
    expect(withNul.message).toContain('binary data');
    const controls = new Uint8Array(1000).map((_, index) => (index % 7 === 0 ? 0x01 : 0x41));
    expect((await refusal('rac.txt', controls)).message).toContain('control characters');
  });

  it('refuses an empty file', async () => {
    const error = await refusal('trong.txt', new Uint8Array(0));
    expect(error).toMatchObject({ code: 'invalid_argument', reason: 'import-file-empty', params: { fileName: 'trong.txt' } });
    expect(error.message).toContain('empty');
  });

  it('refuses a file over 50 MB before looking at it', async () => {
    const error = await refusal('lon.txt', new Uint8Array(importLimits.fileBytes + 1).fill(0x61));
    expect(error).toMatchObject({
      code: 'too_large',
      reason: 'import-file-too-large',
      params: { fileName: 'lon.txt', sizeBytes: importLimits.fileBytes + 1, limitBytes: importLimits.fileBytes },
    });
    expect(error.message).toContain('the limit is 50.0 MB');
  });

  it('refuses a format it does not import', async () => {
    const error = await refusal('bai.pdf', utf8('%PDF-1.7'));
    expect(error.code).toBe('unsupported_media_type');
    expect(error.message).toContain('.txt, .html (.htm) and .docx');
  });
});

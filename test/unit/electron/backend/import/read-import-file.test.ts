import fs from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { readImportFile } from '../../../../../electron/backend/import/read-import-file';
import { ApiError } from '../../../../../shared/api/errors';

const seedBytes = new Uint8Array(fs.readFileSync(new URL('../../../../fixtures/import/seed-article.txt', import.meta.url)));
const codes = (warnings: Array<{ code: string }>) => warnings.map((warning) => warning.code);

describe('readImportFile', () => {
  it('reads the seed article file', async () => {
    const article = await readImportFile({ name: 'seed-article.txt', data: seedBytes });
    expect(article.headline).toBe('Cần đầu tư, quan tâm hơn nữa để hỗ trợ các hội quần chúng hoạt động tốt hơn tại địa phương');
    expect(article.sourcePrefix).toBe('(Thanhuytphcm.vn)');
    expect(article.bylines).toEqual(['Hồng Ngọc']);
  });

  it('reads a TCVN3 text file (not UTF-8) and converts it to Unicode', async () => {
    const unicode = 'Quận ủy Quận 3 tổng kết công tác dân vận\n(Thanhuytphcm.vn) - Sáng 1/4, Quận ủy Quận 3 tổng kết công tác dân vận năm 2023.\nHồng Ngọc\n';
    const article = await readImportFile({ name: 'tcvn3.txt', data: new Uint8Array(iconv.encode(unicode, 'tcvn')) });
    expect(article.headline).toBe('Quận ủy Quận 3 tổng kết công tác dân vận');
    expect(article.sapo).toBe('Sáng 1/4, Quận ủy Quận 3 tổng kết công tác dân vận năm 2023.');
    expect(article.bylines).toEqual(['Hồng Ngọc']);
    expect(codes(article.warnings)).toEqual(expect.arrayContaining(['text-decoded', 'legacy-encoding-converted']));
  });

  it('reads an old page typed in a TCVN3 font and converts its text', async () => {
    const page = iconv.encode(
      '<html><head><meta charset="windows-1252"></head><body><h1><font face=".VnTime">Quận ủy tổng kết công tác dân vận</font></h1>' +
        '<p><font face=".VnTime">Tại hội nghị, các đại biểu đã thảo luận nhiều giải pháp.</font></p></body></html>',
      'tcvn',
    );
    const article = await readImportFile({ name: 'trang-cu.html', data: new Uint8Array(page) });
    expect(article.headline).toBe('Quận ủy tổng kết công tác dân vận');
    expect(JSON.stringify(article.body)).toContain('Tại hội nghị, các đại biểu đã thảo luận nhiều giải pháp.');
    expect(codes(article.warnings)).toContain('legacy-encoding-converted');
  });

  it('reads UTF-16 text with a byte-order mark', async () => {
    const data = new Uint8Array([0xff, 0xfe, ...Buffer.from(Buffer.from(seedBytes).toString('utf8'), 'utf16le')]);
    const article = await readImportFile({ name: 'utf16.txt', data });
    expect(article.bylines).toEqual(['Hồng Ngọc']);
  });

  it('reads an .html file without any markup as plain text, and says so', async () => {
    const article = await readImportFile({ name: 'ghi-chu.html', data: new TextEncoder().encode('Khánh thành cầu Thủ Thiêm 4\nSáng nay cầu được khánh thành.\n') });
    expect(article.headline).toBe('Khánh thành cầu Thủ Thiêm 4');
    expect(codes(article.warnings)).toContain('html-without-markup');
  });

  it('refuses a text file holding only white space, naming it', async () => {
    const error = await readImportFile({ name: 'trang.txt', data: new TextEncoder().encode(' \n\t\n') }).catch((failure: unknown) => failure);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'invalid_argument', where: 'trang.txt', reason: 'import-file-blank', params: { fileName: 'trang.txt' } });
    expect((error as ApiError).message).toContain('trang.txt: the file holds no text');
  });
});

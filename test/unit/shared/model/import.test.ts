import { describe, expect, it } from 'vitest';
import { allImportExtensions, claimedImportFormat } from '../../../../shared/model/import';

describe('claimedImportFormat', () => {
  it.each([
    ['bai-viet.txt', 'txt'],
    ['Bài viết.HTML', 'html'],
    ['trang.htm', 'html'],
    ['bai.docx', 'docx'],
    ['bai.doc', null],
    ['bai.pdf', null],
    ['docx', null],
  ])('%s is %s', (name, format) => {
    expect(claimedImportFormat(name)).toBe(format);
  });
});

describe('allImportExtensions', () => {
  it('is what the file pickers offer: every extension a format claims', () => {
    expect(allImportExtensions).toEqual(['txt', 'text', 'html', 'htm', 'xhtml', 'docx']);
    for (const extension of allImportExtensions) expect(claimedImportFormat(`tin-bai.${extension}`)).not.toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../../shared/api/errors';
import { en } from '../../../../renderer/i18n/en';
import { vi as vietnamese } from '../../../../renderer/i18n/vi';
import { describeError } from '../../../../renderer/shell/describe-error';

describe('describeError', () => {
  it('words an ApiError by its reason and params in the interface language', () => {
    const error = new ApiError('article-not-found', { id: 41 }, { where: 'id' });
    expect(describeError(error, vietnamese)).toBe('Không tìm thấy tin bài (mã 41).');
    expect(describeError(error, en)).toBe('There is no article with id 41.');
  });

  it('words an error that came over a transport the same way', () => {
    const shape = new ApiError('import-content-mismatch', { fileName: 'hong.docx', format: 'docx', content: 'text' }, { where: 'hong.docx' }).toShape();
    const received = ApiError.fromShape(JSON.parse(JSON.stringify(shape)) as typeof shape);
    expect(describeError(received, vietnamese)).toBe('hong.docx: tệp mang đuôi .docx nhưng nội dung là văn bản thường, không phải tài liệu Word.');
    expect(describeError(received, en)).toBe(
      'hong.docx: the file is named .docx but its content is plain text, not a Word document. Nothing was imported.',
    );
  });

  it('keeps the text of any other error, as a sentence', () => {
    expect(describeError(new Error('The file was removed'), vietnamese)).toBe('The file was removed.');
    expect(describeError('Bài đang mở chưa lưu được.', en)).toBe('Bài đang mở chưa lưu được.');
  });
});

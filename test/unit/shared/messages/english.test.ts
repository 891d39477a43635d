import { describe, expect, it } from 'vitest';
import { ApiError, errorCodes, errorReasonList, errorReasons, isApiErrorShape, wordError, type ErrorParamsOf } from '../../../../shared/api/errors';
import { englishErrors, englishImportWarnings } from '../../../../shared/messages/english';
import { importWarningCodes, importWarningSchema, wordImportWarning } from '../../../../shared/model/import';
import { sampleParams } from '../api/error-reason-samples';

const vietnameseLetter = /[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/iu;

describe('the English wording', () => {
  it('declares every reason once, as a kebab-case key with one of the broad codes', () => {
    for (const reason of errorReasonList) {
      expect(reason).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(errorCodes, reason).toContain(errorReasons[reason].code);
    }
    expect(new Set(errorReasonList).size).toBe(errorReasonList.length);
  });

  it('is the message of every ApiError, in English only, and the shape carries reason and params unchanged', () => {
    for (const reason of errorReasonList) {
      for (const params of sampleParams(reason)) {
        const typed = params as ErrorParamsOf<typeof reason>;
        const error = new ApiError(reason, typed, { where: 'somewhere' });
        expect(error.message, reason).toBe(wordError(englishErrors, reason, typed));
        expect(error.message, reason).not.toMatch(vietnameseLetter);
        expect(error.code).toBe(errorReasons[reason].code);
        const shape = JSON.parse(JSON.stringify(error.toShape())) as unknown;
        expect(isApiErrorShape(shape), reason).toBe(true);
        expect(ApiError.fromShape(shape as ReturnType<ApiError['toShape']>).toShape()).toEqual(shape);
      }
    }
  });

  it('words every import warning in English only', () => {
    for (const code of importWarningCodes) {
      expect(wordImportWarning(englishImportWarnings, { code, subject: 'sample' }), code).not.toMatch(vietnameseLetter);
    }
  });
});

describe('messages that cross to the renderer', () => {
  it('an import warning is a code and what was found: a worded message is refused', () => {
    expect(importWarningSchema.safeParse({ code: 'headline-missing' }).success).toBe(true);
    expect(importWarningSchema.safeParse({ code: 'byline-guessed', subject: 'Hồng Ngọc' }).success).toBe(true);
    expect(importWarningSchema.safeParse({ code: 'headline-missing', message: 'Không tìm thấy tiêu đề (no headline found)' }).success).toBe(false);
  });

  it('an error shape needs a known reason with exactly its parameters, under its own code', () => {
    const shape = new ApiError('article-not-found', { id: 7 }, { where: 'id' }).toShape();
    expect(shape).toEqual({ code: 'not_found', reason: 'article-not-found', params: { id: 7 }, message: 'There is no article with id 7.', where: 'id' });
    expect(isApiErrorShape(shape)).toBe(true);
    expect(isApiErrorShape({ code: 'not_found', message: 'There is no article with id 7.' })).toBe(false);
    expect(isApiErrorShape({ ...shape, reason: 'no-such-reason' })).toBe(false);
    expect(isApiErrorShape({ ...shape, code: 'storage' })).toBe(false);
    expect(isApiErrorShape({ ...shape, params: { id: '7' } })).toBe(false);
    expect(isApiErrorShape({ ...shape, params: { id: 7, extra: 1 } })).toBe(false);
    expect(isApiErrorShape({ ...shape, params: {} })).toBe(false);
    expect(isApiErrorShape(new ApiError('import-content-mismatch', { fileName: 'a.docx', format: 'docx', content: 'text' }).toShape())).toBe(true);
    expect(isApiErrorShape({ ...new ApiError('import-content-mismatch', { fileName: 'a.docx', format: 'docx', content: 'text' }).toShape(), params: { fileName: 'a.docx', format: 'docx', content: 'movie' } })).toBe(false);
  });

  it('throw sites are type-checked against the reason table', () => {
    const errors = [
      // @ts-expect-error: the id of an article is a number.
      () => new ApiError('article-not-found', { id: '7' }),
      // @ts-expect-error: a parameter the reason does not declare.
      () => new ApiError('article-not-found', { id: 7, fileName: 'a.txt' }),
      // @ts-expect-error: a missing parameter.
      () => new ApiError('media-too-large', { sizeBytes: 1, limitBytes: 0 }),
      // @ts-expect-error: not one of the formats.
      () => new ApiError('import-content-mismatch', { fileName: 'a.pdf', format: 'pdf', content: 'pdf' }),
      // @ts-expect-error: no such reason.
      () => new ApiError('article-missing', { id: 7 }),
    ];
    expect(errors).toHaveLength(5);
  });
});

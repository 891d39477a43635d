import { describe, expect, it } from 'vitest';
import { errorReasonList, wordError, type ErrorParamsOf } from '../../../../shared/api/errors';
import { importWarningCodes, wordImportWarning } from '../../../../shared/model/import';
import { en } from '../../../../renderer/i18n/en';
import { vi as vietnamese } from '../../../../renderer/i18n/vi';
import { sampleParams } from '../../shared/api/error-reason-samples';

const vietnameseLetter = /[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/iu;
const languages = [
  ['vi', vietnamese],
  ['en', en],
] as const;

function expectWording(text: string, label: string): void {
  expect(text.trim().length, label).toBeGreaterThan(0);
  expect(text.normalize('NFC'), label).toBe(text);
  expect(text, label).not.toMatch(/undefined|NaN|\[object|null/);
}

describe('the wording of errors and import warnings', () => {
  it.each(languages)('%s words every error reason, with every choice of its parameters', (_language, t) => {
    expect(Object.keys(t.errors).sort()).toEqual([...errorReasonList].sort());
    for (const reason of errorReasonList) {
      expect(typeof t.errors[reason], reason).toBe('function');
      for (const params of sampleParams(reason)) expectWording(wordError(t.errors, reason, params as ErrorParamsOf<typeof reason>), reason);
    }
  });

  it.each(languages)('%s words every import warning, with and without a subject', (_language, t) => {
    expect(Object.keys(t.importWarnings).sort()).toEqual([...importWarningCodes].sort());
    for (const code of importWarningCodes) {
      expect(typeof t.importWarnings[code], code).toBe('function');
      expectWording(wordImportWarning(t.importWarnings, { code, subject: 'sample' }), code);
      expect(wordImportWarning(t.importWarnings, { code }).trim().length, code).toBeGreaterThan(0);
    }
  });

  it('speaks Vietnamese in Vietnamese and English in English', () => {
    for (const reason of errorReasonList) {
      for (const params of sampleParams(reason)) {
        const typed = params as ErrorParamsOf<typeof reason>;
        expect(wordError(vietnamese.errors, reason, typed), reason).toMatch(vietnameseLetter);
        expect(wordError(en.errors, reason, typed), reason).not.toMatch(vietnameseLetter);
      }
    }
    for (const code of importWarningCodes) {
      expect(wordImportWarning(vietnamese.importWarnings, { code, subject: 'sample' }), code).toMatch(vietnameseLetter);
      expect(wordImportWarning(en.importWarnings, { code, subject: 'sample' }), code).not.toMatch(vietnameseLetter);
    }
  });

  it('words a warning by its code in the interface language', () => {
    const warning = { code: 'byline-guessed', subject: 'Hồng Ngọc' } as const;
    expect(wordImportWarning(vietnamese.importWarnings, warning)).toBe('Đoán tác giả từ dòng cuối: Hồng Ngọc');
    expect(wordImportWarning(en.importWarnings, warning)).toBe('byline guessed from the last line: Hồng Ngọc');
    expect(wordImportWarning(vietnamese.importWarnings, { code: 'legacy-encoding-converted', subject: 'tcvn3' })).toBe('Đã chuyển bảng mã TCVN3 (ABC) sang Unicode');
    expect(wordImportWarning(en.importWarnings, { code: 'legacy-encoding-converted', subject: 'tcvn3' })).toBe('legacy encoding converted to Unicode: TCVN3 (ABC)');
  });
});

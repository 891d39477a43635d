import { describe, expect, it } from 'vitest';
import type { ExportWarning } from '../../../../shared/model/export';
import { wordExportWarning } from '../../../../renderer/export/export-warning-wording';
import { en } from '../../../../renderer/i18n/en';
import { vi as vietnamese } from '../../../../renderer/i18n/vi';

const everyWarning: ExportWarning[] = [
  { code: 'missing-headline' },
  { code: 'missing-sapo' },
  { code: 'missing-byline' },
  { code: 'missing-date' },
  { code: 'figure-without-caption', figure: 2 },
  { code: 'figure-without-alt', figure: 2 },
  { code: 'figure-without-image', figure: 3 },
  { code: 'placeholder', text: 'TK', field: 'body' },
  { code: 'link-not-web', text: 'ftp://example.org' },
];

describe('wordExportWarning', () => {
  it('words every checklist warning in Vietnamese', () => {
    expect(everyWarning.map((warning) => wordExportWarning(vietnamese, warning))).toEqual([
      'Chưa có tiêu đề',
      'Chưa có sapo',
      'Chưa có tác giả',
      'Chưa có ngày',
      'Ảnh 2 chưa có chú thích',
      'Ảnh 2 chưa có mô tả ảnh',
      'Khung ảnh 3 chưa có ảnh',
      'Còn chữ giữ chỗ “TK” trong nội dung',
      'Liên kết không phải địa chỉ web: ftp://example.org',
    ]);
  });

  it('words every checklist warning in English, each differently', () => {
    const worded = everyWarning.map((warning) => wordExportWarning(en, warning));
    expect(worded[7]).toBe('Placeholder “TK” left in the body');
    expect(new Set(worded).size).toBe(everyWarning.length);
  });
});

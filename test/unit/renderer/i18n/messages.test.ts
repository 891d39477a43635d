import { describe, expect, it } from 'vitest';
import { en } from '../../../../renderer/i18n/en';
import { vi as vietnamese } from '../../../../renderer/i18n/vi';

function keysOf(value: object, prefix = ''): string[] {
  return Object.entries(value).flatMap(([key, child]) =>
    typeof child === 'object' && child !== null ? keysOf(child, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

describe('interface messages', () => {
  it('English has exactly the Vietnamese keys, with the same kind of value', () => {
    expect(keysOf(en).sort()).toEqual(keysOf(vietnamese).sort());
    for (const key of Object.keys(vietnamese) as Array<keyof typeof vietnamese>) {
      expect(typeof en[key], key).toBe(typeof vietnamese[key]);
    }
  });

  it('uses the glossary words', () => {
    expect(vietnamese.articles).toBe('Tin bài');
    expect(vietnamese.newArticle).toBe('Bài mới');
    expect(vietnamese.headline).toBe('Tiêu đề');
    expect(vietnamese.sapo).toBe('Sapo');
    expect(vietnamese.sourcePrefix).toBe('Nguồn');
    expect(vietnamese.body).toBe('Nội dung');
    expect(vietnamese.status).toBe('Trạng thái');
    expect(vietnamese.statuses).toEqual({ draft: 'Bản nháp', submitted: 'Chờ duyệt', approved: 'Đã duyệt', exported: 'Đã xuất' });
    expect(vietnamese.trash).toBe('Thùng rác');
    expect(vietnamese.save).toBe('Lưu');
    expect(vietnamese.saving).toBe('Đang lưu…');
    expect(vietnamese.savedAt('10:32')).toBe('Đã lưu lúc 10:32');
    expect(vietnamese.history).toBe('Lịch sử phiên bản');
    expect(vietnamese.restore).toBe('Khôi phục');
    expect(vietnamese.search).toBe('Tìm kiếm');
    expect(vietnamese.settings).toBe('Cài đặt');
    expect(vietnamese.undo).toBe('Hoàn tác');
    expect(vietnamese.saveFailed).toBe('Không lưu được — sẽ thử lại');
  });

  // The wording of errors and import warnings takes parameters of its own: wording.test.ts.
  it('every message is NFC and not empty', () => {
    const texts: string[] = [];
    const collect = (value: unknown) => {
      if (typeof value === 'string') texts.push(value);
      else if (typeof value === 'function') texts.push(String((value as (...args: unknown[]) => string)('x', 'y')));
      else if (typeof value === 'object' && value !== null) Object.values(value).forEach(collect);
    };
    for (const messages of [vietnamese, en]) {
      const { errors: _errors, importWarnings: _importWarnings, ...plain } = messages;
      collect(plain);
    }
    for (const text of texts) {
      expect(text.trim().length, text).toBeGreaterThan(0);
      expect(text.normalize('NFC'), text).toBe(text);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { formatClockTime, formatDateTime } from '../../../../renderer/format/format-time';
import { en } from '../../../../renderer/i18n/en';
import { vi } from '../../../../renderer/i18n/vi';

describe('formatClockTime and formatDateTime', () => {
  it('write local time in the interface language: "09:05, 02/12/2026" and "2 Dec 2026, 09:05"', () => {
    const date = new Date(2026, 11, 2, 9, 5);
    expect(formatClockTime(date)).toBe('09:05');
    expect(formatDateTime(date, 'vi')).toBe('09:05, 02/12/2026');
    expect(formatDateTime(date, 'en')).toBe('2 Dec 2026, 09:05');
    expect(vi.dateTime(date.toISOString())).toBe('09:05, 02/12/2026');
    expect(en.dateTime(date.toISOString())).toBe('2 Dec 2026, 09:05');
  });

  it('accept the backend ISO timestamps and leave what is not a date as it is', () => {
    const date = new Date(2024, 11, 31, 23, 59);
    expect(formatClockTime(date.toISOString())).toBe('23:59');
    expect(formatDateTime(date.toISOString())).toBe('23:59, 31/12/2024');
    expect(formatDateTime(date.toISOString(), 'en')).toBe('31 Dec 2024, 23:59');
    expect(formatDateTime('không phải ngày', 'en')).toBe('không phải ngày');
  });

  it('backups are listed with the same formatter', () => {
    const date = new Date(2026, 11, 2, 9, 5);
    expect(vi.backupDate(date.toISOString())).toBe('09:05, 02/12/2026');
    expect(en.backupDate(date.toISOString())).toBe('2 Dec 2026, 09:05');
  });
});

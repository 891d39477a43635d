import { describe, expect, it } from 'vitest';
import { formatClockTime, formatDateTime } from '../../../../renderer/format/format-time';

describe('formatClockTime and formatDateTime', () => {
  it('write local time with two-digit hours and minutes, day first', () => {
    const date = new Date(2024, 2, 9, 7, 5);
    expect(formatClockTime(date)).toBe('07:05');
    expect(formatDateTime(date)).toBe('07:05 09/03/2024');
  });

  it('accept the backend ISO timestamps', () => {
    const date = new Date(2024, 11, 31, 23, 59);
    expect(formatClockTime(date.toISOString())).toBe('23:59');
    expect(formatDateTime(date.toISOString())).toBe('23:59 31/12/2024');
  });
});

import { describe, expect, it } from 'vitest';
import { calendarDateFromIso, formatCalendarDateline, formatDateline, parseDateline, weekdayNames } from '../../../../shared/text/dateline';

describe('formatDateline', () => {
  it.each([
    ['2024-03-29T03:00:00Z', 'Thứ Sáu, ngày 29 tháng 3 năm 2024'],
    ['2024-03-28T17:00:00Z', 'Thứ Sáu, ngày 29 tháng 3 năm 2024'],
    ['2024-03-28T16:59:59Z', 'Thứ Năm, ngày 28 tháng 3 năm 2024'],
    ['2024-03-31T12:00:00+07:00', 'Chủ Nhật, ngày 31 tháng 3 năm 2024'],
    ['2024-04-01T00:00:00+07:00', 'Thứ Hai, ngày 1 tháng 4 năm 2024'],
    ['2024-04-02T08:00:00+07:00', 'Thứ Ba, ngày 2 tháng 4 năm 2024'],
    ['2024-04-03T08:00:00+07:00', 'Thứ Tư, ngày 3 tháng 4 năm 2024'],
    ['2024-03-30T08:00:00+07:00', 'Thứ Bảy, ngày 30 tháng 3 năm 2024'],
    ['2023-12-31T17:30:00Z', 'Thứ Hai, ngày 1 tháng 1 năm 2024'],
    ['2024-02-29T10:00:00+07:00', 'Thứ Năm, ngày 29 tháng 2 năm 2024'],
  ])('%s → %s', (instant, expected) => {
    expect(formatDateline(new Date(instant))).toBe(expected);
  });

  it('is NFC and uses the fixed weekday names', () => {
    const dateline = formatDateline(new Date('2024-03-29T03:00:00Z'));
    expect(dateline.normalize('NFC')).toBe(dateline);
    expect(weekdayNames).toEqual(['Chủ Nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy']);
  });

  it('throws on an invalid date', () => {
    expect(() => formatDateline(new Date('not a date'))).toThrow(RangeError);
  });
});

describe('parseDateline', () => {
  const march29 = { year: 2024, month: 3, day: 29 };
  it.each([
    ['Thứ Sáu, ngày 29 tháng 3 năm 2024', march29],
    ['thứ sáu, ngày 29 tháng 3 năm 2024', march29],
    ['THỨ SÁU, NGÀY 29 THÁNG 3 NĂM 2024', march29],
    ['Thứ sáu, 29 tháng 3 năm 2024', march29],
    ['Thu Sau, ngay 29 thang 3 nam 2024', march29],
    ['Thứ 6, 29/3/2024', march29],
    ['ngày 29 tháng 03 năm 2024', march29],
    ['29 tháng 3, 2024', march29],
    ['29/3/2024', march29],
    ['29/03/2024', march29],
    ['29-03-2024', march29],
    ['29.3.2024', march29],
    ['  Thứ Sáu,  ngày 29 tháng 3 năm 2024  ', march29],
    ['Thứ Sáu, 29/03/2024 10:30', march29],
    ['Thứ Sáu, 29/03/2024 - 10:30 (GMT+7)', march29],
    ['Chủ nhật, ngày 31 tháng 3 năm 2024', { year: 2024, month: 3, day: 31 }],
    ['Thứ Bẩy, 30/3/2024', { year: 2024, month: 3, day: 30 }],
    ['Thứ Năm, ngày 29 tháng 2 năm 2024', { year: 2024, month: 2, day: 29 }],
    ['Thứ Sa\u0301u, nga\u0300y 29 tha\u0301ng 3 na\u0306m 2024', march29],
  ])('%j', (text, expected) => {
    expect(parseDateline(text)).toEqual(expected);
  });

  it.each([
    ['', 'empty'],
    ['Chiều 3/6, Quận ủy Quận 3 tổ chức hội nghị', 'a paragraph mentioning a date'],
    ['Thứ Sáu', 'a weekday alone'],
    ['31/2/2024', 'no such day'],
    ['29/2/2023', 'not a leap year'],
    ['29/13/2024', 'no such month'],
    ['29/3/24', 'a two-digit year'],
    ['29/3-2024', 'mixed separators'],
    ['Thứ Tám, 29/3/2024', 'no such weekday'],
    ['ngày 29 tháng 3 năm 2024 tại Hà Nội', 'more text after the date'],
  ])('returns null for %j (%s)', (text) => {
    expect(parseDateline(text)).toBeNull();
  });

  it('reads back every dateline formatDateline writes over a year', () => {
    const start = Date.UTC(2024, 0, 1, 5);
    for (let day = 0; day < 366; day += 1) {
      const date = new Date(start + day * 86_400_000);
      expect(parseDateline(formatDateline(date))).toEqual({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() });
    }
  });
});

describe('formatCalendarDateline and calendarDateFromIso', () => {
  it('words a stored date as the portal does, the weekday from the date', () => {
    expect(formatCalendarDateline(calendarDateFromIso('2024-03-29')!)).toBe('Thứ Sáu, ngày 29 tháng 3 năm 2024');
    expect(formatCalendarDateline(calendarDateFromIso('2024-09-01')!)).toBe('Chủ Nhật, ngày 1 tháng 9 năm 2024');
    expect(formatCalendarDateline({ year: 2024, month: 2, day: 29 })).toBe('Thứ Năm, ngày 29 tháng 2 năm 2024');
  });

  it('reads only YYYY-MM-DD of a date that exists', () => {
    expect(calendarDateFromIso('2024-03-29')).toEqual({ year: 2024, month: 3, day: 29 });
    for (const value of ['2023-02-29', '2024-3-29', '29/03/2024', '2024-00-10', '']) expect(calendarDateFromIso(value)).toBeNull();
  });
});

import { foldForSearch } from './fold';

/** Weekday names as the portal writes them, Sunday first (the order of Date#getUTCDay). */
export const weekdayNames = ['Chủ Nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'] as const;

/** Vietnam keeps UTC+7 all year (no daylight saving time), so Asia/Ho_Chi_Minh is a fixed offset. */
const vietnamOffsetMilliseconds = 7 * 60 * 60 * 1000;

/** A calendar date without a time or a zone. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/**
 * The portal's dateline for an instant, in time zone Asia/Ho_Chi_Minh:
 * "Thứ Sáu, ngày 29 tháng 3 năm 2024". Throws a RangeError for an invalid Date.
 */
export function formatDateline(date: Date): string {
  const time = date.getTime();
  if (Number.isNaN(time)) throw new RangeError('formatDateline: the date is invalid');
  const local = new Date(time + vietnamOffsetMilliseconds);
  const weekday = weekdayNames[local.getUTCDay()]!;
  return `${weekday}, ngày ${local.getUTCDate()} tháng ${local.getUTCMonth() + 1} năm ${local.getUTCFullYear()}`;
}

// Matched against the folded line (no marks, đ to d, lower case), so any case and missing accents pass.
const weekday = String.raw`(?:chu nhat|cn|thu (?:hai|ba|tu|nam|sau|bay|[2-7])|t[2-7])`;
const trailingTime = String.raw`(?:\s*(?:[,|–—-]|luc)?\s*\d{1,2}(?::|h)\d{2}(?::\d{2})?(?:\s*(?:am|pm|sa|ch))?(?:\s*\(?(?:gmt|utc)\s*\+\s*0?7(?::?00)?\)?)?)?`;
const wordsForm = new RegExp(
  String.raw`^(?:${weekday}\s*[,.-]?\s*)?(?:ngay\s+)?(\d{1,2})\s+thang\s+(\d{1,2})\s*(?:,\s*)?(?:nam\s+)?(\d{4})${trailingTime}$`,
);
const numericForm = new RegExp(
  String.raw`^(?:${weekday}\s*[,.-]?\s*)?(?:ngay\s+)?(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4})${trailingTime}$`,
);

/**
 * Reads a dateline line as the importer meets it: "Thứ Sáu, ngày 29 tháng 3 năm 2024" in any case,
 * with or without accents, the weekday or "ngày"; "29/3/2024", "29-03-2024", "29.3.2024"; optionally
 * followed by a time ("10:30", "10:30 (GMT+7)"). The weekday, when present, is not checked against
 * the date. Returns null when the whole line is not a dateline or the date does not exist.
 */
export function parseDateline(text: string): CalendarDate | null {
  const line = foldForSearch(text).replace(/\s+/g, ' ').trim();
  if (line.length === 0 || line.length > 120) return null;
  const words = wordsForm.exec(line);
  if (words) return calendarDate(Number(words[3]), Number(words[2]), Number(words[1]));
  const numeric = numericForm.exec(line);
  if (numeric) return calendarDate(Number(numeric[4]), Number(numeric[3]), Number(numeric[1]));
  return null;
}

function calendarDate(year: number, month: number, day: number): CalendarDate | null {
  if (month < 1 || month > 12 || day < 1 || year < 1000) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  return { year, month, day };
}

/** The calendar date of 'YYYY-MM-DD' (an article's Ngày), or null when it is not one that exists. */
export function calendarDateFromIso(value: string): CalendarDate | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return match ? calendarDate(Number(match[1]), Number(match[2]), Number(match[3])) : null;
}

/**
 * The portal's dateline for a calendar date: "Thứ Sáu, ngày 29 tháng 3 năm 2024" for 2024-03-29.
 * The day is the one written, whatever the time zone.
 */
export function formatCalendarDateline(date: CalendarDate): string {
  const weekday = weekdayNames[new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay()]!;
  return `${weekday}, ngày ${date.day} tháng ${date.month} năm ${date.year}`;
}

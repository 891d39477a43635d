import type { Language } from '../../shared/model/settings';

function twoDigits(value: number): string {
  return String(value).padStart(2, '0');
}

function toDate(timestamp: string | Date): Date {
  return typeof timestamp === 'string' ? new Date(timestamp) : timestamp;
}

/** "10:32": hours and minutes, local time, 24-hour clock. */
export function formatClockTime(timestamp: string | Date): string {
  const date = toDate(timestamp);
  return `${twoDigits(date.getHours())}:${twoDigits(date.getMinutes())}`;
}

/** English month abbreviations, fixed (not from Intl, whose output varies with the ICU version). */
const englishMonths = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * The one way the interface writes a moment, local time, in the interface language:
 * Vietnamese "09:05, 02/12/2026" (the day first), English "2 Dec 2026, 09:05".
 * A timestamp that is not a date is returned as it came.
 */
export function formatDateTime(timestamp: string | Date, language: Language = 'vi'): string {
  const date = toDate(timestamp);
  if (Number.isNaN(date.getTime())) return typeof timestamp === 'string' ? timestamp : '';
  const clock = formatClockTime(date);
  if (language === 'en') return `${date.getDate()} ${englishMonths[date.getMonth()]} ${date.getFullYear()}, ${clock}`;
  return `${clock}, ${twoDigits(date.getDate())}/${twoDigits(date.getMonth() + 1)}/${date.getFullYear()}`;
}

import type { CalendarDate } from '../../../shared/model/import';
import { parseDateline } from '../../../shared/text/dateline';
import { countWords } from '../../../shared/text/word-count';

const maximumDatelineWords = 16;

/**
 * The date of a line that is a dateline and little else ("Thứ Sáu, ngày 29 tháng 3 năm 2024",
 * possibly followed by a time). A paragraph that merely mentions a date is not a dateline.
 */
export function readDatelineLine(line: string): CalendarDate | null {
  const text = line.replace(/\s+/gu, ' ').trim();
  if (text.length === 0 || countWords(text) > maximumDatelineWords) return null;
  return parseDateline(text);
}

/** "2024-03-29", as warnings show a date. */
export function formatCalendarDate(date: CalendarDate): string {
  const pad = (value: number, width: number) => String(value).padStart(width, '0');
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

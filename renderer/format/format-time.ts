function twoDigits(value: number): string {
  return String(value).padStart(2, '0');
}

/** "10:32": hours and minutes, local time, 24-hour clock. */
export function formatClockTime(timestamp: string | Date): string {
  const date = typeof timestamp === 'string' ? new Date(timestamp) : timestamp;
  return `${twoDigits(date.getHours())}:${twoDigits(date.getMinutes())}`;
}

/** "10:32 29/03/2024": local time, the day first as Vietnamese writes dates. */
export function formatDateTime(timestamp: string | Date): string {
  const date = typeof timestamp === 'string' ? new Date(timestamp) : timestamp;
  return `${formatClockTime(date)} ${twoDigits(date.getDate())}/${twoDigits(date.getMonth() + 1)}/${date.getFullYear()}`;
}

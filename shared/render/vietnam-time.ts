const vietnamOffsetMilliseconds = 7 * 60 * 60 * 1000;
const two = (value: number) => String(value).padStart(2, '0');

/** An instant written in Vietnam's time (UTC+7 all year): "2024-03-29T14:05:00+07:00". Null for an invalid timestamp. */
export function vietnamTimestamp(iso: string): string | null {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return null;
  const local = new Date(time + vietnamOffsetMilliseconds);
  return (
    `${local.getUTCFullYear()}-${two(local.getUTCMonth() + 1)}-${two(local.getUTCDate())}` +
    `T${two(local.getUTCHours())}:${two(local.getUTCMinutes())}:${two(local.getUTCSeconds())}+07:00`
  );
}

/**
 * When an article was published, in Vietnam's time: its date (Ngày) at the time of day it was
 * created when that was the same day, else at midnight; without a date, when it was created.
 */
export function publishedTimestamp(article: { date: string | null; createdAt: string }): string | null {
  const created = vietnamTimestamp(article.createdAt);
  if (article.date === null || !/^\d{4}-\d{2}-\d{2}$/.test(article.date)) return created;
  if (created?.startsWith(`${article.date}T`)) return created;
  return `${article.date}T00:00:00+07:00`;
}

/** "29/3/2024 14:05" for a comment's time, in Vietnam's time. */
export function shortVietnamTime(iso: string): string | null {
  const stamp = vietnamTimestamp(iso);
  if (!stamp) return null;
  const [, year, month, day, hour, minute] = /^(\d+)-(\d+)-(\d+)T(\d+):(\d+)/.exec(stamp)!;
  return `${Number(day)}/${Number(month)}/${year} ${hour}:${minute}`;
}

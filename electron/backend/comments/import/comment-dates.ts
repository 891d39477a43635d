const canonicalIso = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/u;

/**
 * A time as comment files write it, to ISO 8601 UTC ("2024-03-01T03:15:00.000Z"), or null when it
 * is not one: "2024-03-01T10:15:00+07:00", "…Z", "2024-03-01 10:15:00" (a space for the T), with or
 * without seconds and fractions. A time without a zone is taken as `zoneWithout` ("Z" for UTC,
 * "+07:00" for Vietnam time).
 */
export function isoTime(value: string, zoneWithout: 'Z' | '+07:00'): string | null {
  // Already in the stored form (most exports): one parse proves it is a real time.
  if (value.length === 24 && canonicalIso.test(value)) {
    const time = Date.parse(value);
    return !Number.isNaN(time) && new Date(time).toISOString() === value ? value : null;
  }
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/iu.exec(value.trim());
  if (!match) return null;
  const [, year, month, day, hour = '00', minute = '00', second = '00', fraction = '', zone] = match;
  const milliseconds = fraction ? fraction.slice(1, 4).padEnd(3, '0') : '000';
  const offset = zone === undefined ? zoneWithout : zone.toUpperCase() === 'Z' ? 'Z' : zone.length === 5 ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone;
  const text = `${year}-${month}-${day}T${hour}:${minute}:${second}.${milliseconds}${offset}`;
  const time = Date.parse(text);
  if (Number.isNaN(time)) return null;
  // Date.parse rolls 2024-02-30 over to March: refuse dates that do not exist.
  const check = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (check.getUTCMonth() !== Number(month) - 1 || check.getUTCDate() !== Number(day) || Number(hour) > 23 || Number(minute) > 59 || Number(second) > 59) return null;
  return new Date(time).toISOString();
}

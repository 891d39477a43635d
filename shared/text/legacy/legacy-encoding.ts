/** The legacy encodings Newsdesk can detect and convert to Unicode. */
export const legacyEncodings = ['tcvn3', 'vni', 'viqr', 'cp1252'] as const;
export type LegacyEncoding = (typeof legacyEncodings)[number];

/** What a caller may ask to convert from: one encoding, or 'auto' to detect it. */
export type LegacySource = LegacyEncoding | 'auto';

/** Whether a string names a legacy encoding or 'auto' (for command-line and API input). */
export function isLegacySource(value: string): value is LegacySource {
  return value === 'auto' || (legacyEncodings as readonly string[]).includes(value);
}

/** How each encoding is named to people. */
export const legacyEncodingNames: Readonly<Record<LegacyEncoding, string>> = {
  tcvn3: 'TCVN3 (ABC)',
  vni: 'VNI-Windows',
  viqr: 'VIQR',
  cp1252: 'UTF-8 read as Windows-1252',
};

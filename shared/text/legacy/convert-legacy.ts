import { detectLegacyEncoding } from './detect-legacy-encoding';
import type { LegacyEncoding, LegacySource } from './legacy-encoding';
import { decodeTcvn3 } from './tcvn3';
import { repairUtf8Mojibake } from './utf8-mojibake';
import { decodeViqr } from './viqr';
import { decodeVni } from './vni';
import { decodeWindows1252 } from './windows-1252';

/** The result of a conversion: NFC text and the encoding it was converted from (null: none, text only normalised). */
export interface LegacyConversion {
  text: string;
  encoding: LegacyEncoding | null;
}

const decoders: Readonly<Record<LegacyEncoding, (text: string) => string>> = {
  tcvn3: decodeTcvn3,
  vni: decodeVni,
  viqr: decodeViqr,
  cp1252: repairUtf8Mojibake,
};

/**
 * Converts text in a legacy encoding to NFC Unicode. With 'auto' the encoding is detected first
 * (`detectLegacyEncoding`); when nothing is detected the text comes back only normalised to NFC,
 * with encoding null. Soft hyphens are never stripped: in TCVN3 they are the letter ư.
 */
export function convertLegacy(text: string, from: LegacySource): LegacyConversion {
  const encoding = from === 'auto' ? detectLegacyEncoding(text).encoding : from;
  if (encoding === null) return { text: text.normalize('NFC'), encoding: null };
  return { text: decoders[encoding](text), encoding };
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * Turns the bytes of a text file into a string: UTF-16 when it starts with a UTF-16 byte-order
 * mark; UTF-8 when the bytes are valid UTF-8 (a byte-order mark is dropped); otherwise
 * Windows-1252, one character per byte, which is how TCVN3 and VNI files must be read.
 */
export function decodeTextBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return decodeWindows1252(bytes);
  }
}

/**
 * Converts the bytes of a legacy-encoded file to NFC Unicode. The bytes are read with
 * `decodeTextBytes`, so both a raw TCVN3 or VNI file (not valid UTF-8: read one character per
 * byte) and one whose legacy text was saved again as UTF-8 convert; then as `convertLegacy`.
 */
export function decodeLegacyBytes(bytes: Uint8Array, from: LegacySource): LegacyConversion {
  return convertLegacy(decodeTextBytes(bytes), from);
}

import iconv from 'iconv-lite';
import type { ImportWarning } from '../../../shared/model/import';
import { decodeTextBytes } from '../../../shared/text/legacy-encodings';
import { importWarning } from './import-warnings';

/** A text file's content as a string, and how it was read when that was not plain UTF-8. */
export interface DecodedText {
  text: string;
  warnings: ImportWarning[];
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

/** The charset an HTML file declares in a <meta> near its start, lower case, or null. */
export function declaredHtmlCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const match = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/iu.exec(head);
  return match?.[1]?.toLowerCase() ?? null;
}

/**
 * Reads a text file's bytes: by its byte-order mark (UTF-8, UTF-16), as UTF-8 when valid, else in
 * the charset the file declares (an HTML <meta charset>), else one character per byte as
 * Windows-1252, which is how TCVN3 and VNI files read (their conversion to Unicode comes after).
 */
export function decodeTextFile(bytes: Uint8Array, declaredCharset: string | null = null): DecodedText {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), warnings: [] };
  if (startsWith(bytes, [0xff, 0xfe])) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), warnings: [] };
  if (startsWith(bytes, [0xfe, 0xff])) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), warnings: [] };
  try {
    return { text: strictUtf8.decode(bytes), warnings: [] };
  } catch {
    // Not UTF-8: read below in the declared or the legacy single-byte way.
  }
  if (declaredCharset && !/^utf-?8$/u.test(declaredCharset) && iconv.encodingExists(declaredCharset)) {
    return { text: iconv.decode(Buffer.from(bytes), declaredCharset), warnings: [importWarning('text-decoded', declaredCharset)] };
  }
  return { text: decodeTextBytes(bytes), warnings: [importWarning('text-decoded', 'Windows-1252')] };
}

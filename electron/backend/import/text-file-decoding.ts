import iconv from 'iconv-lite';
import type { ImportWarning } from '../../../shared/model/import';
import { decodeTextBytes } from '../../../shared/text/legacy-encodings';
import { importWarning } from './import-warnings';

/** A text file's content as a string, and how it was read when that was not plain UTF-8. */
export interface DecodedText {
  text: string;
  warnings: ImportWarning[];
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

/** The charset an HTML file declares in a <meta> near its start, lower case, or null. */
export function declaredHtmlCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const match = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/iu.exec(head);
  return match?.[1]?.toLowerCase() ?? null;
}

/** Thrown when a text file decodes to more than the caller's limit of characters; decoding stopped there. */
export class TextTooLongError extends Error {
  override readonly name = 'TextTooLongError';
  constructor(readonly characterLimit: number) {
    super(`the text is longer than ${characterLimit} characters`);
  }
}

/** Bytes decoded per step: the limit is checked after each, so at most this much is decoded past it. */
const stepBytes = 1024 * 1024;

/** A streaming decoder: `decode(chunk, { stream })` as TextDecoder, iconv-lite's decoder put the same way. */
type StepDecoder = (chunk: Uint8Array, last: boolean) => string;

function textDecoderSteps(encoding: string, fatal: boolean): StepDecoder {
  const decoder = new TextDecoder(encoding, { fatal, ignoreBOM: true });
  return (chunk, last) => decoder.decode(chunk, { stream: !last });
}

function iconvSteps(charset: string): StepDecoder {
  const decoder = iconv.getDecoder(charset);
  return (chunk, last) => decoder.write(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)) + (last ? (decoder.end() ?? '') : '');
}

/** Decodes `bytes` a step at a time, stopping with a TextTooLongError as soon as the text passes `characterLimit`. */
function decodeInSteps(bytes: Uint8Array, decode: StepDecoder, characterLimit: number): string {
  const parts: string[] = [];
  let characters = 0;
  for (let offset = 0; offset < bytes.length || offset === 0; offset += stepBytes) {
    const end = Math.min(bytes.length, offset + stepBytes);
    const part = decode(bytes.subarray(offset, end), end >= bytes.length);
    characters += part.length;
    if (characters > characterLimit) throw new TextTooLongError(characterLimit);
    parts.push(part);
    if (end >= bytes.length) break;
  }
  return parts.join('');
}

/**
 * Reads a text file's bytes: by its byte-order mark (UTF-8, UTF-16), as UTF-8 when valid, else in
 * the charset the file declares (an HTML <meta charset>), else one character per byte as
 * Windows-1252, which is how TCVN3 and VNI files read (their conversion to Unicode comes after).
 * The text is decoded a megabyte at a time and refused (TextTooLongError) as soon as it passes
 * `characterLimit`, before the whole of a huge file has become a string.
 */
export function decodeTextFile(bytes: Uint8Array, declaredCharset: string | null = null, characterLimit = Number.POSITIVE_INFINITY): DecodedText {
  const decode = (from: Uint8Array, steps: StepDecoder) => decodeInSteps(from, steps, characterLimit);
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { text: decode(bytes.subarray(3), textDecoderSteps('utf-8', false)), warnings: [] };
  if (startsWith(bytes, [0xff, 0xfe])) return { text: decode(bytes.subarray(2), textDecoderSteps('utf-16le', false)), warnings: [] };
  if (startsWith(bytes, [0xfe, 0xff])) return { text: decode(bytes.subarray(2), textDecoderSteps('utf-16be', false)), warnings: [] };
  try {
    return { text: decode(bytes, textDecoderSteps('utf-8', true)), warnings: [] };
  } catch (error) {
    if (error instanceof TextTooLongError) throw error;
    // Not UTF-8: read below in the declared or the legacy single-byte way.
  }
  if (declaredCharset && !/^utf-?8$/u.test(declaredCharset) && iconv.encodingExists(declaredCharset)) {
    return { text: decode(bytes, iconvSteps(declaredCharset)), warnings: [importWarning('text-decoded', declaredCharset)] };
  }
  // One character per byte.
  if (bytes.length > characterLimit) throw new TextTooLongError(characterLimit);
  return { text: decodeTextBytes(bytes), warnings: [importWarning('text-decoded', 'Windows-1252')] };
}

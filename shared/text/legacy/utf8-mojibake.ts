import { windows1252Byte, windows1252Characters } from './windows-1252';

/** Characters that stand for UTF-8 continuation bytes (0x80-0xBF) once read as Windows-1252 or Latin-1. */
const continuationClass = (() => {
  const codes = new Set<number>();
  for (let byte = 0x80; byte < 0xc0; byte += 1) {
    codes.add(windows1252Characters[byte]!.charCodeAt(0));
    codes.add(byte);
  }
  return [...codes].map((code) => `\\u${code.toString(16).padStart(4, '0')}`).join('');
})();

/** A UTF-8 sequence of two to four bytes, each byte shown as its Windows-1252 character. */
const misreadSequence = new RegExp(
  `[\\u00c2-\\u00df][${continuationClass}]|[\\u00e0-\\u00ef][${continuationClass}]{2}|[\\u00f0-\\u00f4][${continuationClass}]{3}|[\\u00c3\\u00c6] `,
  'g',
);

/**
 * Decodes one misread sequence back to the character UTF-8 meant, or undefined when the bytes are
 * not a well-formed sequence. A lead "Ã" or "Æ" followed by a plain space stands for "à" or "Ơ"
 * whose no-break-space byte (0xA0) became a space when the text was copied.
 */
function decodeSequence(sequence: string): string | undefined {
  const bytes: number[] = [];
  for (let index = 0; index < sequence.length; index += 1) {
    const byte = windows1252Byte(sequence.charCodeAt(index));
    if (byte === undefined) return undefined;
    bytes.push(byte === 0x20 && index === 1 ? 0xa0 : byte);
  }
  const [lead = 0, ...continuation] = bytes;
  let codePoint: number;
  let minimum: number;
  if (continuation.length === 1) {
    codePoint = lead & 0x1f;
    minimum = 0x80;
  } else if (continuation.length === 2) {
    codePoint = lead & 0x0f;
    minimum = 0x800;
  } else {
    codePoint = lead & 0x07;
    minimum = 0x10000;
  }
  for (const byte of continuation) codePoint = (codePoint << 6) | (byte & 0x3f);
  if (codePoint < minimum || codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff)) return undefined;
  return String.fromCodePoint(codePoint);
}

/**
 * Repairs text that was UTF-8 but got read as Windows-1252 ("Viá»‡t" → "Việt"): every well-formed
 * UTF-8 sequence spelled in Windows-1252 characters is decoded, and everything else is kept. For
 * text that is wholly misread this is exact. Returns NFC.
 */
export function repairUtf8Mojibake(text: string): string {
  return (repairWhole(text) ?? text.replace(misreadSequence, (sequence) => decodeSequence(sequence) ?? sequence)).normalize('NFC');
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** The fast path: text whose every character is a Windows-1252 byte and whose bytes are valid UTF-8. */
function repairWhole(text: string): string | undefined {
  const bytes = new Uint8Array(text.length);
  for (let index = 0; index < text.length; index += 1) {
    const byte = windows1252Byte(text.charCodeAt(index));
    if (byte === undefined) return undefined;
    bytes[index] = byte;
  }
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return undefined;
  }
}

/** How much of a text reads as misread UTF-8. */
export interface MojibakeEvidence {
  /** Well-formed sequences that decode to a character outside ASCII. */
  sequences: number;
  /** Of those, three-byte sequences that decode to a Vietnamese letter with two marks (U+1EA0-U+1EF9), such as "á»‡". */
  vietnameseThreeByte: number;
}

/** Counts misread UTF-8 sequences in a text, for detection. Sequences relying on a copied space are not counted. */
export function measureUtf8Mojibake(text: string): MojibakeEvidence {
  let sequences = 0;
  let vietnameseThreeByte = 0;
  for (const match of text.matchAll(misreadSequence)) {
    if (match[0].endsWith(' ')) continue;
    const character = decodeSequence(match[0]);
    if (character === undefined) continue;
    sequences += 1;
    const code = character.codePointAt(0)!;
    if (match[0].length === 3 && code >= 0x1ea0 && code <= 0x1ef9) vietnameseThreeByte += 1;
  }
  return { sequences, vietnameseThreeByte };
}

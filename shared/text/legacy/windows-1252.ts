import { stringFromCodeUnits } from './code-units';

/** The characters Windows-1252 puts at bytes 0x80-0x9F; null where the code page leaves a byte undefined. */
const highControlRange: readonly (number | null)[] = [
  0x20ac, null, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, null, 0x017d, null,
  null, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, null, 0x017e, 0x0178,
];

/**
 * The character of each byte in Windows-1252. The five undefined bytes map to the C1 control of the
 * same value, as browsers and Windows do.
 */
export const windows1252Characters: readonly string[] = Array.from({ length: 256 }, (_, byte) =>
  String.fromCharCode(byte >= 0x80 && byte < 0xa0 ? (highControlRange[byte - 0x80] ?? byte) : byte),
);

const characterCodes = Uint16Array.from(windows1252Characters, (character) => character.charCodeAt(0));

const byteByHighCharacterCode = new Map<number, number>();
for (let byte = 0x80; byte < 0xa0; byte += 1) byteByHighCharacterCode.set(windows1252Characters[byte]!.charCodeAt(0), byte);

/**
 * The Windows-1252 byte a character came from, or undefined. Text read as Latin-1 instead shows
 * bytes 0x80-0x9F as C1 controls: those count as their bytes too.
 */
export function windows1252Byte(characterCode: number): number | undefined {
  return characterCode < 0x100 ? characterCode : byteByHighCharacterCode.get(characterCode);
}

/** Decodes bytes as Windows-1252: every byte becomes one character. */
export function decodeWindows1252(bytes: Uint8Array): string {
  const units = new Uint16Array(bytes.length);
  for (let index = 0; index < bytes.length; index += 1) units[index] = characterCodes[bytes[index]!]!;
  return stringFromCodeUnits(units, units.length);
}

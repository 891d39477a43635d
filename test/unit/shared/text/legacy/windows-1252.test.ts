import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeWindows1252, windows1252Byte, windows1252Characters } from '../../../../../shared/text/legacy/windows-1252';

const undefinedBytes = [0x81, 0x8d, 0x8f, 0x90, 0x9d];

describe('windows1252Characters', () => {
  it('matches iconv-lite for every defined byte and keeps the C1 control for the five undefined ones', () => {
    for (let byte = 0; byte < 256; byte += 1) {
      const expected = undefinedBytes.includes(byte) ? String.fromCharCode(byte) : iconv.decode(Buffer.from([byte]), 'windows-1252');
      expect(windows1252Characters[byte], `byte 0x${byte.toString(16)}`).toBe(expected);
    }
  });
});

describe('windows1252Byte', () => {
  it('gives back the byte of every character', () => {
    for (let byte = 0; byte < 256; byte += 1) expect(windows1252Byte(windows1252Characters[byte]!.charCodeAt(0))).toBe(byte);
  });

  it.each([
    ['a C1 control, as Latin-1 readers show byte 0x80', 0x80, 0x80],
    ['€', 0x20ac, 0x80],
    ['“', 0x201c, 0x93],
    ['ệ is not in Windows-1252', 0x1ec7, undefined],
  ])('%s', (_name, code, expected) => {
    expect(windows1252Byte(code)).toBe(expected);
  });
});

describe('decodeWindows1252', () => {
  it('decodes one character per byte, across chunk boundaries', () => {
    const bytes = Uint8Array.from({ length: 20_000 }, (_, index) => index % 256);
    const text = decodeWindows1252(bytes);
    expect(text).toHaveLength(20_000);
    expect(text[0x80]).toBe('€');
    expect(text[256 + 0x93]).toBe('“');
    expect(text.at(-1)).toBe(windows1252Characters[19_999 % 256]);
  });
});

import { describe, expect, it } from 'vitest';
import { CodeUnitWriter, stringFromCodeUnits } from '../../../../../shared/text/legacy/code-units';

describe('stringFromCodeUnits', () => {
  it.each([
    ['nothing', [], 0, ''],
    ['the first units only', [0x51, 0x75, 0x1ead, 0x6e], 3, 'Quậ'],
    ['a surrogate pair', [0xd83d, 0xde00], 2, '😀'],
    ['a lone surrogate kept as it is', [0x61, 0xd800, 0x62], 3, 'a\ud800b'],
  ])('%s', (_name, units, length, expected) => {
    expect(stringFromCodeUnits(Uint16Array.from(units), length)).toBe(expected);
  });

  it('joins chunks without losing or repeating a unit', () => {
    const units = Uint16Array.from({ length: 50_000 }, (_, index) => 0x4e00 + (index % 20_000));
    const text = stringFromCodeUnits(units, units.length);
    expect(text).toHaveLength(50_000);
    for (const index of [0, 8191, 8192, 8193, 16_384, 49_999]) expect(text.charCodeAt(index)).toBe(units[index]);
  });
});

describe('CodeUnitWriter', () => {
  it('appends slices and whole strings in order, lone surrogates included', () => {
    const writer = new CodeUnitWriter(4);
    writer.appendSlice('xxQuậnxx', 2, 6);
    writer.append(' ');
    writer.append('\ud800😀');
    writer.appendSlice('abc', 1, 1);
    expect(writer.toString()).toBe('Quận \ud800😀');
  });

  it('grows past the length it expected', () => {
    const writer = new CodeUnitWriter(1);
    const pieces = Array.from({ length: 3000 }, (_, index) => `từ ${index} `);
    for (const piece of pieces) writer.append(piece);
    expect(writer.toString()).toBe(pieces.join(''));
  });

  it('gives an empty string when nothing was appended', () => {
    expect(new CodeUnitWriter(0).toString()).toBe('');
  });
});

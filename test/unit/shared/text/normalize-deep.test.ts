import { describe, expect, it } from 'vitest';
import { firstCharacterNfcMayChange, normalizeDeep } from '../../../../shared/text/normalize';

describe('normalizeDeep', () => {
  it('composes every string and key, deeply, in a copy', () => {
    const nfd = (value: string) => value.normalize('NFD');
    const input = { [nfd('tiêu đề')]: nfd('Hòa'), list: [nfd('ủy'), 3, true, null, { inner: nfd('Đảng') }] };
    const output = normalizeDeep(input);
    expect(output).toEqual({ 'tiêu đề': 'Hòa', list: ['ủy', 3, true, null, { inner: 'Đảng' }] });
    expect(input.list[0]).toBe(nfd('ủy'));
    expect(output).not.toBe(input);
  });

  it('composes a long string whose only decomposed letter comes late, and shares a long string below U+0300 (a file in base64)', () => {
    const late = `${'a'.repeat(1000)}${'ủy'.normalize('NFD')}`;
    expect(normalizeDeep({ late }).late).toBe(`${'a'.repeat(1000)}ủy`);
    const base64 = { data: Buffer.alloc(100_000, 7).toString('base64') };
    expect(normalizeDeep(base64)).toBe(base64);
  });

  it('shares what needs no change, and copies only the objects on the way to a change', () => {
    const untouched = { a: ['Thành ủy', 1], b: { c: 'x' } };
    expect(normalizeDeep(untouched)).toBe(untouched);
    const input = { same: { c: 'x' }, changed: { d: 'Hòa'.normalize('NFD') }, list: [{ e: 1 }, 'ủy'.normalize('NFD')] };
    const output = normalizeDeep(input) as typeof input;
    expect(output.same).toBe(input.same);
    expect(output.changed).not.toBe(input.changed);
    expect(output.changed.d).toBe('Hòa');
    expect(output.list[0]).toBe(input.list[0]);
    expect(output.list[1]).toBe('ủy');
  });

  it('leaves objects that are not plain as they are, for the schema to refuse', () => {
    const date = new Date(0);
    const bytes = new Uint8Array([1]);
    expect((normalizeDeep({ date, bytes }) as { date: Date; bytes: Uint8Array }).date).toBe(date);
    expect((normalizeDeep({ date, bytes }) as { date: Date; bytes: Uint8Array }).bytes).toBe(bytes);
  });

  it('composes short and long strings whatever comes before the first combining mark', () => {
    const shortDecomposed = `${'a'.repeat(20)}e\u0301`;
    const longDecomposed = `${'a'.repeat(100)}e\u0301`;
    expect(normalizeDeep({ [shortDecomposed]: shortDecomposed, long: longDecomposed })).toEqual({ [`${'a'.repeat(20)}é`]: `${'a'.repeat(20)}é`, long: `${'a'.repeat(100)}é` });
  });

  it('may skip strings made of characters below the first one NFC could change, because every pair of them is NFC', () => {
    const unstable: string[] = [];
    for (let first = 0; first < firstCharacterNfcMayChange; first += 1) {
      for (let second = 0; second < firstCharacterNfcMayChange; second += 1) {
        const pair = String.fromCharCode(first, second);
        if (pair.normalize('NFC') !== pair) unstable.push(pair);
      }
    }
    expect(unstable).toEqual([]);
    expect(String.fromCharCode(firstCharacterNfcMayChange - 1, firstCharacterNfcMayChange).normalize('NFC')).toHaveLength(2);
    expect(`e${String.fromCharCode(firstCharacterNfcMayChange + 1)}`.normalize('NFC')).toBe('é');
  });
});

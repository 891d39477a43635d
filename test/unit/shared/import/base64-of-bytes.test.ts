import { describe, expect, it } from 'vitest';
import { base64OfBytes } from '../../../../shared/import/base64-of-bytes';

function bytesOfLength(length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  for (let index = 0; index < length; index += 1) bytes[index] = (index * 131 + 7) % 256;
  return bytes;
}

describe('base64OfBytes', () => {
  it.each([0, 1, 2, 3, 4, 5, 6, 24_575, 24_576, 24_577, 100_000])('matches Node for %i bytes', (length) => {
    const bytes = bytesOfLength(length);
    expect(base64OfBytes(bytes)).toBe(Buffer.from(bytes).toString('base64'));
  });

  it('encodes a view into a larger buffer, not the whole buffer', () => {
    const whole = bytesOfLength(1000);
    const view = whole.subarray(10, 20);
    expect(base64OfBytes(view)).toBe(Buffer.from(view).toString('base64'));
  });

  it('encodes 30 MB in one go', () => {
    const bytes = bytesOfLength(30 * 1024 * 1024);
    const encoded = base64OfBytes(bytes);
    expect(encoded.length).toBe(Math.ceil(bytes.length / 3) * 4);
    expect(encoded).toBe(Buffer.from(bytes).toString('base64'));
  });
});

const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const alphabetCodes = Uint8Array.from(alphabet, (character) => character.charCodeAt(0));
const paddingCode = '='.charCodeAt(0);

/**
 * The base64 of `bytes`, without Node's Buffer (the page has none) and without one call per byte:
 * the characters are written as ASCII codes into one array, then decoded at once (under Node,
 * several times faster than `btoa` over chunks; a 50 MB file takes a fraction of a second).
 */
export function base64OfBytes(bytes: Uint8Array): string {
  const length = bytes.length;
  const wholeGroups = length - (length % 3);
  const output = new Uint8Array(Math.ceil(length / 3) * 4);
  let at = 0;
  for (let index = 0; index < wholeGroups; index += 3) {
    const group = (bytes[index]! << 16) | (bytes[index + 1]! << 8) | bytes[index + 2]!;
    output[at++] = alphabetCodes[group >>> 18]!;
    output[at++] = alphabetCodes[(group >>> 12) & 63]!;
    output[at++] = alphabetCodes[(group >>> 6) & 63]!;
    output[at++] = alphabetCodes[group & 63]!;
  }
  if (length - wholeGroups > 0) {
    const second = length - wholeGroups === 2;
    const group = (bytes[wholeGroups]! << 16) | (second ? bytes[wholeGroups + 1]! << 8 : 0);
    output[at] = alphabetCodes[group >>> 18]!;
    output[at + 1] = alphabetCodes[(group >>> 12) & 63]!;
    output[at + 2] = second ? alphabetCodes[(group >>> 6) & 63]! : paddingCode;
    output[at + 3] = paddingCode;
  }
  return new TextDecoder().decode(output);
}

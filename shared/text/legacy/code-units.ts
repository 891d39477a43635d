const chunkLength = 8192;

/** The string of the first `length` UTF-16 code units in `units`, lone surrogates included. */
export function stringFromCodeUnits(units: Uint16Array, length: number): string {
  let text = '';
  for (let start = 0; start < length; start += chunkLength) {
    const chunk = units.subarray(start, Math.min(length, start + chunkLength));
    // apply takes any array-like; spreading a typed array is several times slower.
    text += String.fromCharCode.apply(null, chunk as unknown as number[]);
  }
  return text;
}

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

/**
 * Builds a long string from many pieces in one typed array. Concatenating a megabyte piece by
 * piece makes hundreds of thousands of short-lived strings, and collecting them costs more than
 * the conversion that produces them.
 */
export class CodeUnitWriter {
  private units: Uint16Array;
  private length = 0;

  constructor(expectedLength: number) {
    this.units = new Uint16Array(Math.max(16, expectedLength));
  }

  /** Appends `text` from index `from` up to, not including, `to`. */
  appendSlice(text: string, from: number, to: number): void {
    this.reserve(to - from);
    const units = this.units;
    let length = this.length;
    for (let index = from; index < to; index += 1) units[length++] = text.charCodeAt(index);
    this.length = length;
  }

  append(text: string): void {
    this.appendSlice(text, 0, text.length);
  }

  toString(): string {
    return stringFromCodeUnits(this.units, this.length);
  }

  private reserve(count: number): void {
    if (this.length + count <= this.units.length) return;
    const grown = new Uint16Array(Math.max(this.units.length * 2, this.length + count));
    grown.set(this.units.subarray(0, this.length));
    this.units = grown;
  }
}

// ZIP archives written byte by byte, to declare what a real writer never would (sizes that lie, ZIP64
// records), and helpers to damage real ones. Stored entries, or deflate data made by the caller.

export interface CraftedEntry {
  name: string;
  data: Uint8Array;
  /**
   * The uncompressed size both headers declare.
   * @default data.length
   */
  declaredSize?: number;
  /** Write the sizes and offset as 0xFFFFFFFF with the real values in ZIP64 extra fields. */
  zip64?: boolean;
  /** `data` is raw deflate data (method 8) of bytes with this CRC-32; give their size as `declaredSize` (or a lie). */
  deflatedCrc?: number;
}

export interface CraftedZipOptions {
  /** End the archive with a ZIP64 end record and locator, the classic end record holding only markers. */
  zip64End?: boolean;
}

const crcTable = Array.from({ length: 256 }, (_, index) => {
  let value = index;
  for (let bit = 0; bit < 8; bit += 1) value = value & 1 ? 0xedb88320 ^ (value >>> 1) : value >>> 1;
  return value >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = crcTable[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** Little-endian bytes, appended field by field. */
class ByteWriter {
  private readonly parts: number[] = [];

  get length(): number {
    return this.parts.length;
  }

  uint16(value: number): this {
    this.parts.push(value & 0xff, (value >>> 8) & 0xff);
    return this;
  }

  uint32(value: number): this {
    this.parts.push(value & 0xff, (value >>> 8) & 0xff, (value >>> 16) & 0xff, (value >>> 24) & 0xff);
    return this;
  }

  uint64(value: number): this {
    return this.uint32(value % 2 ** 32).uint32(Math.floor(value / 2 ** 32));
  }

  bytes(bytes: Uint8Array): this {
    for (const byte of bytes) this.parts.push(byte);
    return this;
  }

  toBytes(): Uint8Array {
    return Uint8Array.from(this.parts);
  }
}

const marker32 = 0xffffffff;

/** A ZIP archive of stored entries, declaring the sizes asked for. */
export function craftZip(entries: readonly CraftedEntry[], options: CraftedZipOptions = {}): Uint8Array {
  const writer = new ByteWriter();
  const central = new ByteWriter();
  for (const entry of entries) {
    const name = new TextEncoder().encode(entry.name);
    const uncompressed = entry.declaredSize ?? entry.data.length;
    const compressed = entry.data.length;
    const localOffset = writer.length;
    const version = entry.zip64 ? 45 : 20;
    const crc = entry.deflatedCrc ?? crc32(entry.data);
    const method = entry.deflatedCrc === undefined ? 0 : 8;

    writer.uint32(0x04034b50).uint16(version).uint16(0x0800).uint16(method).uint16(0).uint16(0x21).uint32(crc);
    if (entry.zip64) writer.uint32(marker32).uint32(marker32);
    else writer.uint32(compressed).uint32(uncompressed);
    writer.uint16(name.length).uint16(entry.zip64 ? 20 : 0).bytes(name);
    if (entry.zip64) writer.uint16(0x0001).uint16(16).uint64(uncompressed).uint64(compressed);
    writer.bytes(entry.data);

    central.uint32(0x02014b50).uint16(version).uint16(version).uint16(0x0800).uint16(method).uint16(0).uint16(0x21).uint32(crc);
    if (entry.zip64) central.uint32(marker32).uint32(marker32);
    else central.uint32(compressed).uint32(uncompressed);
    central.uint16(name.length).uint16(entry.zip64 ? 28 : 0).uint16(0).uint16(0).uint16(0).uint32(0);
    central.uint32(entry.zip64 ? marker32 : localOffset).bytes(name);
    if (entry.zip64) central.uint16(0x0001).uint16(24).uint64(uncompressed).uint64(compressed).uint64(localOffset);
  }
  const directoryOffset = writer.length;
  const directory = central.toBytes();
  writer.bytes(directory);
  if (options.zip64End) {
    const recordOffset = writer.length;
    writer.uint32(0x06064b50).uint64(44).uint16(45).uint16(45).uint32(0).uint32(0);
    writer.uint64(entries.length).uint64(entries.length).uint64(directory.length).uint64(directoryOffset);
    writer.uint32(0x07064b50).uint32(0).uint64(recordOffset).uint32(1);
    writer.uint32(0x06054b50).uint16(0xffff).uint16(0xffff).uint16(0xffff).uint16(0xffff).uint32(marker32).uint32(marker32).uint16(0);
  } else {
    writer.uint32(0x06054b50).uint16(0).uint16(0).uint16(entries.length).uint16(entries.length).uint32(directory.length).uint32(directoryOffset).uint16(0);
  }
  return writer.toBytes();
}

/** Where a 4-byte little-endian signature last occurs in `bytes`, or -1. */
export function lastSignature(bytes: Uint8Array, signature: number): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let offset = bytes.length - 4; offset >= 0; offset -= 1) {
    if (view.getUint32(offset, true) === signature) return offset;
  }
  return -1;
}

/** Every offset of a 4-byte little-endian signature in `bytes`. */
export function signatureOffsets(bytes: Uint8Array, signature: number): number[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const offsets: number[] = [];
  for (let offset = 0; offset + 4 <= bytes.length; offset += 1) {
    if (view.getUint32(offset, true) === signature) offsets.push(offset);
  }
  return offsets;
}

/** A copy of `bytes` with the little-endian field of `size` bytes at `offset` set to `value`. */
export function patched(bytes: Uint8Array, offset: number, size: 2 | 4, value: number): Uint8Array {
  const copy = bytes.slice();
  const view = new DataView(copy.buffer);
  if (size === 2) view.setUint16(offset, value, true);
  else view.setUint32(offset, value, true);
  return copy;
}

export const zipSignatures = {
  localHeader: 0x04034b50,
  centralHeader: 0x02014b50,
  endOfCentralDirectory: 0x06054b50,
} as const;

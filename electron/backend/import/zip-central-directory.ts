/** One file of a ZIP archive, as its central directory declares it. */
export interface ZipEntry {
  /** The entry's path in the archive, e.g. 'word/document.xml' (UTF-8 when the archive says so, else read byte by byte). */
  name: string;
  compressedSize: number;
  uncompressedSize: number;
  /** How the data is compressed: 0 stored, 8 deflated (the only two Word writes). */
  method: number;
  /** Where the entry's data starts in the archive, after its local header. */
  dataOffset: number;
}

/** What a ZIP archive's central directory declares. */
export interface ZipCentralDirectory {
  entries: ZipEntry[];
  /** The sum of the entries' uncompressed sizes: what the archive would take once unpacked. */
  uncompressedBytes: number;
  /** Whether the archive uses ZIP64 records. */
  zip64: boolean;
}

/** Why the central directory cannot be trusted to say what the archive holds. */
export type ZipDirectoryProblem =
  /** No end of central directory record in the last 65,557 bytes: not a ZIP archive, or cut short. */
  | 'no-end-record'
  /** A record, or an entry's data, runs past the end of the file. */
  | 'truncated'
  /** Records that contradict one another, are not where they should be, or overlap. */
  | 'inconsistent'
  /** The end record counts more or fewer entries than the directory holds. */
  | 'entry-count-mismatch'
  /** A size or offset says "see the ZIP64 record" and there is none. */
  | 'zip64-missing'
  /** An archive split over several disks. */
  | 'split-archive';

export class ZipDirectoryError extends Error {
  override readonly name = 'ZipDirectoryError';
  constructor(
    readonly problem: ZipDirectoryProblem,
    message: string,
  ) {
    super(message);
  }
}

const signatures = {
  localHeader: 0x04034b50,
  centralHeader: 0x02014b50,
  endOfCentralDirectory: 0x06054b50,
  zip64EndOfCentralDirectory: 0x06064b50,
  zip64Locator: 0x07064b50,
} as const;

const endRecordBytes = 22;
const zip64LocatorBytes = 20;
const zip64EndRecordBytes = 56;
const centralHeaderBytes = 46;
const localHeaderBytes = 30;
const maximumCommentBytes = 0xffff;
const zip64ExtraFieldId = 0x0001;
/** The value of a 16-bit field whose real value is in the ZIP64 records. */
const marker16 = 0xffff;
/** The value of a 32-bit field whose real value is in the ZIP64 records. */
const marker32 = 0xffffffff;
/** General purpose flag: sizes and CRC follow the data, and the local header may hold zeros. */
const dataDescriptorFlag = 0x0008;
/** General purpose flag: the name is UTF-8. */
const utf8NameFlag = 0x0800;

/**
 * Reads the central directory of a ZIP archive, without unpacking anything and without trusting a
 * library's reading of it: finds the end of central directory record (and the ZIP64 end record
 * when the archive has one), reads every central directory entry, and checks each against its
 * local header. Throws a ZipDirectoryError whenever the directory cannot be relied on to say how
 * large the archive is unpacked: missing, truncated, inconsistent, split, or pointing at ZIP64
 * data that is not there.
 */
export function readZipCentralDirectory(bytes: Uint8Array): ZipCentralDirectory {
  const reader = new ByteReader(bytes);
  const endOffset = findEndRecord(reader);
  let location = readEndRecord(reader, endOffset);
  let zip64 = false;
  if (location.usesZip64) {
    location = readZip64EndRecord(reader, endOffset);
    zip64 = true;
  }
  const { entryCount, directoryOffset, directorySize, directoryEnd } = location;
  if (directoryOffset + directorySize !== directoryEnd) {
    throw new ZipDirectoryError(
      'inconsistent',
      `the central directory (${directorySize} bytes at ${directoryOffset}) does not end where the end record is (${directoryEnd})`,
    );
  }

  const entries: ZipEntry[] = [];
  const spans: Array<{ start: number; end: number; name: string }> = [];
  let offset = directoryOffset;
  while (offset < directoryEnd) {
    if (entries.length >= entryCount) {
      throw new ZipDirectoryError('entry-count-mismatch', `the central directory holds more than the ${entryCount} entries its end record counts`);
    }
    const entry = readCentralEntry(reader, offset, directoryEnd);
    const span = checkLocalHeader(reader, entry, directoryOffset);
    entries.push({ name: entry.name, compressedSize: entry.compressedSize, uncompressedSize: entry.uncompressedSize, method: entry.method, dataOffset: span.dataOffset });
    spans.push({ ...span, name: entry.name });
    offset = entry.nextOffset;
  }
  if (entries.length !== entryCount) {
    throw new ZipDirectoryError('entry-count-mismatch', `the end record counts ${entryCount} entries but the central directory holds ${entries.length}`);
  }
  spans.sort((first, second) => first.start - second.start);
  for (let index = 1; index < spans.length; index += 1) {
    const previous = spans[index - 1]!;
    const current = spans[index]!;
    if (current.start < previous.end) {
      throw new ZipDirectoryError('inconsistent', `the entries ${previous.name} and ${current.name} overlap`);
    }
  }
  return { entries, uncompressedBytes: entries.reduce((total, entry) => total + entry.uncompressedSize, 0), zip64 };
}

interface DirectoryLocation {
  entryCount: number;
  directoryOffset: number;
  directorySize: number;
  /** Where the central directory must end: the ZIP64 end record if there is one, else the end record. */
  directoryEnd: number;
  usesZip64: boolean;
}

/** The offset of the last end of central directory record, as every reader (JSZip included) takes it. */
function findEndRecord(reader: ByteReader): number {
  const last = reader.length - endRecordBytes;
  const first = Math.max(0, last - maximumCommentBytes);
  for (let offset = last; offset >= first; offset -= 1) {
    if (reader.uint32(offset) === signatures.endOfCentralDirectory) return offset;
  }
  throw new ZipDirectoryError('no-end-record', 'there is no end of central directory record (the file is not a ZIP archive, or it is cut short)');
}

function readEndRecord(reader: ByteReader, offset: number): DirectoryLocation {
  const diskNumber = reader.uint16(offset + 4);
  const directoryDisk = reader.uint16(offset + 6);
  const entriesOnDisk = reader.uint16(offset + 8);
  const entryCount = reader.uint16(offset + 10);
  const directorySize = reader.uint32(offset + 12);
  const directoryOffset = reader.uint32(offset + 16);
  const commentLength = reader.uint16(offset + 20);
  if (offset + endRecordBytes + commentLength > reader.length) {
    throw new ZipDirectoryError('truncated', 'the archive comment runs past the end of the file');
  }
  const usesZip64 =
    diskNumber === marker16 ||
    directoryDisk === marker16 ||
    entriesOnDisk === marker16 ||
    entryCount === marker16 ||
    directorySize === marker32 ||
    directoryOffset === marker32;
  if (!usesZip64 && (diskNumber !== 0 || directoryDisk !== 0 || entriesOnDisk !== entryCount)) {
    throw new ZipDirectoryError('split-archive', 'the archive is split over several disks');
  }
  return { entryCount, directoryOffset, directorySize, directoryEnd: offset, usesZip64 };
}

function readZip64EndRecord(reader: ByteReader, endOffset: number): DirectoryLocation {
  const locatorOffset = endOffset - zip64LocatorBytes;
  if (locatorOffset < 0 || reader.uint32(locatorOffset) !== signatures.zip64Locator) {
    throw new ZipDirectoryError('zip64-missing', 'the end record refers to ZIP64 records, but there is no ZIP64 end of central directory locator');
  }
  const recordDisk = reader.uint32(locatorOffset + 4);
  const recordOffset = reader.uint64(locatorOffset + 8);
  const diskCount = reader.uint32(locatorOffset + 16);
  if (recordDisk !== 0 || diskCount > 1) throw new ZipDirectoryError('split-archive', 'the archive is split over several disks');
  if (recordOffset + zip64EndRecordBytes > locatorOffset) {
    throw new ZipDirectoryError('truncated', 'the ZIP64 locator points at no room for a ZIP64 end of central directory record');
  }
  if (reader.uint32(recordOffset) !== signatures.zip64EndOfCentralDirectory) {
    throw new ZipDirectoryError('zip64-missing', 'there is no ZIP64 end of central directory record where its locator points');
  }
  const recordSize = reader.uint64(recordOffset + 4);
  if (recordOffset + 12 + recordSize !== locatorOffset || recordSize < zip64EndRecordBytes - 12) {
    throw new ZipDirectoryError('inconsistent', 'the ZIP64 end of central directory record does not end where its locator is');
  }
  const diskNumber = reader.uint32(recordOffset + 16);
  const directoryDisk = reader.uint32(recordOffset + 20);
  const entriesOnDisk = reader.uint64(recordOffset + 24);
  const entryCount = reader.uint64(recordOffset + 32);
  if (diskNumber !== 0 || directoryDisk !== 0 || entriesOnDisk !== entryCount) {
    throw new ZipDirectoryError('split-archive', 'the archive is split over several disks');
  }
  return {
    entryCount,
    directorySize: reader.uint64(recordOffset + 40),
    directoryOffset: reader.uint64(recordOffset + 48),
    directoryEnd: recordOffset,
    usesZip64: true,
  };
}

interface CentralEntry {
  name: string;
  nameBytes: Uint8Array;
  flags: number;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
  nextOffset: number;
}

function readCentralEntry(reader: ByteReader, offset: number, directoryEnd: number): CentralEntry {
  if (offset + centralHeaderBytes > directoryEnd) {
    throw new ZipDirectoryError('truncated', `the central directory entry at ${offset} runs past the end of the directory`);
  }
  if (reader.uint32(offset) !== signatures.centralHeader) {
    throw new ZipDirectoryError('inconsistent', `there is no central directory entry at ${offset}, where the directory continues`);
  }
  const flags = reader.uint16(offset + 8);
  const method = reader.uint16(offset + 10);
  let compressedSize = reader.uint32(offset + 20);
  let uncompressedSize = reader.uint32(offset + 24);
  const nameLength = reader.uint16(offset + 28);
  const extraLength = reader.uint16(offset + 30);
  const commentLength = reader.uint16(offset + 32);
  let diskStart = reader.uint16(offset + 34);
  let localHeaderOffset = reader.uint32(offset + 42);
  const nameOffset = offset + centralHeaderBytes;
  const nextOffset = nameOffset + nameLength + extraLength + commentLength;
  if (nextOffset > directoryEnd) {
    throw new ZipDirectoryError('truncated', `the central directory entry at ${offset} runs past the end of the directory`);
  }
  const nameBytes = reader.slice(nameOffset, nameLength);
  const name = decodeName(nameBytes, flags);

  if (uncompressedSize === marker32 || compressedSize === marker32 || localHeaderOffset === marker32 || diskStart === marker16) {
    const zip64 = zip64ExtraField(reader, nameOffset + nameLength, extraLength);
    if (zip64 === null) throw new ZipDirectoryError('zip64-missing', `${name}: its sizes refer to ZIP64 data, but the entry has none`);
    let fieldOffset = 0;
    const next64 = (): number => {
      if (fieldOffset + 8 > zip64.length) throw new ZipDirectoryError('zip64-missing', `${name}: its ZIP64 data is too short for the sizes it should hold`);
      const value = reader.uint64(zip64.offset + fieldOffset);
      fieldOffset += 8;
      return value;
    };
    if (uncompressedSize === marker32) uncompressedSize = next64();
    if (compressedSize === marker32) compressedSize = next64();
    if (localHeaderOffset === marker32) localHeaderOffset = next64();
    if (diskStart === marker16) {
      if (fieldOffset + 4 > zip64.length) throw new ZipDirectoryError('zip64-missing', `${name}: its ZIP64 data is too short for the disk number it should hold`);
      diskStart = reader.uint32(zip64.offset + fieldOffset);
    }
  }
  if (diskStart !== 0) throw new ZipDirectoryError('split-archive', `${name}: the entry is on another disk`);
  return { name, nameBytes, flags, method, compressedSize, uncompressedSize, localHeaderOffset, nextOffset };
}

/**
 * Checks the entry's local header: there, with the same name, and (unless the sizes follow the
 * data) the same sizes; its data ends before the central directory. Returns the bytes it spans.
 */
function checkLocalHeader(reader: ByteReader, entry: CentralEntry, directoryOffset: number): { start: number; end: number; dataOffset: number } {
  const offset = entry.localHeaderOffset;
  if (offset + localHeaderBytes > directoryOffset) {
    throw new ZipDirectoryError('truncated', `${entry.name}: its local header lies past the start of the central directory`);
  }
  if (reader.uint32(offset) !== signatures.localHeader) {
    throw new ZipDirectoryError('inconsistent', `${entry.name}: there is no local header where the central directory says`);
  }
  const flags = reader.uint16(offset + 6);
  const compressedSize = reader.uint32(offset + 18);
  const uncompressedSize = reader.uint32(offset + 22);
  const nameLength = reader.uint16(offset + 26);
  const extraLength = reader.uint16(offset + 28);
  const dataOffset = offset + localHeaderBytes + nameLength + extraLength;
  const dataEnd = dataOffset + entry.compressedSize;
  if (dataEnd > directoryOffset) {
    throw new ZipDirectoryError('truncated', `${entry.name}: its data runs past the start of the central directory`);
  }
  if (!sameBytes(reader.slice(offset + localHeaderBytes, nameLength), entry.nameBytes)) {
    throw new ZipDirectoryError('inconsistent', `${entry.name}: its local header names another file`);
  }
  const sizesFollowData = ((flags | entry.flags) & dataDescriptorFlag) !== 0;
  let local = { compressedSize, uncompressedSize };
  if (uncompressedSize === marker32 || compressedSize === marker32) {
    const zip64 = zip64ExtraField(reader, offset + localHeaderBytes + nameLength, extraLength);
    if (zip64 !== null) local = localZip64Sizes(reader, zip64, local);
    else if (!sizesFollowData) throw new ZipDirectoryError('zip64-missing', `${entry.name}: its local header's sizes refer to ZIP64 data, but it has none`);
  }
  const agrees = (localSize: number, centralSize: number) => localSize === centralSize || (sizesFollowData && localSize === 0);
  if (!agrees(local.compressedSize, entry.compressedSize) || !agrees(local.uncompressedSize, entry.uncompressedSize)) {
    throw new ZipDirectoryError(
      'inconsistent',
      `${entry.name}: its local header declares ${local.uncompressedSize} bytes (${local.compressedSize} compressed), the central directory ${entry.uncompressedSize} (${entry.compressedSize} compressed)`,
    );
  }
  return { start: offset, end: dataEnd, dataOffset };
}

function localZip64Sizes(
  reader: ByteReader,
  zip64: { offset: number; length: number },
  sizes: { compressedSize: number; uncompressedSize: number },
): { compressedSize: number; uncompressedSize: number } {
  let fieldOffset = 0;
  const next64 = (fallback: number): number => {
    if (fieldOffset + 8 > zip64.length) return fallback;
    const value = reader.uint64(zip64.offset + fieldOffset);
    fieldOffset += 8;
    return value;
  };
  const uncompressedSize = sizes.uncompressedSize === marker32 ? next64(marker32) : sizes.uncompressedSize;
  const compressedSize = sizes.compressedSize === marker32 ? next64(marker32) : sizes.compressedSize;
  return { compressedSize, uncompressedSize };
}

/** The ZIP64 extended information field among an entry's extra fields, or null. */
function zip64ExtraField(reader: ByteReader, start: number, length: number): { offset: number; length: number } | null {
  let offset = start;
  const end = start + length;
  while (offset + 4 <= end) {
    const id = reader.uint16(offset);
    const size = reader.uint16(offset + 2);
    if (offset + 4 + size > end) return null;
    if (id === zip64ExtraFieldId) return { offset: offset + 4, length: size };
    offset += 4 + size;
  }
  return null;
}

function decodeName(bytes: Uint8Array, flags: number): string {
  if ((flags & utf8NameFlag) !== 0) return new TextDecoder('utf-8').decode(bytes);
  return String.fromCharCode(...bytes);
}

function sameBytes(first: Uint8Array, second: Uint8Array): boolean {
  return first.length === second.length && first.every((byte, index) => byte === second[index]);
}

/** Little-endian reads that refuse to go past the end of the file. */
class ByteReader {
  private readonly view: DataView;

  constructor(private readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  get length(): number {
    return this.bytes.length;
  }

  uint16(offset: number): number {
    this.need(offset, 2);
    return this.view.getUint16(offset, true);
  }

  uint32(offset: number): number {
    this.need(offset, 4);
    return this.view.getUint32(offset, true);
  }

  /** A 64-bit value; beyond 2^53 it loses precision, which no size or offset of a file Newsdesk accepts comes near. */
  uint64(offset: number): number {
    this.need(offset, 8);
    return this.view.getUint32(offset + 4, true) * 2 ** 32 + this.view.getUint32(offset, true);
  }

  slice(offset: number, length: number): Uint8Array {
    this.need(offset, length);
    return this.bytes.subarray(offset, offset + length);
  }

  private need(offset: number, length: number): void {
    if (!Number.isSafeInteger(offset) || offset < 0 || offset + length > this.bytes.length) {
      throw new ZipDirectoryError('truncated', `a record at ${offset} runs past the end of the file (${this.bytes.length} bytes)`);
    }
  }
}

import type { FileKind } from '../../../shared/model/file-kind';
import type { MediaType } from '../../../shared/model/media';

/** What the first bytes of a file say it is. */
export interface SniffedType {
  /** An accepted image type, or null when the file is not one. */
  mime: MediaType | null;
  /** What the file looks like, when known ('pdf'); messages name it in words. */
  looksLike: FileKind | null;
}

const startsWith = (bytes: Uint8Array, signature: readonly number[], offset = 0) =>
  bytes.length >= offset + signature.length && signature.every((value, index) => bytes[offset + index] === value);

const ascii = (text: string) => Array.from(text, (character) => character.charCodeAt(0));

const otherKinds: ReadonlyArray<{ signature: readonly number[]; offset?: number; kind: FileKind }> = [
  { signature: ascii('%PDF-'), kind: 'pdf' },
  { signature: [0x50, 0x4b, 0x03, 0x04], kind: 'zip' },
  { signature: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], kind: 'legacy-office' },
  { signature: ascii('BM'), kind: 'bmp' },
  { signature: [0x49, 0x49, 0x2a, 0x00], kind: 'tiff' },
  { signature: [0x4d, 0x4d, 0x00, 0x2a], kind: 'tiff' },
  { signature: ascii('ftypheic'), offset: 4, kind: 'heic' },
  { signature: ascii('ftypheix'), offset: 4, kind: 'heic' },
  { signature: ascii('ftypmif1'), offset: 4, kind: 'heif' },
  { signature: ascii('ftypavif'), offset: 4, kind: 'avif' },
  { signature: ascii('ftyp'), offset: 4, kind: 'mp4' },
  { signature: [0x00, 0x00, 0x01, 0x00], kind: 'ico' },
  { signature: [0x1f, 0x8b], kind: 'gzip' },
  { signature: ascii('Rar!'), kind: 'rar' },
  { signature: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], kind: '7z' },
  { signature: ascii('ID3'), kind: 'mp3' },
  { signature: [0x7f, 0x45, 0x4c, 0x46], kind: 'elf' },
  { signature: ascii('MZ'), kind: 'exe' },
];

/** Decides the type of a file from its content (magic bytes); the file name is never consulted. */
export function sniffMediaType(bytes: Uint8Array): SniffedType {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { mime: 'image/jpeg', looksLike: 'jpeg' };
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { mime: 'image/png', looksLike: 'png' };
  if (startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a'))) return { mime: 'image/gif', looksLike: 'gif' };
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return { mime: 'image/webp', looksLike: 'webp' };
  for (const other of otherKinds) {
    if (startsWith(bytes, other.signature, other.offset ?? 0)) return { mime: null, looksLike: other.kind };
  }
  return { mime: null, looksLike: looksLikeText(bytes) ? 'text' : null };
}

function looksLikeText(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 512);
  if (sample.length === 0) return false;
  for (const byte of sample) {
    if (byte < 0x09 || (byte > 0x0d && byte < 0x20)) return false;
  }
  return true;
}

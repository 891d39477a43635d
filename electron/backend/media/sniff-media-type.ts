import type { MediaType } from '../../../shared/model/media';

/** What the first bytes of a file say it is. */
export interface SniffedType {
  /** An accepted image type, or null when the file is not one. */
  mime: MediaType | null;
  /** A human name for what the file looks like, when known ("a PDF document"). */
  looksLike: string | null;
}

const startsWith = (bytes: Uint8Array, signature: readonly number[], offset = 0) =>
  bytes.length >= offset + signature.length && signature.every((value, index) => bytes[offset + index] === value);

const ascii = (text: string) => Array.from(text, (character) => character.charCodeAt(0));

const otherKinds: ReadonlyArray<{ signature: readonly number[]; offset?: number; name: string }> = [
  { signature: ascii('%PDF-'), name: 'a PDF document' },
  { signature: [0x50, 0x4b, 0x03, 0x04], name: 'a ZIP archive (or a Word/Office document)' },
  { signature: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], name: 'an old Microsoft Office document' },
  { signature: ascii('BM'), name: 'a BMP image' },
  { signature: [0x49, 0x49, 0x2a, 0x00], name: 'a TIFF image' },
  { signature: [0x4d, 0x4d, 0x00, 0x2a], name: 'a TIFF image' },
  { signature: ascii('ftypheic'), offset: 4, name: 'a HEIC image' },
  { signature: ascii('ftypheix'), offset: 4, name: 'a HEIC image' },
  { signature: ascii('ftypmif1'), offset: 4, name: 'a HEIF image' },
  { signature: ascii('ftypavif'), offset: 4, name: 'an AVIF image' },
  { signature: ascii('ftyp'), offset: 4, name: 'an MP4/QuickTime video' },
  { signature: [0x00, 0x00, 0x01, 0x00], name: 'an ICO icon' },
  { signature: [0x1f, 0x8b], name: 'a gzip archive' },
  { signature: ascii('Rar!'), name: 'a RAR archive' },
  { signature: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], name: 'a 7-Zip archive' },
  { signature: ascii('ID3'), name: 'an MP3 audio file' },
  { signature: [0x7f, 0x45, 0x4c, 0x46], name: 'a program (ELF)' },
  { signature: ascii('MZ'), name: 'a Windows program' },
];

/** Decides the type of a file from its content (magic bytes); the file name is never consulted. */
export function sniffMediaType(bytes: Uint8Array): SniffedType {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { mime: 'image/jpeg', looksLike: 'a JPEG image' };
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { mime: 'image/png', looksLike: 'a PNG image' };
  if (startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a'))) return { mime: 'image/gif', looksLike: 'a GIF image' };
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return { mime: 'image/webp', looksLike: 'a WebP image' };
  for (const kind of otherKinds) {
    if (startsWith(bytes, kind.signature, kind.offset ?? 0)) return { mime: null, looksLike: kind.name };
  }
  return { mime: null, looksLike: looksLikeText(bytes) ? 'text (an SVG, HTML or plain-text file?)' : null };
}

function looksLikeText(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 512);
  if (sample.length === 0) return false;
  for (const byte of sample) {
    if (byte < 0x09 || (byte > 0x0d && byte < 0x20)) return false;
  }
  return true;
}

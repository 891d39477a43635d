import { ApiError } from '../../../shared/api/errors';
import { importLimits, type ImportFormat } from '../../../shared/model/import';
import { readZipCentralDirectory, ZipDirectoryError, type ZipCentralDirectory } from './zip-central-directory';

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** The format a file claims by its extension, or null for an extension Newsdesk does not import. */
export function claimedImportFormat(fileName: string): ImportFormat | null {
  const extension = /\.([^./\\]+)$/u.exec(fileName.toLowerCase())?.[1] ?? '';
  if (extension === 'txt' || extension === 'text') return 'txt';
  if (extension === 'html' || extension === 'htm' || extension === 'xhtml') return 'html';
  if (extension === 'docx') return 'docx';
  return null;
}

const signatures: ReadonlyArray<readonly [name: string, bytes: readonly number[]]> = [
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a PDF document', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['a ZIP archive (or a .docx, .xlsx, .odt...)', [0x50, 0x4b, 0x03, 0x04]],
  ['an old Word/Excel document (.doc, .xls)', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]],
  ['a RIFF file (WebP image, WAV, AVI)', [0x52, 0x49, 0x46, 0x46]],
  ['a gzip archive', [0x1f, 0x8b]],
  ['a 7-Zip archive', [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]],
  ['a RAR archive', [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07]],
  ['a program (ELF)', [0x7f, 0x45, 0x4c, 0x46]],
  ['an RTF document (save it as .docx)', [0x7b, 0x5c, 0x72, 0x74, 0x66]],
];

/** What kind of binary file the bytes start like, e.g. 'a PNG image', or null. */
function knownBinaryKind(bytes: Uint8Array): string | null {
  for (const [name, signature] of signatures) {
    if (bytes.length >= signature.length && signature.every((byte, index) => bytes[index] === byte)) return name;
  }
  return null;
}

const sampleLength = 65_536;
const maximumControlShare = 0.01;

function hasUtf16ByteOrderMark(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

/** Why bytes are not a text file ('a PNG image', 'binary data'), or null when they read as text. */
export function whyNotText(bytes: Uint8Array): string | null {
  const kind = knownBinaryKind(bytes);
  if (kind) return kind;
  if (hasUtf16ByteOrderMark(bytes)) return null;
  const sample = bytes.subarray(0, sampleLength);
  let controls = 0;
  for (const byte of sample) {
    if (byte === 0) return 'binary data (it contains NUL bytes)';
    if ((byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c && byte !== 0x1a) || byte === 0x7f) controls += 1;
  }
  if (controls > sample.length * maximumControlShare) return 'binary data (it is full of control characters)';
  return null;
}

function refuse(fileName: string, code: 'invalid_argument' | 'unsupported_media_type' | 'too_large', message: string, details?: Record<string, unknown>): ApiError {
  return new ApiError({ code, message: `${fileName}: ${message} Nothing was imported.`, where: fileName, ...(details ? { details } : {}) });
}

/**
 * Checks a file before it is read: an extension Newsdesk imports, not empty, at most
 * `importLimits.fileBytes`, and content that really is the claimed format (a .docx is a ZIP
 * holding word/document.xml, whose central directory reads cleanly and declares at most
 * `docxExpandedLimit` bytes unpacked; a .txt or .html is text, not binary). Returns the format, or throws
 * an ApiError ('unsupported_media_type', 'invalid_argument' or 'too_large') naming the file.
 */
export async function checkImportFile(
  fileName: string,
  bytes: Uint8Array,
  docxExpandedLimit: number = importLimits.docxExpandedBytes,
): Promise<ImportFormat> {
  const format = claimedImportFormat(fileName);
  if (!format) {
    throw refuse(fileName, 'unsupported_media_type', 'Newsdesk imports .txt, .html (.htm) and .docx files only; save the file in one of these formats.');
  }
  if (bytes.length === 0) throw refuse(fileName, 'invalid_argument', 'the file is empty.');
  if (bytes.length > importLimits.fileBytes) {
    throw refuse(fileName, 'too_large', `the file is ${megabytes(bytes.length)}; the limit is ${megabytes(importLimits.fileBytes)} per file.`, {
      size: bytes.length,
      limit: importLimits.fileBytes,
    });
  }
  if (format === 'docx') {
    const kind = knownBinaryKind(bytes);
    if (kind !== 'a ZIP archive (or a .docx, .xlsx, .odt...)') {
      const what = kind ?? (whyNotText(bytes) === null ? 'plain text' : 'not a Word document');
      const advice = kind === 'an old Word/Excel document (.doc, .xls)' ? ' Open it in Word and save it as .docx.' : '';
      throw refuse(fileName, 'unsupported_media_type', `the file is named .docx but its content is ${what}, not a Word document.${advice}`);
    }
    let directory: ZipCentralDirectory;
    try {
      directory = readZipCentralDirectory(bytes);
    } catch (error) {
      if (!(error instanceof ZipDirectoryError)) throw error;
      // Fail closed: without a directory to trust, nothing says how large the file would be once unpacked.
      throw refuse(
        fileName,
        'unsupported_media_type',
        `the file is named .docx but is a damaged ZIP archive (${error.message}); Newsdesk cannot tell what it holds, so it does not open it. Open it in Word and save it again.`,
        { zipProblem: error.problem },
      );
    }
    const hasDocument = directory.entries.some((entry) => entry.name === 'word/document.xml');
    const expandedBytes = directory.uncompressedBytes;
    if (!hasDocument) {
      throw refuse(fileName, 'unsupported_media_type', 'the file is a ZIP archive but not a Word document (it has no word/document.xml).');
    }
    if (expandedBytes > docxExpandedLimit) {
      throw refuse(
        fileName,
        'too_large',
        `the Word document would expand to ${megabytes(expandedBytes)} when unpacked; the limit is ${megabytes(docxExpandedLimit)}.`,
        { expandedBytes, limit: docxExpandedLimit },
      );
    }
    return format;
  }
  const notText = whyNotText(bytes);
  if (notText) {
    throw refuse(fileName, 'unsupported_media_type', `the file is named .${format} but its content is ${notText}, not text.`);
  }
  return format;
}

/** The refusal of a text file that holds no text at all (only white space). */
export function emptyTextError(fileName: string): ApiError {
  return refuse(fileName, 'invalid_argument', 'the file holds no text (only white space).');
}

/** Any failure while reading a file, as an ApiError that names the file. */
export function unreadableFileError(fileName: string, format: ImportFormat, error: unknown): ApiError {
  if (error instanceof ApiError) {
    return new ApiError({
      code: error.code,
      message: error.message.startsWith(`${fileName}:`) ? error.message : `${fileName}: ${error.message}`,
      where: fileName,
      ...(error.details ? { details: error.details } : {}),
    });
  }
  const reason = error instanceof Error ? error.message : String(error);
  const formatName = { txt: 'text', html: 'HTML', docx: 'a Word document' }[format];
  return refuse(fileName, 'invalid_argument', `the file could not be read as ${formatName} (${reason}).`);
}

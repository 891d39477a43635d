import { ApiError } from '../../../shared/api/errors';
import type { FileKind } from '../../../shared/model/file-kind';
import { claimedImportFormat, importLimits, type ImportFormat } from '../../../shared/model/import';
import { checkDocxContents, docxContentLimits, type DocxContentLimits } from './docx-contents-check';
import { readZipCentralDirectory, ZipDirectoryError, type ZipCentralDirectory } from './zip-central-directory';


const signatures: ReadonlyArray<readonly [kind: FileKind, bytes: readonly number[]]> = [
  ['png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ['jpeg', [0xff, 0xd8, 0xff]],
  ['gif', [0x47, 0x49, 0x46, 0x38]],
  ['pdf', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['zip', [0x50, 0x4b, 0x03, 0x04]],
  ['legacy-office', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]],
  ['riff', [0x52, 0x49, 0x46, 0x46]],
  ['gzip', [0x1f, 0x8b]],
  ['7z', [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]],
  ['rar', [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07]],
  ['elf', [0x7f, 0x45, 0x4c, 0x46]],
  ['rtf', [0x7b, 0x5c, 0x72, 0x74, 0x66]],
];

/** What kind of binary file the bytes start like, e.g. 'png', or null. */
function knownBinaryKind(bytes: Uint8Array): FileKind | null {
  for (const [kind, signature] of signatures) {
    if (bytes.length >= signature.length && signature.every((byte, index) => bytes[index] === byte)) return kind;
  }
  return null;
}

const sampleLength = 65_536;
const maximumControlShare = 0.01;

function hasUtf16ByteOrderMark(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

/** What bytes are when they are not a text file ('png', 'binary-nul'), or null when they read as text. */
export function whyNotText(bytes: Uint8Array): FileKind | null {
  const kind = knownBinaryKind(bytes);
  if (kind) return kind;
  if (hasUtf16ByteOrderMark(bytes)) return null;
  const sample = bytes.subarray(0, sampleLength);
  let controls = 0;
  for (const byte of sample) {
    if (byte === 0) return 'binary-nul';
    if ((byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c && byte !== 0x1a) || byte === 0x7f) controls += 1;
  }
  if (controls > sample.length * maximumControlShare) return 'binary-controls';
  return null;
}

/**
 * Checks a file before it is read: an extension Newsdesk imports, not empty, at most
 * `importLimits.fileBytes`, and content that really is the claimed format (a .docx is a ZIP
 * holding word/document.xml, whose central directory reads cleanly and whose entries pass
 * `checkDocxContents`; a .txt or .html is text, not binary). Returns the format, or throws
 * an ApiError ('unsupported_media_type', 'invalid_argument' or 'too_large') naming the file.
 */
export async function checkImportFile(
  fileName: string,
  bytes: Uint8Array,
  docxLimits: DocxContentLimits = docxContentLimits,
): Promise<ImportFormat> {
  const format = claimedImportFormat(fileName);
  if (!format) {
    throw new ApiError('import-format-unsupported', { fileName }, { where: fileName });
  }
  if (bytes.length === 0) throw new ApiError('import-file-empty', { fileName }, { where: fileName });
  if (bytes.length > importLimits.fileBytes) {
    throw new ApiError('import-file-too-large', { fileName, sizeBytes: bytes.length, limitBytes: importLimits.fileBytes }, { where: fileName });
  }
  if (format === 'docx') {
    const kind = knownBinaryKind(bytes);
    if (kind !== 'zip') {
      const content = kind ?? (whyNotText(bytes) === null ? 'text' : 'unknown');
      throw new ApiError('import-content-mismatch', { fileName, format, content }, { where: fileName });
    }
    let directory: ZipCentralDirectory;
    try {
      directory = readZipCentralDirectory(bytes);
    } catch (error) {
      if (!(error instanceof ZipDirectoryError)) throw error;
      // Fail closed: without a directory to trust, nothing says how large the file would be once unpacked.
      throw new ApiError('import-docx-damaged', { fileName, problem: error.message }, { where: fileName, details: { zipProblem: error.problem } });
    }
    if (!directory.entries.some((entry) => entry.name === 'word/document.xml')) throw new ApiError('import-docx-without-document', { fileName }, { where: fileName });
    checkDocxContents(fileName, bytes, directory, docxLimits);
    return format;
  }
  const notText = whyNotText(bytes);
  if (notText) throw new ApiError('import-content-mismatch', { fileName, format, content: notText }, { where: fileName });
  return format;
}

/** The refusal of a text file that holds no text at all (only white space). */
export function emptyTextError(fileName: string): ApiError {
  return new ApiError('import-file-blank', { fileName }, { where: fileName });
}

/** Any failure while reading a file, as an ApiError found at the file (an ApiError keeps its reason). */
export function unreadableFileError(fileName: string, format: ImportFormat, error: unknown): ApiError {
  if (error instanceof ApiError) return error.at(fileName);
  const problem = error instanceof Error ? error.message : String(error);
  return new ApiError('import-file-unparsable', { fileName, format, problem }, { where: fileName });
}

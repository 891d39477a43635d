import { inflateRawSync } from 'node:zlib';
import { ApiError } from '../../../shared/api/errors';
import { importLimits } from '../../../shared/model/import';
import type { ZipCentralDirectory, ZipEntry } from './zip-central-directory';

/** The limits a .docx is checked against (importLimits unless a test asks for others). */
export interface DocxContentLimits {
  expandedBytes: number;
  markupBytes: number;
  paragraphs: number;
}

export const docxContentLimits: DocxContentLimits = {
  expandedBytes: importLimits.docxExpandedBytes,
  markupBytes: importLimits.docxMarkupBytes,
  paragraphs: importLimits.elements,
};

const stored = 0;
const deflated = 8;

/** The XML parts of a Word file: its text, styles, numbering and relationships (not its images). */
function isMarkupPart(entry: ZipEntry): boolean {
  return /\.(?:xml|rels)$/iu.test(entry.name);
}

/**
 * The bytes of one entry, unpacked never beyond what the central directory declares (plus one
 * byte, to tell a lie from the truth): an entry that unpacks to more or fewer bytes than declared
 * is refused, so no later reader (JSZip, inside mammoth) unpacks more than was checked.
 */
function unpackEntry(fileName: string, archive: Uint8Array, entry: ZipEntry): Buffer {
  const data = Buffer.from(archive.buffer, archive.byteOffset + entry.dataOffset, entry.compressedSize);
  const mismatch = (actualBytes: number) =>
    new ApiError('import-docx-size-mismatch', { fileName, entry: entry.name, declaredBytes: entry.uncompressedSize, actualBytes }, { where: fileName });
  if (entry.method === stored) {
    if (entry.compressedSize !== entry.uncompressedSize) throw mismatch(entry.compressedSize);
    return data;
  }
  if (entry.method !== deflated) {
    throw new ApiError('import-docx-damaged', { fileName, problem: `${entry.name} is compressed with method ${entry.method}, which Word does not use` }, { where: fileName });
  }
  let unpacked: Buffer;
  try {
    unpacked = inflateRawSync(data, { maxOutputLength: entry.uncompressedSize + 1 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw mismatch(entry.uncompressedSize + 1);
    const problem = error instanceof Error ? error.message : String(error);
    throw new ApiError('import-docx-damaged', { fileName, problem: `${entry.name}: ${problem}` }, { where: fileName });
  }
  if (unpacked.length !== entry.uncompressedSize) throw mismatch(unpacked.length);
  return unpacked;
}

/** Paragraphs (<w:p>) in a document.xml, counted in its bytes without parsing it. */
function countParagraphs(documentXml: Buffer): number {
  return documentXml.toString('latin1').match(/<(?:[\w.-]+:)?p[\s/>]/gu)?.length ?? 0;
}

/**
 * Checks, before any library unpacks it, what a .docx would take: the sizes its central directory
 * declares (in total and for its XML parts), then every entry unpacked with a hard cap at its
 * declared size and compared with it, then the paragraphs of word/document.xml. Throws an
 * ApiError naming the file at the first limit passed or lie found. Costs one inflate of the
 * archive, a fraction of a second for the largest file accepted.
 */
export function checkDocxContents(fileName: string, archive: Uint8Array, directory: ZipCentralDirectory, limits: DocxContentLimits = docxContentLimits): void {
  const expandedBytes = directory.uncompressedBytes;
  if (expandedBytes > limits.expandedBytes) {
    throw new ApiError('import-docx-expands-too-large', { fileName, expandedBytes, limitBytes: limits.expandedBytes }, { where: fileName });
  }
  const markupBytes = directory.entries.filter(isMarkupPart).reduce((total, entry) => total + entry.uncompressedSize, 0);
  if (markupBytes > limits.markupBytes) {
    throw new ApiError('import-docx-markup-too-large', { fileName, markupBytes, limitBytes: limits.markupBytes }, { where: fileName });
  }
  for (const entry of directory.entries) {
    const unpacked = unpackEntry(fileName, archive, entry);
    if (entry.name === 'word/document.xml') {
      const paragraphs = countParagraphs(unpacked);
      if (paragraphs > limits.paragraphs) {
        throw new ApiError('import-file-too-many-elements', { fileName, format: 'docx', count: paragraphs, limit: limits.paragraphs }, { where: fileName });
      }
    }
  }
}

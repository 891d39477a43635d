import { ApiError } from '../../../shared/api/errors';
import { type ImportedArticle, importLimits } from '../../../shared/model/import';
import { parseDocxArticle } from './docx-article';
import { looksLikeHtml, parseHtmlArticle } from './html-article';
import { checkImportFile, emptyTextError, unreadableFileError } from './import-file-format';
import { importWarning } from './import-warnings';
import { parsePlainTextArticle } from './plain-text-article';
import { type DecodedText, declaredHtmlCharset, decodeTextFile, TextTooLongError } from './text-file-decoding';

/** A file given to the import: its name (for its format and for messages) and its bytes. */
export interface ImportFile {
  name: string;
  data: Uint8Array;
}

/** The text of a .txt or .html file, refused while it is decoded once it passes the format's limit. */
function decodeText(file: ImportFile, format: 'txt' | 'html'): DecodedText {
  const characterLimit = format === 'html' ? importLimits.htmlCharacters : importLimits.textCharacters;
  try {
    return decodeTextFile(file.data, format === 'html' ? declaredHtmlCharset(file.data) : null, characterLimit);
  } catch (error) {
    if (!(error instanceof TextTooLongError)) throw error;
    throw new ApiError('import-file-text-too-long', { fileName: file.name, format, characterLimit }, { where: file.name });
  }
}

/** The elements of an HTML text, counted by their start tags without parsing it (a comment's tags count too: an upper bound). */
function countStartTags(html: string): number {
  const startTag = /<[a-z]/giu;
  let count = 0;
  while (startTag.exec(html)) count += 1;
  return count;
}

/** Lines of a text that hold something other than white space: each would be a paragraph. */
function countTextLines(text: string): number {
  const filledLine = /^[^\S\r\n]*\S/gmu;
  let count = 0;
  while (filledLine.exec(text)) count += 1;
  return count;
}

/**
 * Checks and reads one file (.txt, .html or .docx) into an article, without storing anything.
 * Throws an ApiError naming the file when it is not what its name claims, empty, too large or
 * unreadable.
 */
export async function readImportFile(file: ImportFile): Promise<ImportedArticle> {
  const format = await checkImportFile(file.name, file.data);
  try {
    if (format === 'docx') return await parseDocxArticle(file.data);
    const decoded = decodeText(file, format);
    if (decoded.text.trim().length === 0) throw emptyTextError(file.name);
    let article: ImportedArticle;
    if (format === 'html' && looksLikeHtml(decoded.text)) {
      const elements = countStartTags(decoded.text);
      if (elements > importLimits.elements) {
        throw new ApiError('import-file-too-many-elements', { fileName: file.name, format, count: elements, limit: importLimits.elements }, { where: file.name });
      }
      article = parseHtmlArticle(decoded.text);
    } else {
      const lines = countTextLines(decoded.text);
      if (lines > importLimits.elements) {
        throw new ApiError('import-file-too-many-elements', { fileName: file.name, format: 'txt', count: lines, limit: importLimits.elements }, { where: file.name });
      }
      article = parsePlainTextArticle(decoded.text);
      if (format === 'html') article.warnings.unshift(importWarning('html-without-markup'));
    }
    article.warnings.unshift(...decoded.warnings);
    return article;
  } catch (error) {
    throw unreadableFileError(file.name, format, error);
  }
}

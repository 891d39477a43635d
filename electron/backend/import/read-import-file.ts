import type { ImportedArticle } from '../../../shared/model/import';
import { parseDocxArticle } from './docx-article';
import { looksLikeHtml, parseHtmlArticle } from './html-article';
import { checkImportFile, emptyTextError, unreadableFileError } from './import-file-format';
import { importWarning } from './import-warnings';
import { parsePlainTextArticle } from './plain-text-article';
import { declaredHtmlCharset, decodeTextFile } from './text-file-decoding';

/** A file given to the import: its name (for its format and for messages) and its bytes. */
export interface ImportFile {
  name: string;
  data: Uint8Array;
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
    const decoded = decodeTextFile(file.data, format === 'html' ? declaredHtmlCharset(file.data) : null);
    if (decoded.text.trim().length === 0) throw emptyTextError(file.name);
    let article: ImportedArticle;
    if (format === 'html' && looksLikeHtml(decoded.text)) {
      article = parseHtmlArticle(decoded.text);
    } else {
      article = parsePlainTextArticle(decoded.text);
      if (format === 'html') article.warnings.unshift(importWarning('html-without-markup'));
    }
    article.warnings.unshift(...decoded.warnings);
    return article;
  } catch (error) {
    throw unreadableFileError(file.name, format, error);
  }
}

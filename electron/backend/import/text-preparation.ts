import type { ImportWarning } from '../../../shared/model/import';
import { convertLegacy, detectLegacyEncoding, type LegacyEncoding } from '../../../shared/text/legacy-encodings';
import { importWarning } from './import-warnings';

/** Text ready for structure detection, with what was done to it. */
export interface PreparedText {
  text: string;
  warnings: ImportWarning[];
}

/**
 * Control characters other than tab and line breaks are never text. C1 controls (U+0080–U+009F)
 * are kept until after legacy conversion: UTF-8 misread as Latin-1 carries its bytes in them.
 */
function withoutControlCharacters(text: string, keepC1: boolean): string {
  return text.replace(/\p{Cc}/gu, (character) =>
    character === '\t' || character === '\n' || character === '\r' || (keepC1 && character >= '\u0080') ? character : '',
  );
}

/**
 * Prepares pieces of one document's text (the text nodes of a page): the legacy encoding is
 * detected once on `sample`, the whole text, then every piece is converted the same way and
 * normalised to NFC. `warnings` reports the conversion and any decomposed (NFD) text seen.
 */
export function createTextPreparer(sample: string): { convert(text: string): string; warnings(): ImportWarning[] } {
  const encoding: LegacyEncoding | null = detectLegacyEncoding(sample).encoding;
  let sawDecomposed = false;
  return {
    convert(text) {
      const cleaned = withoutControlCharacters(text, true);
      if (encoding) return withoutControlCharacters(convertLegacy(cleaned, encoding).text, false);
      const composed = cleaned.normalize('NFC');
      if (composed !== cleaned) sawDecomposed = true;
      return withoutControlCharacters(composed, false);
    },
    warnings() {
      const warnings: ImportWarning[] = [];
      if (encoding) warnings.push(importWarning('legacy-encoding-converted', encoding));
      if (sawDecomposed) warnings.push(importWarning('nfd-normalised'));
      return warnings;
    },
  };
}

/**
 * Prepares a whole text: a byte-order mark dropped, a legacy encoding (TCVN3, VNI, VIQR, UTF-8
 * read as Windows-1252) detected and converted, decomposed text normalised to NFC.
 */
export function prepareImportedText(text: string): PreparedText {
  const withoutByteOrderMark = text.startsWith('\ufeff') ? text.slice(1) : text;
  const preparer = createTextPreparer(withoutByteOrderMark);
  const prepared = preparer.convert(withoutByteOrderMark);
  return { text: prepared, warnings: preparer.warnings() };
}

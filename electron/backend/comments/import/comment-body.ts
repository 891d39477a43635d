import { convertLegacy, detectLegacyEncoding, legacyEncodingNames } from '../../../../shared/text/legacy-encodings';
import type { ImportWarnings } from './import-warnings';

/**
 * Characters of Latin-1 and Windows-1252 that are not Vietnamese letters: TCVN3, VNI and UTF-8 read
 * as Windows-1252 are written with them ("Bµi", "BaÌi", "BÃ i"), clean Vietnamese seldom holds
 * them. Only a body holding one is given to the (slower) legacy detection.
 */
const legacySign = /[\u0080-\u00bf\u00c4-\u00c7\u00cb\u00ce-\u00d1\u00d6-\u00d8\u00db\u00dc\u00de-\u00df\u00e4-\u00e7\u00eb\u00ee-\u00f1\u00f6-\u00f8\u00fb\u00fc\u00fe\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u20ac\u2122]/u;
/** A tag, as markup would have it: `<b>`, `</p>`, `<a href=...>`, `<br/>`. */
const tagLike = /<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?\/?>/iu;

/**
 * A comment's body as stored: NFC and otherwise exactly as written. Text in a legacy encoding
 * (TCVN3, VNI, UTF-8 misread as Windows-1252) is converted, with a warning; VIQR is not guessed in
 * comments (a reader's "?" or "(" after a vowel is too common). Markup is kept as text, with a
 * warning when `warnMarkup` (the Disqus reader turns its own HTML to text first).
 */
export function commentBody(raw: string, record: string, warnings: ImportWarnings, warnMarkup = true): string {
  let body = raw.normalize('NFC');
  if (legacySign.test(body)) {
    const detection = detectLegacyEncoding(body);
    if (detection.encoding !== null && detection.encoding !== 'viqr') {
      body = convertLegacy(body, detection.encoding).text.normalize('NFC');
      warnings.add({ code: 'legacy-encoding-converted', record, detail: legacyEncodingNames[detection.encoding] });
    }
  }
  if (warnMarkup && tagLike.test(body)) {
    warnings.add({ code: 'html-in-body', record, detail: 'kept as text' });
  }
  return body;
}

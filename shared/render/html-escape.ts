// Characters HTML forbids in text (controls other than tab, line feed and carriage return;
// noncharacters; lone surrogates) are dropped, so no input can make an export invalid.
const forbiddenCharacters =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFDD0-\uFDEF\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const nonCharacterPlanes = /[\uD83F\uD87F\uD8BF\uD8FF\uD93F\uD97F\uD9BF\uD9FF\uDA3F\uDA7F\uDABF\uDAFF\uDB3F\uDB7F\uDBBF\uDBFF][\uDFFE\uDFFF]/g;

/** Text as an export writes it: NFC, without the characters HTML does not allow, CR LF as LF. */
export function cleanText(value: string): string {
  return value.replace(/\r\n?/g, '\n').replace(forbiddenCharacters, '').replace(nonCharacterPlanes, '').normalize('NFC');
}

/** Text content of an element. */
export function escapeText(value: string): string {
  return cleanText(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The value of a double-quoted attribute. */
export function escapeAttribute(value: string): string {
  return cleanText(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#39;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** JSON for a `<script type="application/ld+json">`: no `<`, `>` or `&` can end the script or start markup. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value, null, 2)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

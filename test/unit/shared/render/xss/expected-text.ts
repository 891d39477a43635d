/**
 * What a reader must see of a typed text once exported, written independently of the renderer:
 * NFC; CR LF and CR as LF; without the code points HTML forbids in a document (controls other than
 * tab and line feed, noncharacters, lone surrogates).
 */
export function visibleText(value: string): string {
  return value
    .replace(/\r\n?/gu, '\n')
    .replace(/[\p{Cc}\p{Noncharacter_Code_Point}\p{Surrogate}]/gu, (character) => (character === '\t' || character === '\n' ? character : ''))
    .normalize('NFC');
}

/** A single-line field (headline, names, tags…): `visibleText` with runs of white space as one space, trimmed. */
export function visibleLine(value: string): string {
  return visibleText(value).replace(/\s+/gu, ' ').trim();
}

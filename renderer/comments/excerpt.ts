/** The first `length` characters of `text` on one line, with "…" when cut. */
export function excerpt(text: string, length: number): string {
  const line = text.replace(/\s+/gu, ' ').trim();
  return line.length <= length ? line : `${line.slice(0, length).trimEnd()}…`;
}

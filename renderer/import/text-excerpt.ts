/** The start of `text` on one line, at most `length` characters, cut at a word and marked with "…". */
export function textExcerpt(text: string, length = 200): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  if (oneLine.length <= length) return oneLine;
  const cut = oneLine.slice(0, length);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > length / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}

import type { CommentFlag } from '../../shared/model/comment';

export interface BodyPart {
  text: string;
  /** The flag kind of the highlighted range, or null for plain text. */
  kind: CommentFlag['kind'] | null;
}

/**
 * The body cut at the flags' ranges (UTF-16 offsets), in order; overlapping or out-of-range
 * ranges are clipped, so every character appears exactly once.
 */
export function bodyParts(body: string, flags: readonly CommentFlag[]): BodyPart[] {
  const ranges = flags
    .filter((flag) => flag.start !== null && flag.end !== null && flag.end > flag.start)
    .map((flag) => ({ start: Math.min(flag.start!, body.length), end: Math.min(flag.end!, body.length), kind: flag.kind }))
    .sort((first, second) => first.start - second.start || second.end - first.end);
  const parts: BodyPart[] = [];
  let at = 0;
  for (const range of ranges) {
    const start = Math.max(range.start, at);
    if (range.end <= start) continue;
    if (start > at) parts.push({ text: body.slice(at, start), kind: null });
    parts.push({ text: body.slice(start, range.end), kind: range.kind });
    at = range.end;
  }
  if (at < body.length || parts.length === 0) parts.push({ text: body.slice(at), kind: null });
  return parts;
}

/** The comment's text as text nodes (never markup), its flagged words in `<mark>`. */
export function HighlightedBody({ body, flags }: { body: string; flags: readonly CommentFlag[] }) {
  return (
    <>
      {bodyParts(body, flags).map((part, index) =>
        part.kind === null ? <span key={index}>{part.text}</span> : <mark key={index} className={`comment-mark comment-mark-${part.kind}`}>{part.text}</mark>,
      )}
    </>
  );
}

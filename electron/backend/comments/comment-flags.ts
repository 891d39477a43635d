import type { CommentFlag } from '../../../shared/model/comment';
import type { WordMatcher } from '../../../shared/moderation/word-list';

const linkPattern = /\b(?:https?:\/\/|www\.)[^\s<>"']+/giu;

/**
 * Why a comment needs a look: each banned or suspect word found (with the entry and the text as
 * written, and where), each link, and reader reports. In the order they appear in the text.
 */
export function commentFlags(body: string, matcher: WordMatcher, reports: number): CommentFlag[] {
  const flags: CommentFlag[] = matcher.match(body).map((found) => ({
    kind: found.list === 'banned' ? ('banned-word' as const) : ('suspect-word' as const),
    entry: found.entry,
    match: found.match,
    start: found.start,
    end: found.end,
  }));
  for (const link of body.matchAll(linkPattern)) {
    const match = link[0].replace(/[.,;:!?)\]]+$/u, '');
    flags.push({ kind: 'link', entry: null, match, start: link.index, end: link.index + match.length });
  }
  flags.sort((a, b) => (a.start ?? 0) - (b.start ?? 0));
  if (reports > 0) flags.push({ kind: 'reported', entry: null, match: null, start: null, end: null });
  return flags;
}

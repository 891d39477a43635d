import type { CommentFlag } from '../../../shared/model/comment';

/**
 * The compiled word lists as comment flagging uses them (shared/moderation/word-list.ts provides
 * `compileWordLists`, which returns one).
 */
export interface WordMatcher {
  match(text: string): Array<{ list: 'banned' | 'suspect'; entry: string; match: string; start: number; end: number }>;
}

/** An address in a comment: http(s)://…, www.…, or a bare domain of a common top-level domain. */
const linkPattern = /\b(?:https?:\/\/|www\.)[^\s<>"']+|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|vn|info|biz|xyz|top|io|me|co)(?:\/[^\s<>"']*)?\b/giu;

/**
 * Why a comment needs a look: its banned and suspect words (each with the list's entry and the
 * text as written), its links, and reader reports. (Minimal version of the import branch; the
 * moderation service's reconciles it.)
 */
export function commentFlags(body: string, matcher: WordMatcher, reports: number): CommentFlag[] {
  const flags: CommentFlag[] = [];
  for (const hit of matcher.match(body)) {
    flags.push({ kind: hit.list === 'banned' ? 'banned-word' : 'suspect-word', entry: hit.entry, match: hit.match, start: hit.start, end: hit.end });
  }
  for (const link of body.matchAll(linkPattern)) {
    const text = link[0].replace(/[.,;:!?)]+$/u, '');
    flags.push({ kind: 'link', entry: null, match: text, start: link.index, end: link.index + text.length });
  }
  if (reports > 0) flags.push({ kind: 'reported', entry: null, match: null, start: null, end: null });
  return flags;
}

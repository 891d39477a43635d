import type { CommentFileFormat } from '../../../../shared/model/comment';

/** The CSV columns of the portal's export, in order (a `reports` column may follow). */
export const csvColumns = ['id', 'article_url', 'article_title', 'author', 'email', 'created_at', 'parent_id', 'status', 'body'] as const;

/** How many characters of a file detection needs at most. */
export const detectionLength = 4096;

/**
 * The format of a comment file from its first characters (never its name): a JSON array; XML whose
 * root is WordPress's `rss` with the wp export namespace (WXR) or Disqus's `disqus`; a CSV whose
 * first line starts with the portal's header. Null when it is none of them.
 */
export function detectCommentFormat(start: string): CommentFileFormat | null {
  const text = start.replace(/^\uFEFF/u, '').trimStart();
  if (text.startsWith('[')) return 'json';
  if (text.startsWith('<')) {
    const root = /<(?![?!])([\w:.-]+)/u.exec(text.replace(/<!--[\s\S]*?-->/gu, ''));
    const name = root?.[1]?.replace(/^[\w.-]+:/u, '');
    if (name === 'rss' && /xmlns:wp\s*=\s*["']http:\/\/wordpress\.org\/export\//u.test(text)) return 'wxr';
    if (name === 'disqus') return 'disqus';
    return null;
  }
  if (/^"?id"?\s*,/u.test(text)) return 'csv';
  return null;
}

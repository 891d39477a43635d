const namedEntities: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/**
 * A Disqus message as plain text. Disqus exports each post as the HTML it renders (`<p>`, `<br>`,
 * `<a>`, `<b>`, `<i>`, `<blockquote>`, `<code>`), so unlike the other formats its markup is Disqus's,
 * not the reader's: paragraphs become blank lines, `<br>` a line break, other tags are dropped
 * (a link keeps its text) and entities are decoded. What a reader typed as `<b>` was escaped by
 * Disqus (`&lt;b&gt;`) and comes back as the text `<b>`.
 */
export function disqusMessageText(html: string): string {
  return html
    .replace(/\r\n?/gu, '\n')
    .replace(/<br\s*\/?>/giu, '\n')
    .replace(/<\/p>\s*<p(?:\s[^>]*)?>/giu, '\n\n')
    .replace(/<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?\/?>/giu, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/giu, (entity: string, name: string) => {
      if (name.startsWith('#')) {
        const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
        return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : entity;
      }
      return namedEntities[name.toLowerCase()] ?? entity;
    });
}

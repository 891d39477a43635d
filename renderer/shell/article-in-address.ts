/**
 * The open article is kept in the address fragment (`#article=12`), so that a reload reopens it.
 * Other fragment parts (such as the browser edition's `token=`) are left as they are.
 */
const articlePart = /^article=(\d{1,15})$/;

function fragmentParts(hash: string): string[] {
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  return body === '' ? [] : body.split('&');
}

export function articleIdFromFragment(hash: string): number | null {
  for (const part of fragmentParts(hash)) {
    const match = articlePart.exec(part);
    if (match) {
      const id = Number(match[1]);
      return Number.isSafeInteger(id) && id > 0 ? id : null;
    }
  }
  return null;
}

export function fragmentWithArticle(hash: string, articleId: number | null): string {
  const others = fragmentParts(hash).filter((part) => !part.startsWith('article='));
  const parts = articleId === null ? others : [...others, `article=${articleId}`];
  return parts.length === 0 ? '' : `#${parts.join('&')}`;
}

/** Writes the open article into the address without adding a history entry. */
export function rememberArticleInAddress(articleId: number | null): void {
  const { pathname, search, hash } = window.location;
  const next = fragmentWithArticle(hash, articleId);
  if (next === hash || (next === '' && hash === '#')) return;
  window.history.replaceState(window.history.state, '', `${pathname}${search}${next}`);
}

/** Where the browser edition keeps its token for the life of the tab (it survives reloads). */
export const tokenStorageKey = 'newsdesk.token';

const tokenPattern = /^[A-Za-z0-9_-]+$/;

function fragmentParts(fragment: string): string[] {
  const body = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  return body === '' ? [] : body.split('&');
}

/**
 * The token carried by a URL fragment such as `#token=abc` (as printed by `newsdesk serve`), or
 * null. Other `&`-separated parts of the fragment are ignored.
 */
export function tokenFromFragment(fragment: string): string | null {
  for (const part of fragmentParts(fragment)) {
    if (!part.startsWith('token=')) continue;
    const token = part.slice('token='.length);
    return tokenPattern.test(token) ? token : null;
  }
  return null;
}

/** The fragment with its `token=` part removed: `#token=abc&x` gives `#x`, `#token=abc` gives ''. */
export function fragmentWithoutToken(fragment: string): string {
  const remaining = fragmentParts(fragment).filter((part) => !part.startsWith('token='));
  return remaining.length === 0 ? '' : `#${remaining.join('&')}`;
}

/** The parts of the page the token lookup touches, so that it can be tested without a browser. */
export interface TokenPlace {
  location: Pick<Location, 'hash' | 'pathname' | 'search'>;
  storage: Pick<Storage, 'getItem' | 'setItem'> | null;
  history: Pick<History, 'replaceState' | 'state'> | null;
}

/**
 * The browser edition's token: from the URL fragment when it has one (it is then stored and taken
 * out of the address bar and history), otherwise the one stored earlier in this tab, otherwise null.
 */
export function resolveBrowserToken(place: TokenPlace): string | null {
  const fromFragment = tokenFromFragment(place.location.hash);
  if (fromFragment !== null) {
    try {
      place.storage?.setItem(tokenStorageKey, fromFragment);
    } catch {
      // Storage can be disabled; the token still works until the page is reloaded.
    }
    const { pathname, search, hash } = place.location;
    place.history?.replaceState(place.history.state, '', `${pathname}${search}${fragmentWithoutToken(hash)}`);
    return fromFragment;
  }
  try {
    const stored = place.storage?.getItem(tokenStorageKey) ?? null;
    return stored !== null && tokenPattern.test(stored) ? stored : null;
  } catch {
    return null;
  }
}

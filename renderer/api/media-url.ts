import { browserToken, edition } from './client';

/**
 * The URL an `<img>` uses for a stored image: `newsdesk-media://media/<hash>` in the desktop app,
 * `/media/<hash>?token=<token>` in the browser edition (an image request cannot send a header).
 */
export function mediaUrl(hash: string): string {
  const encodedHash = encodeURIComponent(hash);
  if (edition === 'desktop') return `newsdesk-media://media/${encodedHash}`;
  return `/media/${encodedHash}?token=${encodeURIComponent(browserToken() ?? '')}`;
}

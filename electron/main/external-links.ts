import { isAllowedLinkUrl } from '../../shared/schema/allowed-link';

/** http and https links that pass the article link rule open in the system browser; nothing opens inside Newsdesk. */
export function isExternalBrowserLink(url: string): boolean {
  return /^https?:\/\//i.test(url.trim()) && isAllowedLinkUrl(url);
}

/** Links in articles may only point to http, https or mailto addresses. */
export function isAllowedLinkUrl(url: string): boolean {
  const trimmed = url.trim();
  if (trimmed.length === 0 || trimmed.length > 2048) return false;
  return /^(https?:\/\/[^\s]+|mailto:[^\s]+)$/i.test(trimmed);
}

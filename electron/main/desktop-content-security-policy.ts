import { contentSecurityPolicy } from '../../shared/api/content-security-policy';
import { mediaScheme } from './app-origin';

/** `policy` with `source` added to its img-src directive (created when missing), unless already there. */
export function withImageSource(policy: string, source: string): string {
  const directives = policy
    .split(';')
    .map((directive) => directive.trim())
    .filter((directive) => directive.length > 0);
  const imageIndex = directives.findIndex((directive) => /^img-src(\s|$)/.test(directive));
  if (imageIndex === -1) return [...directives, `img-src ${source}`].join('; ');
  const imageDirective = directives[imageIndex]!;
  if (imageDirective.split(/\s+/).includes(source)) return directives.join('; ');
  directives[imageIndex] = `${imageDirective} ${source}`;
  return directives.join('; ');
}

/**
 * The renderer's policy shared with the browser edition, plus the desktop app's image protocol:
 * figures load from `newsdesk-media://media/<hash>`.
 */
export const desktopContentSecurityPolicy = withImageSource(contentSecurityPolicy, `${mediaScheme}:`);

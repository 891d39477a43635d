import { exportStylesheetHash } from './export-stylesheet';

/**
 * The Content-Security-Policy an exported article carries in a meta tag: no script runs (the
 * JSON-LD block is data, not a script), only its own stylesheet applies, images only from the
 * page's own place or data: URIs, nothing else loads.
 */
export const exportContentSecurityPolicy = [
  "default-src 'none'",
  "img-src 'self' data:",
  `style-src ${exportStylesheetHash}`,
  "script-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

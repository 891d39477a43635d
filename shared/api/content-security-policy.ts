import { exportStylesheetHash } from '../render/export-stylesheet';

/**
 * The Content-Security-Policy of the renderer, sent with every HTML page by the browser edition
 * (`electron/serve`) and by the desktop app's `app://` protocol. Scripts, styles, fonts and
 * connections only from the app's own origin; images also from data: and blob: URLs. The one
 * inline style allowed, by its hash, is the export stylesheet: Xem trước shows the exported
 * document in a `srcdoc` frame, which lives under this policy.
 */
export const contentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'self'",
  `style-src 'self' ${exportStylesheetHash}`,
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** For responses that are not pages (JSON, images): nothing may load or run from them. */
export const contentSecurityPolicyForData = "default-src 'none'; frame-ancestors 'none'; sandbox";

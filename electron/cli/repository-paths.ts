import { fileURLToPath } from 'node:url';

/** The built renderer that `newsdesk serve` serves. */
export const rendererDistDir = fileURLToPath(new URL('../../renderer/dist/', import.meta.url));

/** The Vite configuration that builds the renderer. */
export const rendererViteConfig = fileURLToPath(new URL('../../renderer/vite.config.ts', import.meta.url));

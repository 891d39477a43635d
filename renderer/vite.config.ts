import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const rendererRoot = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: rendererRoot,
  base: './',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'chrome130',
    sourcemap: true,
    // One script file and one stylesheet: the CSP allows only 'self' and no inline code.
    modulePreload: { polyfill: false },
    // The bundle (React, TipTap, ProseMirror, zod) is read from the local disk or loopback, not a
    // network: the 500 kB web-page warning does not apply.
    chunkSizeWarningLimit: 1_500,
  },
});

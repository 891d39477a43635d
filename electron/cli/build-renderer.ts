import { Console } from 'node:console';
import { rendererDistDir, rendererViteConfig } from './repository-paths';

/**
 * Builds the renderer with Vite, as `npm run build:renderer` does, into `outDir` (renderer/dist by
 * default). Vite's messages go to stderr: stdout belongs to the command's own output.
 */
export async function buildRenderer(outDir = rendererDistDir): Promise<void> {
  const { build, createLogger } = await import('vite');
  const logger = createLogger('warn', { console: new Console(process.stderr, process.stderr), allowClearScreen: false });
  await build({
    configFile: rendererViteConfig,
    logLevel: 'warn',
    customLogger: logger,
    clearScreen: false,
    build: { outDir, emptyOutDir: true },
  });
}

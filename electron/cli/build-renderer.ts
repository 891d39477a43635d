import { Console } from 'node:console';
import { Writable } from 'node:stream';
import type { OutputStream } from './command';
import { rendererDistDir, rendererViteConfig } from './repository-paths';

/**
 * Builds the renderer with Vite, as `npm run build:renderer` does, into `outDir` (renderer/dist by
 * default). Vite's messages go to `messages` (the command's stderr): stdout belongs to the
 * command's own output.
 */
export async function buildRenderer(outDir = rendererDistDir, messages: OutputStream = process.stderr): Promise<void> {
  const { build, createLogger } = await import('vite');
  const messageStream = new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      messages.write(typeof chunk === 'string' ? chunk : chunk.toString('utf8'));
      done();
    },
  });
  const logger = createLogger('warn', { console: new Console(messageStream, messageStream), allowClearScreen: false });
  await build({
    configFile: rendererViteConfig,
    logLevel: 'warn',
    customLogger: logger,
    clearScreen: false,
    build: { outDir, emptyOutDir: true },
  });
}

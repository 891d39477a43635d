import { runCliInProcess } from '../cli/newsdesk';

/**
 * The `newsdesk` program: the CLI, with the browser edition's server for `newsdesk serve`. The
 * two transports never import each other; this entry composes them.
 */
export function runNewsdeskProgram(): Promise<number> {
  // The server (node:http and streams) loads only for `newsdesk serve`: every other command starts without it.
  return runCliInProcess({ startBrowserServer: async (options) => (await import('../serve/server')).startServer(options) });
}

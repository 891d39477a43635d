import { runCliInProcess } from '../cli/newsdesk';
import { startServer } from '../serve/server';

/**
 * The `newsdesk` program: the CLI, with the browser edition's server for `newsdesk serve`. The
 * two transports never import each other; this entry composes them.
 */
export function runNewsdeskProgram(): Promise<number> {
  return runCliInProcess({ startBrowserServer: startServer });
}

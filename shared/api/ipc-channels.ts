import type { RendererMethodName } from './contract';

/** The IPC channel of one contract method; the preload invokes exactly these. */
export function methodChannel(method: RendererMethodName): string {
  return `newsdesk:${method}`;
}

/** Events from main to the renderer: `send(eventChannel, eventName, payload)`. */
export const eventChannel = 'newsdesk:event';

import { VirtualConsole } from 'jsdom';

/**
 * The console of a document parsed for import: jsdom's own errors go to the process's console as
 * by default, except stylesheets it cannot parse ("Could not parse CSS stylesheet"): pages carry
 * such CSS all the time, the import drops every stylesheet anyway, and the message is only noise.
 */
export function importVirtualConsole(): VirtualConsole {
  return new VirtualConsole().forwardTo(console, { jsdomErrors: ['not-implemented', 'resource-loading', 'unhandled-exception'] });
}

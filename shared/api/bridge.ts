import type { CallOutcome } from './errors';
import type { ArgsOf, ContractEvents, RendererMethodName, ResultOf } from './contract';

/** Subscribes to one backend event; returns the function that unsubscribes. */
export type SubscribeToEvent = <E extends keyof ContractEvents>(
  name: E,
  listener: (payload: ContractEvents[E]) => void,
) => () => void;

/**
 * What the Electron preload exposes as `window.newsdesk`: one function per contract method, named
 * exactly as the method (`bridge['articles.get']({ id })`), each resolving to a CallOutcome and never
 * rejecting for a backend error, plus `on` for the events the backend pushes.
 *
 * `renderer/api/client.ts` is the only code that calls it; the preload must match this type.
 */
export type DesktopBridge = {
  readonly [M in RendererMethodName]: (args: ArgsOf<M>) => Promise<CallOutcome<ResultOf<M>>>;
} & {
  readonly on: SubscribeToEvent;
};

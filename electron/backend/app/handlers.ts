import type { BackendContext } from '../backend-context';
import type { MethodHandlers } from '../handler-types';
import { appInfo } from './app-info';

/** The app methods of the contract. */
export function appHandlers(context: BackendContext) {
  return {
    'app.info': () => appInfo(context),
  } satisfies MethodHandlers;
}

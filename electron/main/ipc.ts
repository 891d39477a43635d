import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import type { ContractEvents, RendererMethodName } from '../../shared/api/contract';
import { rendererMethodNames } from '../../shared/api/contract';
import { ApiError, type CallOutcome } from '../../shared/api/errors';
import { eventChannel, methodChannel } from '../../shared/api/ipc-channels';
import type { Backend } from '../backend/backend-types';
import { isAppUrl } from './app-origin';

export interface IpcBindingOptions {
  backend: Backend;
  /**
   * The id of the one webContents whose page may call the backend. An id rather than the window, so
   * that the save a closing page sends from its beforeunload handler is still accepted.
   */
  getTrustedWebContentsId: () => number | null;
  /** Called after each call that reached the backend, e.g. to rebuild the menu when settings change. */
  onCallSettled?: (method: RendererMethodName, outcome: CallOutcome<unknown>) => void;
}

const pendingCalls = new Set<Promise<unknown>>();

/**
 * One `ipcMain.handle` per contract method, nothing else: the renderer cannot name a method the
 * contract does not have. Calls from any other page, frame or window get 'unauthorized'.
 */
export function bindContractToIpc(options: IpcBindingOptions): () => void {
  for (const method of rendererMethodNames) {
    ipcMain.handle(methodChannel(method), (event, args: unknown) => {
      if (!isTrustedSender(event, options.getTrustedWebContentsId())) {
        console.warn(`newsdesk: refused ${method} from ${event.senderFrame?.url ?? 'a closed frame'}`);
        return unauthorizedOutcome(method);
      }
      const call = options.backend
        .callFromTransport(method, args)
        .catch((error: unknown) => internalOutcome(method, error))
        .then((outcome) => {
          try {
            options.onCallSettled?.(method, outcome);
          } catch (error) {
            console.error(`newsdesk: after ${method}:`, error);
          }
          return outcome;
        });
      pendingCalls.add(call);
      void call.finally(() => pendingCalls.delete(call));
      return call;
    });
  }
  return () => {
    for (const method of rendererMethodNames) ipcMain.removeHandler(methodChannel(method));
  };
}

/** Resolves when the backend calls in progress have finished, or after `timeoutMilliseconds`. */
export async function waitForPendingCalls(timeoutMilliseconds: number): Promise<void> {
  if (pendingCalls.size === 0) return;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, timeoutMilliseconds);
  });
  await Promise.race([Promise.allSettled([...pendingCalls]).then(() => undefined), timeout]);
  clearTimeout(timer);
}

/** Pushes a contract event to the renderer; the preload hands `payload` alone to the listeners. */
export function sendEvent<E extends keyof ContractEvents>(
  window: BrowserWindow | null,
  name: E,
  payload: ContractEvents[E],
): void {
  if (window === null || window.isDestroyed()) return;
  window.webContents.send(eventChannel, name, payload);
}

function isTrustedSender(event: IpcMainInvokeEvent, trustedWebContentsId: number | null): boolean {
  if (trustedWebContentsId === null || event.sender.id !== trustedWebContentsId) return false;
  const frame = event.senderFrame;
  return frame !== null && frame.parent === null && isAppUrl(frame.url);
}

function unauthorizedOutcome(method: RendererMethodName): CallOutcome<never> {
  return { ok: false, error: new ApiError('caller-not-trusted', { method }).toShape() };
}

function internalOutcome(method: RendererMethodName, error: unknown): CallOutcome<never> {
  console.error(`newsdesk: ${method} failed unexpectedly:`, error);
  return { ok: false, error: new ApiError('unexpected-failure', { method }).toShape() };
}

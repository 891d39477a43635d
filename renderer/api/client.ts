/**
 * The renderer's only way to the backend. Both editions look the same from here:
 *
 * - desktop: the Electron preload exposes `window.newsdesk` (type `DesktopBridge`);
 * - browser: `newsdesk serve` answers `POST /api/<method>` on 127.0.0.1, with the per-run token the
 *   page received in its URL fragment (`#token=...`, kept in sessionStorage for reloads).
 *
 * Every method of `api` resolves to the method's result or rejects with an `ApiError` whose reason,
 * params, code, where and details come unchanged from the backend. When the backend cannot be
 * reached at all, the error has code 'internal', a reason of its own ('backend-unreachable',
 * 'bad-response', 'bad-http-response', 'bridge-method-missing'), and `details.transport` says why:
 * 'unreachable' (the server is not running, the network call failed), 'bad-response' (an answer that
 * is not a CallOutcome) or 'no-bridge-method' (the preload lacks the method). The interface words
 * every error by its reason and params (renderer/shell/describe-error.ts).
 */
import './bridge-types';
import { ApiError, type ErrorParamsOf, type ErrorReason, isApiErrorShape } from '../../shared/api/errors';
import { rendererMethodNames, type ContractEvents, type MethodName, type NewsdeskApi } from '../../shared/api/contract';
import type { DesktopBridge } from '../../shared/api/bridge';
import { resolveBrowserToken } from './browser-token';
import { jsonText } from './json-text';
import { methodsSentFromWorker, sendFromWorker } from './worker-transport';

export type Edition = 'desktop' | 'browser';

/** Why a call failed before reaching the backend, in `ApiError.details.transport`. */
export type TransportFailure = 'unreachable' | 'bad-response' | 'no-bridge-method';

const desktopBridge: DesktopBridge | undefined = typeof window === 'undefined' ? undefined : window.newsdesk;

/** Which edition the renderer runs in: inside the Electron app, or in a browser through `newsdesk serve`. */
export const edition: Edition = desktopBridge === undefined ? 'browser' : 'desktop';

let cachedToken: string | null | undefined;

/**
 * The browser edition's per-run token (null when the page was opened without one, and always null
 * in the desktop edition). Read once from the URL fragment or sessionStorage.
 */
export function browserToken(): string | null {
  if (edition === 'desktop' || typeof window === 'undefined') return null;
  if (cachedToken === undefined) {
    cachedToken = resolveBrowserToken({
      location: window.location,
      storage: sessionStorageOrNull(),
      history: window.history,
    });
  }
  return cachedToken;
}

function sessionStorageOrNull(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

function transportError<R extends ErrorReason>(failure: TransportFailure, reason: R, params: ErrorParamsOf<R>, extra: Record<string, unknown>): ApiError<R> {
  return new ApiError(reason, params, { details: { transport: failure, ...extra } });
}

/** Turns a CallOutcome from either transport into the value, or throws its ApiError. */
export function valueOfOutcome(outcome: unknown, method: string): unknown {
  if (typeof outcome === 'object' && outcome !== null) {
    const candidate = outcome as Record<string, unknown>;
    if (candidate.ok === true && 'value' in candidate) return candidate.value;
    if (candidate.ok === false && isApiErrorShape(candidate.error)) throw ApiError.fromShape(candidate.error);
  }
  throw transportError('bad-response', 'bad-response', { method }, { method });
}

async function callDesktop(bridge: DesktopBridge, method: MethodName, args: unknown): Promise<unknown> {
  const bridgeMethod: unknown = bridge[method];
  if (typeof bridgeMethod !== 'function') {
    throw transportError('no-bridge-method', 'bridge-method-missing', { method }, { method });
  }
  let outcome: unknown;
  try {
    outcome = await (bridgeMethod as (args: unknown) => Promise<unknown>)(args);
  } catch (error) {
    throw transportError('unreachable', 'backend-unreachable', { method, edition: 'desktop', problem: describe(error) }, { method });
  }
  return valueOfOutcome(outcome, method);
}

async function callBrowser(method: MethodName, args: unknown): Promise<unknown> {
  const token = browserToken();
  if (token === null) {
    throw new ApiError('access-token-missing', {});
  }
  const fromWorker = methodsSentFromWorker.has(method) ? sendFromWorker(method, token, args) : null;
  if (fromWorker !== null) {
    const reply = await fromWorker;
    if (reply.kind === 'unreachable') {
      throw transportError('unreachable', 'backend-unreachable', { method, edition: 'browser', problem: reply.problem }, { method });
    }
    if (reply.kind === 'bad-http-response') {
      throw transportError('bad-response', 'bad-http-response', { method, status: reply.status }, { method, status: reply.status });
    }
    return valueOfOutcome(reply.outcome, method);
  }
  let response: Response;
  try {
    response = await fetch(`/api/${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-newsdesk-token': token },
      body: jsonText(args),
      credentials: 'omit',
      cache: 'no-store',
    });
  } catch (error) {
    throw transportError('unreachable', 'backend-unreachable', { method, edition: 'browser', problem: describe(error) }, { method });
  }
  let outcome: unknown;
  try {
    outcome = await response.json();
  } catch {
    throw transportError('bad-response', 'bad-http-response', { method, status: response.status }, { method, status: response.status });
  }
  return valueOfOutcome(outcome, method);
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function callMethod(method: MethodName, args: unknown): Promise<unknown> {
  const sentArgs = args === undefined ? {} : args;
  return desktopBridge === undefined ? callBrowser(method, sentArgs) : callDesktop(desktopBridge, method, sentArgs);
}

/** The typed backend: `await api['articles.get']({ id })` gives the article or rejects with an ApiError. */
export const api: NewsdeskApi = Object.freeze(
  Object.fromEntries(rendererMethodNames.map((method) => [method, (args: unknown) => callMethod(method, args)])),
) as NewsdeskApi;

/**
 * Listens to an event the backend pushes (desktop edition). Returns the function that stops
 * listening. The browser edition pushes no events: the listener is never called there.
 */
export function onEvent<E extends keyof ContractEvents>(
  name: E,
  listener: (payload: ContractEvents[E]) => void,
): () => void {
  if (desktopBridge === undefined) return () => {};
  return desktopBridge.on(name, listener);
}

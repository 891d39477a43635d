import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import type { ArgsOf, MethodName, ResultOf } from '../../../../shared/api/contract';
import type { ApiErrorShape } from '../../../../shared/api/errors';
import { type Backend, openBackend, type OpenedBackend } from '../../../../electron/backend/backend';

/** A clock the test moves by hand. */
export interface FakeClock {
  now: () => Date;
  advance(milliseconds: number): void;
  set(iso: string): void;
}

export function fakeClock(start = '2024-03-29T08:00:00.000Z'): FakeClock {
  let current = Date.parse(start);
  return {
    now: () => new Date(current),
    advance(milliseconds) {
      current += milliseconds;
    },
    set(iso) {
      current = Date.parse(iso);
    },
  };
}

/**
 * Temporary folders and backends for one test file, removed after each test:
 * `const fixture = backendFixture();` at the top of a describe block.
 */
export function backendFixture() {
  const folders: string[] = [];
  const backends: OpenedBackend[] = [];

  afterEach(() => {
    for (const backend of backends.splice(0)) backend.close();
    for (const folder of folders.splice(0)) fs.rmSync(folder, { recursive: true, force: true });
  });

  const folder = () => {
    const created = fs.mkdtempSync(path.join(os.tmpdir(), 'newsdesk-test-'));
    folders.push(created);
    return created;
  };

  return {
    folder,
    /** A new backend on a new database file, checking every result against the contract. */
    open(options: { now?: () => Date; databasePath?: string; logError?: (message: string) => void } = {}): OpenedBackend {
      const backend = openBackend({
        databasePath: options.databasePath ?? path.join(folder(), 'newsdesk.sqlite'),
        checkResults: true,
        ...(options.now ? { now: options.now } : {}),
        ...(options.logError ? { logError: options.logError } : {}),
      });
      backends.push(backend);
      return backend;
    },
  };
}

/** Calls a method, typed from the contract, and returns its value; rejects with the ApiError when it fails. */
export function call<M extends MethodName>(backend: Backend, method: M, args: ArgsOf<M>): Promise<ResultOf<M>> {
  return backend.call(method, args);
}

/**
 * Calls a method that must fail and returns its error. The method and arguments are untyped, as
 * from a transport, so that tests can send what the compiler would refuse.
 */
export async function callError(backend: Backend, method: string, args: unknown): Promise<ApiErrorShape> {
  const outcome = await backend.callFromTransport(method, args);
  if (outcome.ok) throw new Error(`${method} succeeded but was expected to fail: ${JSON.stringify(outcome.value).slice(0, 200)}`);
  return outcome.error;
}

/** A one-paragraph article body. */
export function paragraphs(...texts: string[]) {
  return { type: 'doc', content: texts.map((text) => ({ type: 'paragraph', ...(text ? { content: [{ type: 'text', text }] } : {}) })) };
}

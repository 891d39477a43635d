import type { z } from 'zod';
import type { ImportOutcome } from '../import/import-outcome';
import { appMethods } from './methods/app';
import { articleMethods } from './methods/articles';
import { authorMethods } from './methods/authors';
import { categoryMethods } from './methods/categories';
import { databaseMethods } from './methods/database';
import { exportMethods } from './methods/export';
import { commentMethods } from './methods/comments';
import { importMethods } from './methods/import';
import { mediaMethods } from './methods/media';
import { revisionMethods } from './methods/revisions';
import { searchMethods } from './methods/search';

/**
 * Every backend method, declared once. The Electron IPC binding and the HTTP binding of the browser
 * edition reach the backend through `backend.callFromTransport`; the CLI, Electron's main process,
 * benches and tests through the typed `backend.call`. Both validate with these schemas.
 */
export const contract = {
  ...appMethods,
  ...articleMethods,
  ...revisionMethods,
  ...authorMethods,
  ...mediaMethods,
  ...importMethods,
  ...searchMethods,
  ...categoryMethods,
  ...databaseMethods,
  ...exportMethods,
  ...commentMethods,
};

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type ArgsOf<M extends MethodName> = z.input<Contract[M]['args']>;
export type ParsedArgsOf<M extends MethodName> = z.output<Contract[M]['args']>;
export type ResultOf<M extends MethodName> = z.output<Contract[M]['result']>;

/** The methods only in-process code may call (`audience: 'trusted'`): no transport serves them. */
export type TrustedMethodName = { [M in MethodName]: Contract[M] extends { audience: 'trusted' } ? M : never }[MethodName];
/** The methods the page may call, through IPC or HTTP. */
export type RendererMethodName = Exclude<MethodName, TrustedMethodName>;

export const methodNames = Object.keys(contract) as MethodName[];

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}

export function isRendererMethodName(name: unknown): name is RendererMethodName {
  return isMethodName(name) && (contract[name] as { audience?: string }).audience !== 'trusted';
}

/** The methods the preload and the HTTP server offer, in contract order. */
export const rendererMethodNames: readonly RendererMethodName[] = methodNames.filter(isRendererMethodName);

/** The typed client the renderer uses: `api['articles.get']({ id })`. */
export type NewsdeskApi = { [M in RendererMethodName]: (args: ArgsOf<M>) => Promise<ResultOf<M>> };

/** Events the backend pushes to the renderer (progress of long jobs). */
export interface ContractEvents {
  'job.progress': { jobId: string; done: number; total: number; label: string };
  /** A native menu item or its accelerator was chosen (desktop edition). */
  'menu.command': { command: MenuCommand };
  /**
   * Files chosen through File › Nhập were imported (desktop edition) through the same pipeline as
   * the page's own (shared/import/import-one-file.ts): one `import.files` call per file, one
   * outcome per file in the order chosen.
   */
  'import.completed': { outcomes: ImportOutcome[] };
}

export const menuCommands = ['new-article', 'save', 'import', 'settings', 'find', 'insert-image', 'export-html', 'version-history', 'find-replace'] as const;
export type MenuCommand = (typeof menuCommands)[number];
export const eventNames = ['job.progress', 'menu.command', 'import.completed'] as const satisfies ReadonlyArray<keyof ContractEvents>;

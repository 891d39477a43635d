import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { ApiError } from '../../../shared/api/errors';
import type { ExportConflictPolicy } from '../../../shared/model/export';

/**
 * Writing exports so that no reader ever sees half a file and nothing is overwritten unasked:
 * every file is written under a temporary name in its final folder, flushed (fsync), then given
 * its name; a 'folder' export is built whole in a temporary folder beside its final place, then
 * renamed into place. Temporary names start with "." and end with ".tmp"; a failure removes them.
 */

/** Where an export lands, or the name that already exists (policy 'ask'). */
export type Placement = { outcome: 'written'; path: string } | { outcome: 'exists'; path: string };

/** The name for the `attempt`th try (1, 2, 3…): "stem.ext", "stem-2.ext", "stem-3.ext"… */
export function numberedName(stem: string, extension: string, attempt: number): string {
  return attempt === 1 ? `${stem}${extension}` : `${stem}-${attempt}${extension}`;
}

/** Checks that `folder` is absolute and creates it (and its parents) when missing. */
export async function prepareExportFolder(folder: string): Promise<void> {
  if (!path.isAbsolute(folder)) throw new ApiError('export-folder-not-absolute', { folder }, { where: 'folder' });
  try {
    await fs.mkdir(folder, { recursive: true });
    const stat = await fs.stat(folder);
    if (!stat.isDirectory()) throw Object.assign(new Error('it is not a folder'), { code: 'ENOTDIR' });
  } catch (error) {
    if (isPermissionError(error)) throw new ApiError('export-permission-denied', { path: folder }, { where: 'folder' });
    throw new ApiError('export-folder-invalid', { folder, problem: problemOf(error) }, { where: 'folder' });
  }
}

/** True when something (a file, a folder, a link) has this path. */
export async function pathExists(target: string): Promise<boolean> {
  try {
    await fs.lstat(target);
    return true;
  } catch (error) {
    if (codeOf(error) === 'ENOENT') return false;
    throw writeFailure(target, error);
  }
}

/** A temporary name beside `target`'s final name, in the same folder (so a rename is atomic). */
function temporaryPath(folder: string, name: string): string {
  return path.join(folder, `.${name}.${randomBytes(6).toString('hex')}.tmp`);
}

/** Writes `bytes` to a new file and flushes it to disk. */
export async function writeFlushed(target: string, bytes: string | Uint8Array): Promise<void> {
  const handle = await fs.open(target, 'wx');
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Writes one file `<stem><extension>` into `folder` atomically. 'replace' takes the name even if
 * it exists; 'rename' takes the first free numbered name; 'ask' writes nothing when the name is
 * taken and answers `exists`. The name is taken with a hard link, which fails rather than
 * overwrite, so a file that appears meanwhile is never replaced.
 */
export async function placeFile(
  folder: string,
  stem: string,
  extension: string,
  bytes: string | Uint8Array,
  ifExists: ExportConflictPolicy,
): Promise<Placement> {
  const firstName = numberedName(stem, extension, 1);
  const temporary = temporaryPath(folder, firstName);
  try {
    await guarded(temporary, () => writeFlushed(temporary, bytes));
    if (ifExists === 'replace') {
      const target = path.join(folder, firstName);
      await guarded(target, () => fs.rename(temporary, target));
      return { outcome: 'written', path: target };
    }
    for (let attempt = 1; ; attempt += 1) {
      const target = path.join(folder, numberedName(stem, extension, attempt));
      if (await takeNameWithoutOverwriting(temporary, target)) return { outcome: 'written', path: target };
      if (ifExists === 'ask') return { outcome: 'exists', path: target };
    }
  } finally {
    await fs.rm(temporary, { force: true });
  }
}

/** Gives `temporary` the name `target` unless something has it; false when taken. */
async function takeNameWithoutOverwriting(temporary: string, target: string): Promise<boolean> {
  try {
    await fs.link(temporary, target);
    return true;
  } catch (error) {
    const code = codeOf(error);
    if (code === 'EEXIST') return false;
    if (!['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV', 'EMLINK'].includes(code ?? '')) throw writeFailure(target, error);
  }
  // File systems without hard links (FAT, exFAT): check, then rename.
  if (await pathExists(target)) return false;
  await guarded(target, () => fs.rename(temporary, target));
  return true;
}

/** A folder being built beside its final place; `place` moves it there, `discard` removes it. */
export interface StagedFolder {
  readonly path: string;
  /** Writes one file (its parent folders created) inside the staged folder. */
  write(relativePath: string, bytes: string | Uint8Array): Promise<string>;
  place(stem: string, ifExists: ExportConflictPolicy): Promise<Placement>;
  discard(): Promise<void>;
}

/** Starts building the folder `<stem>` inside `folder`. */
export async function stageFolder(folder: string, stem: string): Promise<StagedFolder> {
  const staging = temporaryPath(folder, stem);
  await guarded(staging, () => fs.mkdir(staging));
  return {
    path: staging,
    async write(relativePath, bytes) {
      const target = path.join(staging, relativePath);
      await guarded(target, async () => {
        await fs.mkdir(path.dirname(target), { recursive: true });
        await writeFlushed(target, bytes);
      });
      return target;
    },
    async place(placedStem, ifExists) {
      if (ifExists === 'replace') {
        const target = path.join(folder, placedStem);
        await replaceFolder(folder, staging, target);
        return { outcome: 'written', path: target };
      }
      for (let attempt = 1; ; attempt += 1) {
        const target = path.join(folder, numberedName(placedStem, '', attempt));
        if (!(await pathExists(target))) {
          await guarded(target, () => fs.rename(staging, target));
          return { outcome: 'written', path: target };
        }
        if (ifExists === 'ask') return { outcome: 'exists', path: target };
      }
    },
    discard: () => fs.rm(staging, { recursive: true, force: true }),
  };
}

/** Puts `staging` in the place of `target`: the old one is moved aside, the new one renamed in, then the old one removed. */
async function replaceFolder(folder: string, staging: string, target: string): Promise<void> {
  if (!(await pathExists(target))) {
    await guarded(target, () => fs.rename(staging, target));
    return;
  }
  const aside = temporaryPath(folder, `${path.basename(target)}.old`);
  await guarded(target, () => fs.rename(target, aside));
  try {
    await guarded(target, () => fs.rename(staging, target));
  } catch (error) {
    await fs.rename(aside, target).catch(() => {});
    throw error;
  }
  await fs.rm(aside, { recursive: true, force: true });
}

/** Runs a file system step on `target`, turning its failure into an ApiError that names the path. */
async function guarded<T>(target: string, step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    throw writeFailure(target, error);
  }
}

function writeFailure(target: string, error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (isPermissionError(error)) return new ApiError('export-permission-denied', { path: target }, { where: 'folder' });
  return new ApiError('export-write-failed', { path: target, problem: problemOf(error) }, { where: 'folder' });
}

function codeOf(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && typeof (error as { code?: unknown }).code === 'string' ? (error as { code: string }).code : undefined;
}

function isPermissionError(error: unknown): boolean {
  return ['EACCES', 'EPERM', 'EROFS'].includes(codeOf(error) ?? '');
}

/** The system's message without Node's "CODE: " prefix and the repeated path. */
function problemOf(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const match = /^[A-Z]+: ([^,]+)/.exec(error.message);
  return match ? match[1]! : error.message;
}

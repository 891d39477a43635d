import { dialog, type BrowserWindow } from 'electron';
import type { ContractEvents } from '../../shared/api/contract';
import { allImportExtensions } from '../../shared/model/import';
import type { Backend } from '../backend/backend-types';
import { importChosenFiles } from './import-chosen-files';
import type { MenuLabels } from './menu-labels';

/** The 'job.progress' id of each run is this prefix and a number (renderer/import/import-job-progress.ts). */
const importJobPrefix = 'import:';

export interface ImportThroughDialogOptions {
  /** The dialog's parent; the events go to its page. */
  window: BrowserWindow;
  labels: MenuLabels;
  backend: Backend;
  /** Pushes a contract event to the window's page. */
  sendEvent: <E extends keyof ContractEvents>(name: E, payload: ContractEvents[E]) => void;
}

let jobCount = 0;
let previousRun: Promise<unknown> = Promise.resolve();

/**
 * File › Nhập in the desktop edition: the native open dialog, then each chosen file imported in
 * its own call, with 'job.progress' events, and one 'import.completed' event for the report.
 * A cancelled dialog does nothing. Runs follow one another, never interleave.
 */
export async function importThroughDialog(options: ImportThroughDialogOptions): Promise<void> {
  const { labels } = options;
  const chosen = await dialog.showOpenDialog(options.window, {
    title: labels.importDialogTitle,
    properties: ['openFile', 'multiSelections'],
    filters: [{ name: labels.importFileType, extensions: [...allImportExtensions] }],
  });
  if (chosen.canceled || chosen.filePaths.length === 0) return;

  jobCount += 1;
  const jobId = `${importJobPrefix}${jobCount}`;
  const run = previousRun.then(async () => {
    const outcomes = await importChosenFiles(chosen.filePaths, {
      send: (file) => options.backend.call('import.files', { files: [file] }),
      onProgress: (done, total, label) => options.sendEvent('job.progress', { jobId, done, total, label }),
    });
    options.sendEvent('import.completed', { outcomes });
  });
  previousRun = run.catch(() => undefined);
  await run;
}

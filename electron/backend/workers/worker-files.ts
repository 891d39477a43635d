import { fileURLToPath } from 'node:url';

/**
 * Where a worker's bootstrap and a job's module are. From the sources (tsx, vitest) they sit beside
 * this file and the bootstrap registers tsx for the job; in the Electron bundle (electron/dist/main.mjs)
 * build-electron.mjs writes them to electron/dist/workers/.
 */
export function workerFiles(jobName: string): { bootstrap: URL; jobModule: string; tsconfig: string | null } {
  const here = import.meta.url;
  if (/\.[cm]?ts$/u.test(new URL(here).pathname)) {
    return {
      bootstrap: new URL('./worker-bootstrap.mjs', here),
      jobModule: new URL(`./jobs/${jobName}.job.ts`, here).href,
      tsconfig: fileURLToPath(new URL('../../../tsconfig.json', here)),
    };
  }
  return {
    bootstrap: new URL('./workers/worker-bootstrap.mjs', here),
    jobModule: new URL(`./workers/jobs/${jobName}.job.mjs`, here).href,
    tsconfig: null,
  };
}

import { fileURLToPath } from 'node:url';
import { builtCliIsCurrent } from './built-bundle.mjs';

export interface WorkerFiles {
  bootstrap: URL;
  jobModule: string;
  /** Set when the job is TypeScript: the bootstrap registers tsx with it. */
  tsconfig: string | null;
}

/**
 * Where a worker's bootstrap and a job's module are. In a bundle (electron/dist/main.mjs, the CLI's
 * newsdesk-cli.mjs) they are electron/dist/workers/, beside it. From the sources (tsx, vitest) the
 * same built jobs are used while they were built from the sources as they are (checked each time a
 * worker starts, a few milliseconds; a bundled job loads in half the time); otherwise the TypeScript job beside this
 * file, through tsx. `moduleUrl` (tests) is always a TypeScript module run through tsx.
 */
export function workerFiles(jobName: string, moduleUrl?: string): WorkerFiles {
  const here = import.meta.url;
  const fromSources = /\.[cm]?ts$/u.test(new URL(here).pathname);
  if (!fromSources) {
    return { bootstrap: new URL('./workers/worker-bootstrap.mjs', here), jobModule: new URL(`./workers/jobs/${jobName}.job.mjs`, here).href, tsconfig: null };
  }
  const repositoryRoot = new URL('../../../', here);
  if (moduleUrl === undefined && builtCliIsCurrent(fileURLToPath(repositoryRoot))) {
    return {
      bootstrap: new URL('electron/dist/workers/worker-bootstrap.mjs', repositoryRoot),
      jobModule: new URL(`electron/dist/workers/jobs/${jobName}.job.mjs`, repositoryRoot).href,
      tsconfig: null,
    };
  }
  return {
    bootstrap: new URL('./worker-bootstrap.mjs', here),
    jobModule: moduleUrl ?? new URL(`./jobs/${jobName}.job.ts`, here).href,
    tsconfig: fileURLToPath(new URL('../../../tsconfig.json', here)),
  };
}

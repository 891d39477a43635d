import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * One worker per core (UNIT_WORKERS to choose): vitest's default leaves a core for itself, which on
 * the two-core development machines means a single worker while the files spend part of their time
 * waiting on disk syncs, child processes and sockets.
 */
const workers = Number(process.env.UNIT_WORKERS) || os.availableParallelism();

/** Test files that replace modules or globals (vi.mock, vi.stubGlobal): they run isolated, each in a fresh module registry. */
const replacingModules = ['test/unit/electron/main/main-process.test.ts', 'test/unit/renderer/api/client.test.ts'];
const include = ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx'];

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    environment: 'node',
    pool: 'forks',
    maxWorkers: workers,
    testTimeout: 20_000,
    projects: [
      // The other files share each worker's module registry (no per-file isolation): loading jsdom,
      // TipTap and the backend once per worker instead of once per file cuts the suite's time by half.
      { extends: true, test: { name: 'unit', include, exclude: replacingModules, isolate: false } },
      { extends: true, test: { name: 'unit-isolated', include: replacingModules, isolate: true } },
    ],
  },
});

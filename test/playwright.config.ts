import { defineConfig } from '@playwright/test';
import { chromiumArgs, findChromium } from './support/find-chromium.mjs';

const chromiumPath = findChromium();
const workers = Number(process.env.E2E_WORKERS ?? 3);

/**
 * End-to-end tests. 'browser' drives the browser edition in a real Chromium (its server runs in the
 * Playwright worker, except in settings.spec.ts, which spawns the real `newsdesk serve`);
 * 'electron' is the desktop smoke test, which skips itself where no Electron binary exists.
 * `npm run test:e2e` (test/support/run-e2e.mjs) finds Chromium and builds the renderer first.
 */
export default defineConfig({
  // Three workers unless E2E_WORKERS says otherwise: each browser test runs its own server in its
  // worker and spends much of its time waiting (autosave debounce, retries, expectations polling).
  // With two workers the tests leave the two cores of the development machines idle most of the
  // time: 20 tests (autosave, article-editing, figures) used about 90 s of CPU, Chromium included.
  workers: Number.isInteger(workers) && workers > 0 ? workers : 3,
  fullyParallel: false,
  forbidOnly: true,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  outputDir: './.results',
  reporter: [['list']],
  projects: [
    {
      name: 'browser',
      testDir: './e2e',
      // Every test has its own database and server, so the tests of a file may run in either worker.
      fullyParallel: true,
      use: {
        browserName: 'chromium',
        headless: true,
        locale: 'vi-VN',
        timezoneId: 'Asia/Ho_Chi_Minh',
        trace: 'retain-on-failure',
        launchOptions: {
          ...(chromiumPath === null ? {} : { executablePath: chromiumPath }),
          args: [...chromiumArgs],
        },
      },
    },
    {
      // Its tests share one launched app (beforeAll): they stay together in one worker.
      name: 'electron',
      testDir: './electron',
    },
  ],
});

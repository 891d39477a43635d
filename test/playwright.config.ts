import { defineConfig } from '@playwright/test';
import { chromiumArgs, findChromium } from './support/find-chromium.mjs';

const chromiumPath = findChromium();
const workers = Number(process.env.E2E_WORKERS ?? 1);

/**
 * End-to-end tests. 'browser' drives the browser edition (`newsdesk serve`) in a real Chromium;
 * 'electron' is the desktop smoke test, which skips itself where no Electron binary exists.
 * `npm run test:e2e` (test/support/run-e2e.mjs) finds Chromium and builds the renderer first.
 */
export default defineConfig({
  // Two cores on the development machines: one worker unless told otherwise.
  workers: Number.isInteger(workers) && workers > 0 ? workers : 1,
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
      name: 'electron',
      testDir: './electron',
    },
  ],
});

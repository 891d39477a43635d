// `npm run test:e2e`: find Chromium (or fetch Playwright's), build the renderer, run Playwright.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtCliIsCurrent } from '../../electron/backend/workers/built-bundle.mjs';
import { findChromium } from './find-chromium.mjs';

const repositoryRoot = fileURLToPath(new URL('../..', import.meta.url));
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: repositoryRoot, stdio: 'inherit', ...options });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

function locateChromium() {
  try {
    return findChromium();
  } catch (error) {
    console.error(`test:e2e: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}

let chromium = locateChromium();
if (chromium === null) {
  console.error('test:e2e: no Chromium found; trying `npx playwright install chromium`...');
  const installStatus = run(npx, ['playwright', 'install', 'chromium'], { stdio: ['ignore', 'ignore', 'ignore'], timeout: 300_000 });
  chromium = installStatus === 0 ? locateChromium() : null;
}
if (chromium === null) {
  console.error(
    'test:e2e: no Chromium and Playwright cannot download one here: run `sudo apt-get install chromium` (Debian/Ubuntu) or set CHROMIUM_PATH to a Chromium or Chrome executable.',
  );
  process.exit(1);
}
console.log(`test:e2e: Chromium ${chromium}`);

const seconds = (since) => ((performance.now() - since) / 1000).toFixed(1);

// Built once here: the browser specs serve a copy of it, and the Electron smoke test (told by
// NEWSDESK_E2E_RENDERER_BUILT) loads renderer/dist without building it again.
const buildStarted = performance.now();
const buildStatus = run(npm, ['run', '--silent', 'build:renderer']);
const buildSeconds = seconds(buildStarted);
if (buildStatus !== 0) {
  console.error('test:e2e: building the renderer failed (npm run build:renderer); see the messages above.');
  process.exit(buildStatus);
}

// Import workers and the spawned `newsdesk serve` run the built jobs and CLI when they are current,
// and the TypeScript sources through tsx otherwise (seconds slower to start, on every start).
if (!builtCliIsCurrent(repositoryRoot)) {
  const electronStatus = run(npm, ['run', '--silent', 'build:electron'], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (electronStatus !== 0) {
    console.error('test:e2e: building the command and worker jobs failed (npm run build:electron); see the messages above.');
    process.exit(electronStatus);
  }
}

// The tests serve a private copy of the build, so that a rebuild of renderer/dist while they run
// (by a developer or another tool in the same checkout) cannot pull files from under them.
const rendererCopy = fs.mkdtempSync(path.join(os.tmpdir(), 'newsdesk-e2e-renderer-'));
fs.cpSync(path.join(repositoryRoot, 'renderer/dist'), rendererCopy, { recursive: true });

const passthrough = process.argv.slice(2);
const testsStarted = performance.now();
const status = run(npx, ['playwright', 'test', '--config', 'test/playwright.config.ts', ...passthrough], {
  env: { ...process.env, CHROMIUM_PATH: chromium, NEWSDESK_E2E_RENDERER_DIR: rendererCopy, NEWSDESK_E2E_RENDERER_BUILT: '1' },
});
fs.rmSync(rendererCopy, { recursive: true, force: true });
console.log(`test:e2e: renderer build ${buildSeconds} s, Playwright ${seconds(testsStarted)} s`);
process.exit(status);

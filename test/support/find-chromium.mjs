// Finds a Chromium for the end-to-end tests: $CHROMIUM_PATH, Debian's /usr/bin/chromium, or the one
// Playwright downloaded (`npx playwright install chromium`). Run directly, it prints the path found.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

/** Flags for Chromium in containers and CI: no sandbox, no GPU, no background network traffic. */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Where `apt-get install chromium` and the Ubuntu/Fedora packages put the browser. */
const systemCandidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

function isExecutableFile(candidate) {
  try {
    fs.accessSync(candidate, fs.constants.X_OK);
    return fs.statSync(candidate).isFile();
  } catch {
    return false;
  }
}

function playwrightChromium() {
  try {
    const { chromium } = createRequire(import.meta.url)('playwright-core');
    return chromium.executablePath();
  } catch {
    return null;
  }
}

/**
 * The path of a usable Chromium, or null. A CHROMIUM_PATH that does not point to an executable is
 * reported as an error rather than silently replaced by another browser.
 */
export function findChromium(environment = process.env) {
  const fromEnvironment = environment.CHROMIUM_PATH;
  if (fromEnvironment) {
    if (isExecutableFile(fromEnvironment)) return fromEnvironment;
    throw new Error(`CHROMIUM_PATH is ${fromEnvironment}, which is not an executable file.`);
  }
  for (const candidate of systemCandidates) {
    if (isExecutableFile(candidate)) return candidate;
  }
  const downloaded = playwrightChromium();
  return downloaded !== null && isExecutableFile(downloaded) ? downloaded : null;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    const found = findChromium();
    if (found === null) {
      console.error('No Chromium found.');
      process.exitCode = 1;
    } else {
      console.log(found);
    }
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  }
}

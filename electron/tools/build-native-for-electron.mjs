#!/usr/bin/env node
// Builds better-sqlite3 for the installed Electron's ABI into electron/dist/native/, without
// touching node_modules/better-sqlite3 (whose Node build the tests and the CLI use). The package
// is copied to a temporary folder and compiled there by node-gyp against Electron's headers; the
// desktop app then loads the result through better-sqlite3's `nativeBinding` option.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import {
  electronNativeBindingFile as outputFile,
  electronNativeStampFile as stampFile,
  hasElectronNativeBinding,
  repositoryRoot,
  wantedNativeBindingStamp,
} from './electron-environment.mjs';

const require = createRequire(import.meta.url);
const headersHost = 'https://electronjs.org/headers';
const outputFolder = path.dirname(outputFile);
const compileTimeoutMilliseconds = 15 * 60_000;

const stamp = wantedNativeBindingStamp();
const { electronVersion, betterSqliteVersion } = stamp;
const headersFolder = process.env.ELECTRON_GYP_DEVDIR || path.join(os.homedir(), '.electron-gyp');
const headersArchive = `${headersHost}/v${electronVersion}/node-v${electronVersion}-headers.tar.gz`;

if (process.argv.includes('--help')) {
  console.log('Usage: node electron/tools/build-native-for-electron.mjs [--force]');
  console.log(`Builds better-sqlite3 ${betterSqliteVersion} for Electron ${electronVersion} into ${path.relative(repositoryRoot, outputFile)}.`);
  process.exit(0);
}

if (!process.argv.includes('--force') && hasElectronNativeBinding()) {
  console.log(`build-native: ${path.relative(repositoryRoot, outputFile)} is already built for Electron ${electronVersion}.`);
  process.exit(0);
}

if (!hasCachedHeaders() && !(await canReach(headersArchive))) {
  console.error(
    [
      `build-native: cannot build better-sqlite3 for Electron ${electronVersion}: compiling it for Electron's ABI`,
      `needs Electron's C++ headers, which are not on this machine, and ${headersArchive} cannot be reached`,
      'from here (no access to electronjs.org). Nothing was changed; node_modules/better-sqlite3 (the Node build',
      'the tests and the CLI use) is untouched. Run this command on a machine that can reach electronjs.org, or',
      `unpack the headers into ${path.join(headersFolder, electronVersion)} (ELECTRON_GYP_DEVDIR names another folder`,
      'holding <version>/include/node), then run it again.',
    ].join(' '),
  );
  process.exit(1);
}

const workFolder = await mkdtemp(path.join(os.tmpdir(), 'newsdesk-better-sqlite3-'));
try {
  const packageCopy = path.join(workFolder, 'better-sqlite3');
  const packageFolder = path.dirname(require.resolve('better-sqlite3/package.json'));
  await cp(packageFolder, packageCopy, {
    recursive: true,
    filter: (source) => {
      const relative = path.relative(packageFolder, source).split(path.sep)[0];
      return relative !== 'build' && relative !== 'node_modules';
    },
  });

  const nodeGyp = require.resolve('node-gyp/bin/node-gyp.js');
  const exitCode = await run(process.execPath, [
    nodeGyp,
    'rebuild',
    '--release',
    `--target=${electronVersion}`,
    `--dist-url=${headersHost}`,
    '--runtime=electron',
    `--arch=${process.arch}`,
    `--devdir=${headersFolder}`,
  ], packageCopy);
  if (exitCode !== 0) {
    console.error(
      `build-native: node-gyp failed (exit code ${exitCode}) while compiling better-sqlite3 for Electron ${electronVersion}; ` +
        'its output is above. It needs Python 3 and a C++20 compiler (build-essential on Debian, Xcode on macOS, ' +
        'Visual Studio Build Tools on Windows). node_modules/better-sqlite3 is untouched.',
    );
    process.exit(1);
  }

  await mkdir(outputFolder, { recursive: true });
  await copyFile(path.join(packageCopy, 'build', 'Release', 'better_sqlite3.node'), outputFile);
  await writeFile(stampFile, `${JSON.stringify(stamp, null, 2)}\n`);
  console.log(`build-native: built ${path.relative(repositoryRoot, outputFile)} for Electron ${electronVersion} (${process.platform}-${process.arch}).`);
} finally {
  await rm(workFolder, { recursive: true, force: true });
}

function hasCachedHeaders() {
  return existsSync(path.join(headersFolder, electronVersion, 'include', 'node', 'node.h'));
}

async function canReach(url) {
  try {
    const response = await fetch(url, { method: 'HEAD', signal: AbortSignal.timeout(15_000) });
    return response.ok;
  } catch {
    return false;
  }
}

function run(command, args, cwd) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, stdio: 'inherit' });
    const timer = setTimeout(() => child.kill('SIGTERM'), compileTimeoutMilliseconds);
    child.on('error', () => resolve(1));
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve(code ?? 1);
    });
  });
}

// Where the Electron binary and the Electron build of better-sqlite3 are, without ever triggering
// a download: `require('electron')` would download the binary on first use, so it is never called.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repositoryRoot = fileURLToPath(new URL('../..', import.meta.url));
const electronPackageFolder = path.join(repositoryRoot, 'node_modules', 'electron');

export const electronNativeBindingFile = path.join(repositoryRoot, 'electron', 'dist', 'native', 'better_sqlite3.node');
/** Written next to the binding: what it was built for, so that an Electron upgrade is noticed. */
export const electronNativeStampFile = path.join(repositoryRoot, 'electron', 'dist', 'native', 'better_sqlite3.json');

/** The version of the installed `electron` package, e.g. "45.5.0". */
export function electronVersion() {
  return installedVersion('electron');
}

/** What electron/dist/native/better_sqlite3.node must have been built for, on this machine now. */
export function wantedNativeBindingStamp() {
  return {
    electronVersion: electronVersion(),
    betterSqliteVersion: installedVersion('better-sqlite3'),
    platform: process.platform,
    arch: process.arch,
  };
}

/** The executable inside an Electron distribution folder, as electron's own install script names it. */
export function executableInDistribution(platform = process.platform) {
  if (platform === 'darwin' || platform === 'mas') return 'Electron.app/Contents/MacOS/Electron';
  if (platform === 'win32') return 'electron.exe';
  return 'electron';
}

/**
 * The Electron executable to run, or null when there is none: ELECTRON_OVERRIDE_DIST_PATH first
 * (a folder holding an unpacked Electron), then the binary electron's install script downloaded.
 */
export function findElectronBinary(environment = process.env) {
  const override = environment.ELECTRON_OVERRIDE_DIST_PATH?.trim();
  if (override) {
    const executable = path.join(override, readInstalledExecutableName() ?? executableInDistribution());
    return existsSync(executable) ? { path: executable, source: 'ELECTRON_OVERRIDE_DIST_PATH' } : null;
  }
  const installed = readInstalledExecutableName();
  if (installed === null) return null;
  const executable = path.join(electronPackageFolder, 'dist', installed);
  return existsSync(executable) ? { path: executable, source: 'node_modules/electron/dist' } : null;
}

/** Why findElectronBinary found nothing, in one sentence. */
export function describeMissingElectronBinary(environment = process.env) {
  const override = environment.ELECTRON_OVERRIDE_DIST_PATH?.trim();
  if (override) return `ELECTRON_OVERRIDE_DIST_PATH is ${override}, but it holds no ${executableInDistribution()}.`;
  return `node_modules/electron has no downloaded binary (electron ${electronVersion()} downloads it on first use from github.com).`;
}

/**
 * Runs electron's own install script once (it downloads the binary from GitHub's release host).
 * Resolves to { ok, output } and never rejects; gives up after `timeoutMilliseconds`.
 */
export function installElectronBinary({ timeoutMilliseconds = 120_000 } = {}) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(electronPackageFolder, 'install.js')], {
      cwd: electronPackageFolder,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const collect = (chunk) => {
      output = (output + chunk.toString()).slice(-8_000);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    const timer = setTimeout(() => {
      output += `\n(gave up after ${Math.round(timeoutMilliseconds / 1000)} s)`;
      child.kill('SIGTERM');
    }, timeoutMilliseconds);
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({ ok: false, output: `${output}\n${error.message}` });
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ ok: code === 0 && findElectronBinary() !== null, output });
    });
  });
}

/** True when electron/dist/native holds a better-sqlite3 built for the installed Electron and better-sqlite3 on this platform. */
export function hasElectronNativeBinding() {
  if (!existsSync(electronNativeBindingFile)) return false;
  try {
    const recorded = JSON.parse(readFileSync(electronNativeStampFile, 'utf8'));
    return Object.entries(wantedNativeBindingStamp()).every(([key, value]) => recorded[key] === value);
  } catch {
    return false;
  }
}

function readInstalledExecutableName() {
  const pathFile = path.join(electronPackageFolder, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const name = readFileSync(pathFile, 'utf8').trim();
  return name === '' ? null : name;
}

function installedVersion(packageName) {
  return JSON.parse(readFileSync(path.join(repositoryRoot, 'node_modules', packageName, 'package.json'), 'utf8')).version;
}

import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { electronNativeBindingPath } from '../../../../electron/main/app-locations';

/**
 * The installers' configuration is the "build" section of package.json (electron-builder). These
 * checks read it as electron-builder does: the desktop app must ship with its Electron fuses set.
 */

const repositoryRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const require = createRequire(import.meta.url);

interface BuildConfig {
  asar?: boolean;
  asarUnpack?: string[];
  files?: string[];
  extraResources?: Array<{ from: string; to: string; filter?: string[] }>;
  electronFuses?: Record<string, unknown>;
  [key: string]: unknown;
}

function readBuildConfig(): BuildConfig {
  const packageJson = JSON.parse(fs.readFileSync(path.join(repositoryRoot, 'package.json'), 'utf8')) as { build: BuildConfig };
  return packageJson.build;
}

/** electron-builder's own validation of a configuration (its scheme.json), as `electron-builder` runs it before packaging. */
async function validateWithElectronBuilder(config: BuildConfig): Promise<void> {
  const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as {
    validateConfiguration(config: unknown, logger: unknown): Promise<void>;
  };
  const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };
  await validateConfiguration(config, new DebugLogger(false));
}

/** What each fuse must be; a fuse electron-builder knows but this list does not name fails the test. */
const expectedFuses: Record<string, boolean> = {
  // ELECTRON_RUN_AS_NODE would turn the app into a plain Node running any script.
  runAsNode: false,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
  enableCookieEncryption: true,
  loadBrowserProcessSpecificV8Snapshot: false,
  // The app serves its pages from app:// and never from file://.
  grantFileProtocolExtraPrivileges: false,
};

/** Options of electron-builder's fuse section that are not fuses. */
const notFuses = new Set(['resetAdHocDarwinSignature']);

describe('the electron-builder configuration (package.json "build")', () => {
  const config = readBuildConfig();

  it("is valid by electron-builder's own schema, which refuses a fuse of the wrong type", async () => {
    await validateWithElectronBuilder(config);
    await expect(validateWithElectronBuilder({ ...config, electronFuses: { ...config.electronFuses, runAsNode: 'off' } })).rejects.toThrow(/electronFuses/);
  });

  it('sets every fuse electron-builder knows, each to its hardened value', () => {
    const scheme = require('app-builder-lib/scheme.json') as { definitions: { FuseOptionsV1: { properties: Record<string, unknown> } } };
    const knownFuses = Object.keys(scheme.definitions.FuseOptionsV1.properties).filter((name) => !notFuses.has(name));
    expect(knownFuses.sort()).toEqual(Object.keys(expectedFuses).sort());
    expect(config.electronFuses).toBeDefined();
    // electron-builder ignores names it does not know: a misspelt fuse would silently stay at Electron's default.
    expect(Object.keys(config.electronFuses ?? {}).filter((name) => !notFuses.has(name)).sort()).toEqual(knownFuses);
    for (const [fuse, value] of Object.entries(expectedFuses)) {
      expect(config.electronFuses?.[fuse], fuse).toBe(value);
    }
  });

  it('packs the app into an asar archive, with native code outside it where the app looks for it', () => {
    expect(config.asar).toBe(true);
    // better-sqlite3 for Electron's ABI is an extra resource, resources/native/, where main.ts finds it.
    const native = config.extraResources?.find((resource) => resource.filter?.includes('better_sqlite3.node'));
    expect(native).toMatchObject({ from: 'electron/dist/native', to: 'native' });
    const resourcesPath = '/opt/Newsdesk/resources';
    expect(electronNativeBindingPath({ isPackaged: true, appPath: `${resourcesPath}/app.asar`, resourcesPath })).toBe(path.join(resourcesPath, native!.to, 'better_sqlite3.node'));
    // The Node build of better-sqlite3 (wrong ABI) is left out of the archive.
    expect(config.files).toContain('!**/node_modules/better-sqlite3/{build,deps,src}/**');
    // sharp's native module loads libvips from beside it, which must be unpacked too.
    expect(config.asarUnpack).toEqual(expect.arrayContaining(['**/node_modules/sharp/**/*', '**/node_modules/@img/**/*']));
  });
});

import path from 'node:path';
import { databaseFileName } from '../backend/store/default-database-path';

/** The database in the user data folder; `NEWSDESK_DB` (used by tests and `npm start -- --db FILE`) wins. */
export function databasePathFor(userDataPath: string, environment: NodeJS.ProcessEnv): string {
  const override = environment.NEWSDESK_DB?.trim();
  return override ? path.resolve(override) : path.join(userDataPath, databaseFileName);
}

export interface InstallFacts {
  isPackaged: boolean;
  /** `app.getAppPath()`: the repository root in development, the app.asar in a package. */
  appPath: string;
  /** `process.resourcesPath`: next to app.asar in a package. */
  resourcesPath: string;
}

/**
 * better-sqlite3 built for Electron's ABI by electron/tools/build-native-for-electron.mjs; the
 * Node build in node_modules stays for the tests and the CLI. Packaged apps carry it as an extra
 * resource, outside the asar archive (native modules cannot be loaded from inside it).
 */
export function electronNativeBindingPath(facts: InstallFacts): string {
  return facts.isPackaged
    ? path.join(facts.resourcesPath, 'native', 'better_sqlite3.node')
    : path.join(facts.appPath, 'electron', 'dist', 'native', 'better_sqlite3.node');
}

/** The built renderer (`npm run build:renderer`), served as `app://newsdesk/`. */
export function rendererRootFor(appPath: string): string {
  return path.join(appPath, 'renderer', 'dist');
}

/** The bundled preload, next to the bundled main (electron/dist/). */
export function preloadPathFor(appPath: string): string {
  return path.join(appPath, 'electron', 'dist', 'preload.cjs');
}

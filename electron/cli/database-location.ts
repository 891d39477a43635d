import os from 'node:os';
import path from 'node:path';
import { defaultDatabasePath } from '../backend/store/default-database-path';
import type { DatabaseLocation } from './command';

/**
 * The database of a run: `--db FILE`, else env `NEWSDESK_DB`, else the desktop app's database as
 * `env` places it (XDG_CONFIG_HOME, APPDATA, HOME). Relative paths are from `cwd`.
 */
export function resolveDatabaseLocation(flag: string | undefined, env: NodeJS.ProcessEnv, cwd: string): DatabaseLocation {
  if (flag !== undefined) return { path: path.resolve(cwd, flag), source: 'flag' };
  const fromEnv = env.NEWSDESK_DB;
  if (fromEnv !== undefined && fromEnv !== '') return { path: path.resolve(cwd, fromEnv), source: 'env' };
  return { path: defaultDatabasePath({ platform: process.platform, env, homeDir: homeDirectory(env) }), source: 'default' };
}

/** The home folder as `os.homedir()` finds it, but from `env` rather than the process's own environment. */
function homeDirectory(env: NodeJS.ProcessEnv): string {
  const fromEnv = process.platform === 'win32' ? env.USERPROFILE : env.HOME;
  return fromEnv !== undefined && fromEnv !== '' ? fromEnv : os.homedir();
}

/** How `--help` and error messages say where the database came from. */
export function describeDatabaseSource(location: DatabaseLocation): string {
  switch (location.source) {
    case 'flag':
      return 'from --db';
    case 'env':
      return 'from NEWSDESK_DB';
    case 'default':
      return "the desktop app's database";
  }
}

import os from 'node:os';
import path from 'node:path';

/** The application folder's name, as Electron derives it from package.json's productName. */
export const applicationFolderName = 'Newsdesk';
export const databaseFileName = 'newsdesk.sqlite';

export interface PlatformFacts {
  platform: NodeJS.Platform;
  env: NodeJS.ProcessEnv;
  homeDir: string;
}

/**
 * The folder Electron's `app.getPath('userData')` gives the desktop app: `$XDG_CONFIG_HOME/Newsdesk`
 * (or `~/.config/Newsdesk`) on Linux, `~/Library/Application Support/Newsdesk` on macOS,
 * `%APPDATA%\Newsdesk` on Windows.
 */
export function userDataFolder(facts: PlatformFacts = currentPlatform()): string {
  const { platform, env, homeDir } = facts;
  if (platform === 'win32') {
    const appData = env.APPDATA || path.win32.join(homeDir, 'AppData', 'Roaming');
    return path.win32.join(appData, applicationFolderName);
  }
  if (platform === 'darwin') {
    return path.posix.join(homeDir, 'Library', 'Application Support', applicationFolderName);
  }
  const configHome = env.XDG_CONFIG_HOME && path.posix.isAbsolute(env.XDG_CONFIG_HOME) ? env.XDG_CONFIG_HOME : path.posix.join(homeDir, '.config');
  return path.posix.join(configHome, applicationFolderName);
}

/** The desktop app's database file, in its user data folder. */
export function defaultDatabasePath(facts: PlatformFacts = currentPlatform()): string {
  const folder = userDataFolder(facts);
  return facts.platform === 'win32' ? path.win32.join(folder, databaseFileName) : path.posix.join(folder, databaseFileName);
}

function currentPlatform(): PlatformFacts {
  return { platform: process.platform, env: process.env, homeDir: os.homedir() };
}

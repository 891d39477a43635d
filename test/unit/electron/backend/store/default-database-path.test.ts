import { describe, expect, it } from 'vitest';
import { defaultDatabasePath, userDataFolder } from '../../../../../electron/backend/store/default-database-path';

describe('defaultDatabasePath', () => {
  it.each([
    ['linux', { XDG_CONFIG_HOME: '/home/an/.xdg' }, '/home/an', '/home/an/.xdg/Newsdesk/newsdesk.sqlite'],
    ['linux', {}, '/home/an', '/home/an/.config/Newsdesk/newsdesk.sqlite'],
    ['linux', { XDG_CONFIG_HOME: '' }, '/home/an', '/home/an/.config/Newsdesk/newsdesk.sqlite'],
    ['linux', { XDG_CONFIG_HOME: 'relative/config' }, '/home/an', '/home/an/.config/Newsdesk/newsdesk.sqlite'],
    ['freebsd', {}, '/home/an', '/home/an/.config/Newsdesk/newsdesk.sqlite'],
    ['darwin', { XDG_CONFIG_HOME: '/ignored' }, '/Users/an', '/Users/an/Library/Application Support/Newsdesk/newsdesk.sqlite'],
    ['win32', { APPDATA: 'C:\\Users\\An\\AppData\\Roaming' }, 'C:\\Users\\An', 'C:\\Users\\An\\AppData\\Roaming\\Newsdesk\\newsdesk.sqlite'],
    ['win32', {}, 'C:\\Users\\An', 'C:\\Users\\An\\AppData\\Roaming\\Newsdesk\\newsdesk.sqlite'],
  ] as const)('on %s with %j and home %s is %s', (platform, env, homeDir, expected) => {
    expect(defaultDatabasePath({ platform, env, homeDir })).toBe(expected);
  });

  it('lies in the user data folder', () => {
    const facts = { platform: 'linux' as const, env: {}, homeDir: '/home/an' };
    expect(defaultDatabasePath(facts).startsWith(`${userDataFolder(facts)}/`)).toBe(true);
  });
});

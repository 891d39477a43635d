import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultDatabasePath } from '../../../../electron/backend/store/default-database-path';
import { describeDatabaseSource, resolveDatabaseLocation } from '../../../../electron/cli/database-location';

describe('resolveDatabaseLocation', () => {
  it('takes --db over NEWSDESK_DB over the default, relative paths from the working directory', () => {
    expect(resolveDatabaseLocation('a.sqlite', { NEWSDESK_DB: '/env.sqlite' }, '/work')).toEqual({ path: path.resolve('/work/a.sqlite'), source: 'flag' });
    expect(resolveDatabaseLocation(undefined, { NEWSDESK_DB: 'env.sqlite' }, '/work')).toEqual({ path: path.resolve('/work/env.sqlite'), source: 'env' });
    expect(resolveDatabaseLocation(undefined, { NEWSDESK_DB: '/abs/env.sqlite' }, '/work')).toEqual({ path: '/abs/env.sqlite', source: 'env' });
    const defaultFor = (env: NodeJS.ProcessEnv) => defaultDatabasePath({ platform: process.platform, env, homeDir: os.homedir() });
    expect(resolveDatabaseLocation(undefined, { NEWSDESK_DB: '' }, '/work')).toEqual({ path: defaultFor({ NEWSDESK_DB: '' }), source: 'default' });
    expect(resolveDatabaseLocation(undefined, {}, '/work')).toEqual({ path: defaultFor({}), source: 'default' });
  });

  it.skipIf(process.platform === 'win32')("finds the desktop app's database from the environment it is given, not the process's", () => {
    expect(resolveDatabaseLocation(undefined, { XDG_CONFIG_HOME: '/cfg', HOME: '/home/an' }, '/work').path).toBe(
      defaultDatabasePath({ platform: process.platform, env: { XDG_CONFIG_HOME: '/cfg' }, homeDir: '/home/an' }),
    );
    expect(resolveDatabaseLocation(undefined, { HOME: '/home/an' }, '/work').path).toBe(
      defaultDatabasePath({ platform: process.platform, env: {}, homeDir: '/home/an' }),
    );
  });

  it('says where the database came from', () => {
    expect(describeDatabaseSource({ path: '/x', source: 'flag' })).toBe('from --db');
    expect(describeDatabaseSource({ path: '/x', source: 'env' })).toBe('from NEWSDESK_DB');
    expect(describeDatabaseSource({ path: '/x', source: 'default' })).toBe("the desktop app's database");
  });
});

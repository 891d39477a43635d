import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultDatabasePath } from '../../../../electron/backend/store/default-database-path';
import { describeDatabaseSource, resolveDatabaseLocation } from '../../../../electron/cli/database-location';

describe('resolveDatabaseLocation', () => {
  it('takes --db over NEWSDESK_DB over the default, relative paths from the working directory', () => {
    expect(resolveDatabaseLocation('a.sqlite', { NEWSDESK_DB: '/env.sqlite' }, '/work')).toEqual({ path: path.resolve('/work/a.sqlite'), source: 'flag' });
    expect(resolveDatabaseLocation(undefined, { NEWSDESK_DB: 'env.sqlite' }, '/work')).toEqual({ path: path.resolve('/work/env.sqlite'), source: 'env' });
    expect(resolveDatabaseLocation(undefined, { NEWSDESK_DB: '/abs/env.sqlite' }, '/work')).toEqual({ path: '/abs/env.sqlite', source: 'env' });
    expect(resolveDatabaseLocation(undefined, { NEWSDESK_DB: '' }, '/work')).toEqual({ path: defaultDatabasePath(), source: 'default' });
    expect(resolveDatabaseLocation(undefined, {}, '/work')).toEqual({ path: defaultDatabasePath(), source: 'default' });
  });

  it('says where the database came from', () => {
    expect(describeDatabaseSource({ path: '/x', source: 'flag' })).toBe('from --db');
    expect(describeDatabaseSource({ path: '/x', source: 'env' })).toBe('from NEWSDESK_DB');
    expect(describeDatabaseSource({ path: '/x', source: 'default' })).toBe("the desktop app's database");
  });
});
